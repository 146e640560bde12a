#include "data/toml_file.h"

#include "core/read_file.h"

namespace siyasa {
namespace {

// UTF-16 and binary files, which toml++ would report as a puzzling syntax error.
Diagnostics check_text(std::string_view text, const std::string& shown) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return {make_error(SourcePos{shown, 1, 1}, "the file is saved as UTF-16 (\"Unicode\"), not UTF-8",
                       "save it again choosing the encoding \"UTF-8\"")};
  if (text.find('\0') != std::string_view::npos)
    return {make_error(SourcePos{shown, 1, 1}, "the file is not text (it contains NUL bytes)",
                       "save it as UTF-8 text from a text editor")};
  return {};
}

std::string syntax_hint(const std::string& message) {
  if (message.find("utf-8") != std::string::npos)
    return "the file is not UTF-8 text; save it again choosing the encoding \"UTF-8\"";
  if (message.find("control characters") != std::string::npos)
    return "a text value is probably missing its closing quote \"";
  if (message.find("leading zero") != std::string::npos)
    return "write numbers that start with 0 (phone, account) in quotes: phone = \"0551234567\"";
  return {};
}

}  // namespace

SourcePos toml_position(const std::string& shown, const toml::source_region& region, int first_line) {
  return SourcePos{shown, static_cast<int>(region.begin.line) + first_line - 1, static_cast<int>(region.begin.column)};
}

Result<toml::table> parse_toml(std::string_view text, const std::string& shown, int first_line) {
  if (Diagnostics bad = check_text(text, shown); !bad.empty()) return Result<toml::table>::failure(std::move(bad));
  try {
    return Result<toml::table>::success(toml::parse(text, shown));
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    return Result<toml::table>::failure(
        make_error(toml_position(shown, e.source(), first_line), "TOML syntax: " + message, syntax_hint(message)));
  }
}

Result<toml::table> read_toml_file(const std::filesystem::path& file, const std::string& shown,
                                   const std::string& what, std::uintmax_t limit) {
  auto text = read_input_file(file, shown, what, limit);
  if (!text.ok()) return Result<toml::table>::failure(std::move(text.diagnostics));
  return parse_toml(*text, shown);
}

}  // namespace siyasa
