// Stage "data", internal: typed reads from a toml++ table that record where every key was written
// and collect a diagnostic for each wrong type, unknown key or unfilled placeholder, so one run
// reports every problem of a file. (The forms stage has its own reader for form specs,
// forms/spec_reader.h.)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "data/toml_file.h"

namespace siyasa {

// "bank" + "iban" → "bank.iban"; "" + "name" → "name".
std::string dotted(const std::string& prefix, std::string_view key);

class TomlReader {
 public:
  TomlReader(std::string file, std::map<std::string, SourcePos>& positions, Diagnostics& diagnostics)
      : file_(std::move(file)), positions_(positions), diagnostics_(diagnostics) {}

  // Where each known key lives ("iban" → "bank"), to hint at keys written in the wrong table.
  void set_key_homes(std::map<std::string, std::string> homes) { homes_ = std::move(homes); }

  SourcePos at(const toml::source_region& region) const;
  SourcePos at(const toml::node& node) const { return at(node.source()); }
  SourcePos file_start() const { return SourcePos{file_, 1, 1}; }
  void error(SourcePos where, std::string message, std::string hint = {});
  void warning(SourcePos where, std::string message, std::string hint = {});

  // Records the position of every key of `table` (as prefix.key) and reports the keys that are
  // not in `allowed`, with a "did you mean" hint.
  void check_keys(const toml::table& table, const std::string& prefix,
                  const std::vector<std::string_view>& allowed);
  // Records the position of every key of `table` without judging them (free-form options).
  void record_positions(const toml::table& table, const std::string& prefix);

  // Typed reads of table[key]: nullopt when the key is absent or its value is wrong (reported).
  std::optional<std::string> text(const toml::table& table, std::string_view key, const std::string& prefix);
  std::optional<bool> flag(const toml::table& table, std::string_view key, const std::string& prefix);
  std::optional<std::int64_t> integer(const toml::table& table, std::string_view key, const std::string& prefix);
  std::optional<std::vector<std::string>> text_list(const toml::table& table, std::string_view key,
                                                    const std::string& prefix);
  // A TOML date (2021-06-13) within 1900–2100.
  std::optional<Date> date(const toml::table& table, std::string_view key, const std::string& prefix);
  const toml::table* subtable(const toml::table& table, std::string_view key, const std::string& prefix);

  // Text, or a whole number kept as its decimal digits (registration numbers, meeting numbers).
  std::optional<std::string> text_or_number(const toml::table& table, std::string_view key,
                                            const std::string& prefix);

  // Reports a missing required key, pointing at the table's header (or the file's start).
  void require(const toml::table& table, std::string_view key, const std::string& prefix);

  // A plain-words name of a value's type: "text", "a whole number", "a list" …
  static std::string type_name(const toml::node& node);
  // Reports that `node` (the value of prefix.key) is of the wrong type.
  void wrong_type(const toml::node& node, const std::string& key, std::string_view expected,
                  std::string hint = {});
  bool check_placeholder(const toml::node& node, const std::string& key, std::string_view value);
  // Reports a control character in a text value (NUL, escape, bell … ; tab and line break are
  // allowed), naming it and its place in the value. False when there is one.
  bool check_characters(const toml::node& node, const std::string& key, std::string_view value);

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::map<std::string, SourcePos>& positions_;
  Diagnostics& diagnostics_;
  std::map<std::string, std::string> homes_;
};

}  // namespace siyasa
