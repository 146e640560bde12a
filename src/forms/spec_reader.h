// Stage "forms", internal: reads the values of a form spec out of toml++ tables, keeping every
// value's file position, and collects the diagnostics (unknown keys with a did-you-mean hint,
// wrong types, out-of-range numbers, label placeholders located in the file). Used by load_form.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/suggest.h"
#include "data/toml_file.h"
#include "forms/form_spec.h"
#include "forms/label.h"

namespace siyasa::form_spec {

class Reader {
 public:
  Reader(std::string file, std::string text) : file_(std::move(file)) {
    std::size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      lines_.push_back(text.substr(start, end - start));
      start = end + 1;
    }
  }

  // Where a label problem's tag is written in the file: the same occurrence of the same tag
  // text, searched from the string's start (escapes and line continuations make offsets in the
  // parsed value differ from the file's).
  SourcePos locate(const toml::source_region& r, const std::string& value, const LabelProblem& p) {
    int occurrence = 0;
    for (auto at = value.find(p.tag); at < p.offset; at = value.find(p.tag, at + 1)) ++occurrence;
    std::size_t line = r.begin.line - 1;
    std::size_t from = column_to_byte(lines_[line], r.begin.column);
    for (; line < lines_.size() && line < r.end.line; ++line, from = 0) {
      for (auto at = lines_[line].find(p.tag, from); at != std::string::npos;
           at = lines_[line].find(p.tag, at + 1))
        if (occurrence-- == 0)
          return SourcePos{file_, static_cast<int>(line + 1), byte_to_column(lines_[line], at)};
    }
    return pos(r);
  }

  SourcePos pos(const toml::source_region& r) const {
    return toml_position(file_, r);
  }
  SourcePos pos(const toml::node& n) const { return pos(n.source()); }
  void error(SourcePos where, std::string message, std::string hint = {}) {
    diagnostics.push_back(make_error(std::move(where), std::move(message), std::move(hint)));
  }

  // Every key of `t` must be one of `allowed`.
  void check_keys(const toml::table& t, const std::vector<std::string>& allowed, const char* what) {
    for (const auto& [key, value] : t) {
      std::string k(key.str());
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end())
        error(pos(key.source()), "unknown key '" + k + "' in " + what, did_you_mean(k, allowed));
    }
  }

  Label label_from(const toml::node& n, const std::string& key) {
    Label l;
    if (!n.is_string()) {
      error(pos(n), "'" + key + "' must be a string");
      return l;
    }
    l.source = n.value<std::string>().value_or("");
    const auto& r = n.source();
    l.where = pos(r);
    if (r.end.line > r.begin.line) {  // """ followed by a newline: text starts on the next line
      ++l.where.line;
      l.where.column = 1;
    } else {
      ++l.where.column;  // past the opening quote
    }
    for (const auto& p : find_label_problems(l.source))
      error(locate(r, l.source, p), p.message, p.hint);
    return l;
  }

  Label label(const toml::table& t, const std::string& key) {
    const toml::node* n = t.get(key);
    return n ? label_from(*n, key) : Label{};
  }

  // An array of at most `limit` strings; past the limit it is an error at the array (with
  // `hint`) and only the first `limit` are read.
  std::vector<Label> labels(const toml::table& t, const std::string& key, std::size_t limit,
                            const std::string& hint) {
    std::vector<Label> out;
    const toml::node* n = t.get(key);
    if (!n) return out;
    const auto* a = n->as_array();
    if (!a) {
      error(pos(*n), "'" + key + "' must be an array of strings");
      return out;
    }
    within_limit(*n, a->size(), key, limit, hint);
    for (const auto& e : *a) {
      if (out.size() == limit) break;
      out.push_back(label_from(e, key));
    }
    return out;
  }

  // False (and an error at `n`) when an array of `count` entries is longer than `limit`.
  bool within_limit(const toml::node& n, std::size_t count, const std::string& key,
                    std::size_t limit, const std::string& hint) {
    if (count <= limit) return true;
    error(pos(n), "'" + key + "' has " + std::to_string(count) + " entries; the limit is " +
                      std::to_string(limit), hint);
    return false;
  }

  bool flag(const toml::table& t, const std::string& key, bool fallback) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    if (!n->is_boolean()) {
      error(pos(*n), "'" + key + "' must be true or false");
      return fallback;
    }
    return *n->value<bool>();
  }

  int integer(const toml::table& t, const std::string& key, int fallback, int lo, int hi) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    auto v = n->value<std::int64_t>();
    if (!n->is_integer() || *v < lo || *v > hi) {
      error(pos(*n), "'" + key + "' must be a whole number from " + std::to_string(lo) + " to " +
                         std::to_string(hi));
      return fallback;
    }
    return static_cast<int>(*v);
  }

  // A string key that must be one of `choices`; returns its index or `fallback`.
  int one_of(const toml::table& t, const std::string& key, const std::vector<std::string>& choices,
             int fallback) {
    const toml::node* n = t.get(key);
    if (!n) return fallback;
    std::string v = n->value<std::string>().value_or("");
    for (std::size_t i = 0; i < choices.size(); ++i)
      if (choices[i] == v) return static_cast<int>(i);
    std::string all;
    for (const auto& c : choices) all += (all.empty() ? "" : ", ") + c;
    std::string hint = did_you_mean(v, choices);
    error(pos(*n), "'" + key + "' must be one of: " + all, hint);
    return fallback;
  }

  std::string identifier(const toml::table& t, const char* what, const toml::node& owner) {
    const toml::node* n = t.get("id");
    if (!n) {
      error(pos(owner), std::string(what) + " has no 'id'");
      return {};
    }
    std::string id = n->value<std::string>().value_or("");
    bool valid = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    if (!valid)
      error(pos(*n), "'id' must be lower-case latin letters, digits, '-' or '_'",
            "ids name the inputs of the browser form, e.g. \"full_name\"");
    return id;
  }

  Field field(const toml::table& t);
  void kind_keys(Field& f, const toml::table& t);
  Section section(const toml::table& t);
  std::vector<Column> columns(const toml::table& t);

  Diagnostics diagnostics;
  std::map<std::string, SourcePos> field_ids;
  std::size_t field_count = 0;  // fields read so far, in every section

 private:
  static std::size_t column_to_byte(const std::string& line, std::size_t column) {
    std::size_t i = 0;
    for (std::size_t points = 1; i < line.size() && points < column; ++points) {
      ++i;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
  }
  static int byte_to_column(const std::string& line, std::size_t byte) {
    int column = 1;
    for (std::size_t i = 0; i < byte; ++i)
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
  }

  std::string file_;
  std::vector<std::string> lines_;
};

}  // namespace siyasa::form_spec
