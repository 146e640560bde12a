#include "data/toml_reader.h"

#include <algorithm>
#include <cstdio>

#include "core/suggest.h"
#include "data/checks.h"

namespace siyasa {

std::string dotted(const std::string& prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

SourcePos TomlReader::at(const toml::source_region& region) const {
  return toml_position(file_, region);
}

void TomlReader::error(SourcePos where, std::string message, std::string hint) {
  diagnostics_.push_back(make_error(std::move(where), std::move(message), std::move(hint)));
}

void TomlReader::warning(SourcePos where, std::string message, std::string hint) {
  Diagnostic d = make_error(std::move(where), std::move(message), std::move(hint));
  d.severity = Severity::warning;
  diagnostics_.push_back(std::move(d));
}

void TomlReader::check_keys(const toml::table& table, const std::string& prefix,
                            const std::vector<std::string_view>& allowed) {
  for (auto&& [key, value] : table) {
    std::string name = dotted(prefix, key.str());
    positions_[name] = at(key.source());
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    std::string hint = did_you_mean(key.str(), allowed);
    if (!hint.empty()) {
      // the typo's fix
    } else if (auto home = homes_.find(std::string(key.str())); home != homes_.end()) {
      hint = "'" + home->first + "' belongs in the [" + home->second + "] table";
    } else if (!allowed.empty()) {
      hint = "known keys here:";
      for (auto k : allowed) hint += " " + std::string(k);
    }
    error(at(key.source()), "unknown key '" + name + "'", hint);
  }
}

void TomlReader::record_positions(const toml::table& table, const std::string& prefix) {
  for (auto&& [key, value] : table) positions_[dotted(prefix, key.str())] = at(key.source());
}

std::string TomlReader::type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "text";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a decimal number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date and time";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

void TomlReader::wrong_type(const toml::node& node, const std::string& key, std::string_view expected,
                            std::string hint) {
  error(at(node), "'" + key + "' must be " + std::string(expected) + ", not " + type_name(node),
        std::move(hint));
}

bool TomlReader::check_placeholder(const toml::node& node, const std::string& key, std::string_view value) {
  if (!is_placeholder(value)) return true;
  error(at(node), "'" + key + "' still holds the starter file's placeholder " + std::string(value),
        "replace it with the real value (or delete the line if the key is optional)");
  return false;
}

namespace {

// The names people know control characters by, for the message.
std::string control_name(unsigned code) {
  static const char* const kNames[32] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                         "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                         "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                         "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  char code_text[16];
  std::snprintf(code_text, sizeof code_text, "U+%04X", code);
  if (code < 32) return std::string(code_text) + " (" + kNames[code] + ")";
  if (code == 0x7F) return std::string(code_text) + " (DEL)";
  return code_text;
}

}  // namespace

bool TomlReader::check_characters(const toml::node& node, const std::string& key, std::string_view value) {
  std::size_t character = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if ((byte & 0xC0) != 0x80) ++character;
    unsigned code = byte;
    // C1 controls (U+0080–U+009F) are C2 80 … C2 9F in UTF-8.
    if (byte == 0xC2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(value[i + 1]) >= 0x80)
      code = static_cast<unsigned char>(value[i + 1]);
    else if (!(byte < 0x20 || byte == 0x7F))
      continue;
    if (code == '\t' || code == '\n') continue;
    error(at(node),
          "'" + key + "' contains the control character " + control_name(code) + " (character " +
              std::to_string(character) + " of the value)",
          "control characters cannot be printed or published; delete it (a \\u escape in the file "
          "may have put it there)");
    return false;
  }
  return true;
}

std::optional<std::string> TomlReader::text(const toml::table& table, std::string_view key,
                                            const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  std::string name = dotted(prefix, key);
  if (!node->is_string()) {
    wrong_type(*node, name, "text in quotes",
               node->is_integer() ? "write it in quotes: " + std::string(key) + " = \"" +
                                        std::to_string(node->as_integer()->get()) + "\""
                                  : std::string());
    return std::nullopt;
  }
  const std::string& value = node->as_string()->get();
  if (!check_placeholder(*node, name, value) || !check_characters(*node, name, value)) return std::nullopt;
  return value;
}

std::optional<std::string> TomlReader::text_or_number(const toml::table& table, std::string_view key,
                                                      const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (node && node->is_integer()) return std::to_string(node->as_integer()->get());
  return text(table, key, prefix);
}

std::optional<bool> TomlReader::flag(const toml::table& table, std::string_view key, const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_boolean()) return node->as_boolean()->get();
  std::string hint;
  if (node->is_string()) hint = "write true or false without quotes";
  wrong_type(*node, dotted(prefix, key), "true or false", hint);
  return std::nullopt;
}

std::optional<std::int64_t> TomlReader::integer(const toml::table& table, std::string_view key,
                                                const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_integer()) return node->as_integer()->get();
  std::string hint;
  if (node->is_string()) hint = "write the number without quotes, in Western digits: " + std::string(key) + " = 2";
  wrong_type(*node, dotted(prefix, key), "a whole number", hint);
  return std::nullopt;
}

std::optional<std::vector<std::string>> TomlReader::text_list(const toml::table& table, std::string_view key,
                                                              const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  std::string name = dotted(prefix, key);
  const toml::array* array = node->as_array();
  if (!array) {
    wrong_type(*node, name, "a list of texts", "write it as [\"…\", \"…\"]");
    return std::nullopt;
  }
  std::vector<std::string> items;
  bool ok = true;
  for (const toml::node& item : *array) {
    if (!item.is_string()) {
      wrong_type(item, name + " item", "text in quotes");
      ok = false;
    } else if (!check_placeholder(item, name, item.as_string()->get()) ||
               !check_characters(item, name, item.as_string()->get())) {
      ok = false;
    } else {
      items.push_back(item.as_string()->get());
    }
  }
  return ok ? std::optional(items) : std::nullopt;
}

std::optional<Date> TomlReader::date(const toml::table& table, std::string_view key, const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  std::string name = dotted(prefix, key);
  if (!node->is_date()) {
    std::string hint = "write a date without quotes, year first: " + std::string(key) + " = 2021-06-13";
    if (node->is_string() && is_placeholder(node->as_string()->get()))
      error(at(*node), "'" + name + "' still holds the starter file's placeholder " + node->as_string()->get(),
            "replace it with the date, without quotes, year first: " + std::string(key) + " = 2024-05-30");
    else
      wrong_type(*node, name, "a date", hint);
    return std::nullopt;
  }
  auto d = node->as_date()->get();
  Date value{d.year, d.month, d.day};
  if (auto problem = check_gregorian_date(value); !problem.empty()) {
    error(at(*node), "'" + name + "' is not a real date: " + problem);
    return std::nullopt;
  }
  return value;
}

const toml::table* TomlReader::subtable(const toml::table& table, std::string_view key, const std::string& prefix) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  if (!node->is_table()) {
    wrong_type(*node, dotted(prefix, key), "a table",
               "write it as a section: [" + dotted(prefix, key) + "] on its own line, then its keys");
    return nullptr;
  }
  return node->as_table();
}

void TomlReader::require(const toml::table& table, std::string_view key, const std::string& prefix) {
  if (table.contains(key)) return;
  SourcePos where = prefix.empty() || table.source().begin.line == 0 ? file_start() : at(table);
  std::string hint = prefix.empty() ? "add a line: " + std::string(key) + " = …"
                                    : "add a line under [" + prefix + "]: " + std::string(key) + " = …";
  error(where, "missing required key '" + dotted(prefix, key) + "'", hint);
}

}  // namespace siyasa
