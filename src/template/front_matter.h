// Stage "template": a template file (TOML front matter between "+++" lines, then a Markdown body
// with Mustache placeholders) in, a TemplateSpec out: what the template declares (id, title,
// audiences, forms, options with types and defaults) and where its body starts.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

enum class OptionType {
  string,     // free text, or one of `values` when those are given
  integer,    // a whole number between `min` and `max`
  boolean,
  list,       // list of texts; each one of `values` when those are given
  numbering,  // list naming which of the template's lists are numbered (`values` = list names)
  sections,   // list naming the body's sections ({{! section: name }} lines) in the order printed
};

struct OptionSpec {
  std::string key;
  OptionType type = OptionType::string;
  OptionValue default_value;          // texts may hold placeholders (the template owns them)
  std::vector<std::string> values;    // allowed values (string, list, numbering); empty = any
  bool heading = false;               // a heading's words: a value of `values` may end with ":"
  std::int64_t min = 0, max = 1000;   // integer bounds
  std::string description;
  SourcePos where;                    // the option's table in the front matter
};

struct TemplateSpec {
  std::string id;
  std::string title;                  // may hold placeholders
  int order = 0;
  std::vector<std::string> audiences; // empty: the template has no audience
  std::vector<std::string> forms;
  bool article_style = false;
  bool governance = false;            // one of the policies every association is expected to publish
                                      // (the NCNP governance framework): `siyasa list` and `check` count them
  std::map<std::string, std::string> articles;  // [articles]: a key forms cite → an article's heading
  int review_years = 0;               // default review cycle of an adopted policy (0: siyasa's default)
  std::map<std::string, std::string> fields;  // any other text key ("heading", "placement" …)
  std::vector<OptionSpec> options;    // in the order declared
  std::string body;
  std::filesystem::path file;
  int body_first_line = 1;
  std::map<std::string, SourcePos> positions;  // front-matter keys: "title", "options.channels" …

  const OptionSpec* option(const std::string& key) const;
};

// Reads `file` and splits it. Errors: missing or unclosed "+++", bad TOML, unknown keys, option
// declarations whose default does not fit their type.
Result<TemplateSpec> read_template(const std::filesystem::path& file);

// The policy templates of a folder (templates/policies/*.md, files starting with "_" skipped),
// sorted by order then id.
Result<std::vector<TemplateSpec>> read_templates(const std::filesystem::path& folder);

}  // namespace siyasa
