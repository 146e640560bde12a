// Entry points of stage "data": one organisation file → OrgData, a folder of them → OrgSet.
// Reads the bytes (size and encoding checks), parses with toml++, then walks the table.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "data/checks.h"
#include "data/org.h"
#include "data/org_fields.h"

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxOrgFileBytes = 1024 * 1024;

const std::vector<std::string_view> kTopLevelKeys{
    "name",         "short_name", "kind",  "gender", "self_name", "country_line", "city",       "registration",
    "contact",      "bank",       "images", "chairman", "typesetting", "letterhead", "layout", "policies",
    "publication"};

// Keys of the sub-tables, to hint "'iban' belongs in the [bank] table".
std::map<std::string, std::string> key_homes() {
  return {{"authority", "registration"}, {"number", "registration"}, {"licence", "registration"},
          {"website", "contact"},        {"email", "contact"},       {"phone", "contact"},
          {"social", "contact"},         {"iban", "bank"},           {"account_number", "bank"},
          {"bank_name", "bank"},         {"logo", "images"},         {"stamp", "images"},
          {"signature", "images"},       {"title", "chairman"},      {"numerals", "typesetting"},
          {"kashida", "typesetting"},    {"fields", "letterhead"},   {"attachments", "letterhead"},
          {"approval", "policies.<id>"}, {"order", "policies.<id>"}, {"meeting", "policies.<id>.approval"},
          {"session", "policies.<id>.approval"}, {"date", "policies.<id>.approval"},
          {"hijri", "policies.<id>.approval"}};
}

// The file's text, or a diagnostic when it is unreadable, too large or not UTF-8 text.
std::optional<std::string> read_text(const std::filesystem::path& file, const std::string& shown, Diagnostics& out) {
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  if (ec) {
    out.push_back(make_error(SourcePos{shown}, "cannot read the file: " + ec.message()));
    return std::nullopt;
  }
  if (size > kMaxOrgFileBytes) {
    out.push_back(make_error(SourcePos{shown}, "the file is " + std::to_string(size / 1024) +
                                                   " KB; an organisation file is at most 1 MB"));
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str();
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) {
    out.push_back(make_error(SourcePos{shown, 1, 1}, "the file is saved as UTF-16 (\"Unicode\"), not UTF-8",
                             "save it again choosing the encoding \"UTF-8\""));
    return std::nullopt;
  }
  if (text.find('\0') != std::string::npos) {
    out.push_back(make_error(SourcePos{shown, 1, 1}, "the file is not text (it contains NUL bytes)",
                             "an organisation file is plain text; save it as UTF-8 text from a text editor"));
    return std::nullopt;
  }
  return text;
}

OrgData read_org(const toml::table& root, const std::filesystem::path& file, const std::string& shown,
                 Diagnostics& diagnostics) {
  OrgData org;
  org.slug = file.stem().string();
  org.source = file;
  TomlReader reader(shown, org.positions, diagnostics);
  reader.set_key_homes(key_homes());
  reader.check_keys(root, "", kTopLevelKeys);
  read_identity(reader, root, org);
  read_contact_and_bank(reader, root, org);
  read_images(reader, root, org);
  read_typesetting_and_letterhead(reader, root, org);
  if (const toml::table* layout = reader.subtable(root, "layout", "")) read_layout(reader, *layout, "layout", org.layout);
  read_policies(reader, root, org);
  read_publication(reader, root, org);
  return org;
}

}  // namespace

SourcePos OrgData::where(const std::string& key) const {
  if (auto it = positions.find(key); it != positions.end()) return it->second;
  return SourcePos{source.string()};
}

Result<OrgData> load_org(const std::filesystem::path& file) {
  std::string shown = file.string();
  Diagnostics diagnostics;
  std::string slug = file.stem().string();
  if (!is_valid_slug(slug))
    diagnostics.push_back(make_error(SourcePos{shown}, "'" + slug + "' cannot be an organisation's short name",
                                     "rename the file: lower-case Latin letters, digits and '-', e.g. kiswa-org.toml"));
  auto text = read_text(file, shown, diagnostics);
  if (!text) return Result<OrgData>::failure(std::move(diagnostics));
  toml::table root;
  try {
    root = toml::parse(*text, shown);
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    std::string hint;
    if (message.find("utf-8") != std::string::npos)
      hint = "the file is not UTF-8 text; save it again choosing the encoding \"UTF-8\"";
    else if (message.find("control characters") != std::string::npos)
      hint = "a text value is probably missing its closing quote \"";
    else if (message.find("leading zero") != std::string::npos)
      hint = "write numbers that start with 0 (phone, account) in quotes: phone = \"0551234567\"";
    diagnostics.push_back(make_error(SourcePos{shown, static_cast<int>(e.source().begin.line),
                                               static_cast<int>(e.source().begin.column)},
                                     "TOML syntax: " + message, hint));
    return Result<OrgData>::failure(std::move(diagnostics));
  }
  OrgData org = read_org(root, file, shown, diagnostics);
  // toml++ tables iterate in key order; report in the order of the file.
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  if (has_errors(diagnostics)) return Result<OrgData>::failure(std::move(diagnostics));
  return Result<OrgData>::success(std::move(org), std::move(diagnostics));
}

OrgSet load_orgs(const std::filesystem::path& folder) {
  OrgSet set;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    set.diagnostics.push_back(make_error(SourcePos{folder.string()}, "no such folder of organisation files",
                                         "run from the repository, or pass --orgs DIR"));
    return set;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.path().extension() == ".toml" && !entry.is_directory()) files.push_back(entry.path());
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.stem().string() < b.stem().string(); });
  for (const auto& file : files) {
    auto result = load_org(file);
    set.diagnostics.insert(set.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (result.ok()) set.orgs.push_back(std::move(*result));
  }
  return set;
}

}  // namespace siyasa
