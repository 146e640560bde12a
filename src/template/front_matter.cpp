#include "template/front_matter.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/read_file.h"
#include "data/toml_file.h"

namespace siyasa {
namespace {

constexpr std::string_view kFence = "+++";

struct Split {
  std::string front, body;
  int front_first_line = 2;  // the line after the opening fence
  int body_first_line = 1;
};

// A policy is a few pages; a template past this is a mistake, not a policy.
constexpr std::uintmax_t kMaxTemplateBytes = 256 * 1024;

std::string trim_cr(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

Result<Split> split_front_matter(const std::string& text, const std::string& name) {
  std::istringstream in(text);
  std::string line;
  int number = 0;
  if (!std::getline(in, line) || trim_cr(line) != kFence) {
    return Result<Split>::failure(make_error({name, 1, 1}, "a template must start with a \"+++\" line",
                                             "put the TOML front matter between two \"+++\" lines"));
  }
  number = 1;
  Split out;
  bool closed = false;
  while (std::getline(in, line)) {
    ++number;
    if (trim_cr(line) == kFence) { closed = true; break; }
    out.front += line + '\n';
  }
  if (!closed) {
    return Result<Split>::failure(make_error({name, 1, 1}, "the front matter is not closed",
                                             "end it with a line holding only \"+++\""));
  }
  out.body_first_line = number + 1;
  std::ostringstream body;
  body << in.rdbuf();
  out.body = body.str();
  return Result<Split>::success(std::move(out));
}

SourcePos position_of(const toml::node& node, const std::string& name, int line_offset) {
  return toml_position(name, node.source(), line_offset + 1);
}

std::optional<OptionType> type_named(std::string_view name) {
  if (name == "string") return OptionType::string;
  if (name == "int") return OptionType::integer;
  if (name == "bool") return OptionType::boolean;
  if (name == "list") return OptionType::list;
  if (name == "numbering") return OptionType::numbering;
  if (name == "sections") return OptionType::sections;
  return std::nullopt;
}

std::vector<std::string> strings_of(const toml::array* array) {
  std::vector<std::string> out;
  if (!array) return out;
  for (const auto& item : *array)
    if (auto s = item.value<std::string>()) out.push_back(*s);
  return out;
}

// The default must exist and fit the declared type.
std::optional<OptionValue> default_of(const toml::table& decl, OptionType type) {
  const toml::node* node = decl.get("default");
  if (!node) return std::nullopt;
  switch (type) {
    case OptionType::string:
      if (auto s = node->value<std::string>()) return OptionValue{*s};
      return std::nullopt;
    case OptionType::integer:
      if (auto i = node->value<std::int64_t>()) return OptionValue{*i};
      return std::nullopt;
    case OptionType::boolean:
      if (auto b = node->value<bool>()) return OptionValue{*b};
      return std::nullopt;
    case OptionType::list:
    case OptionType::numbering:
    case OptionType::sections:
      if (auto* a = node->as_array()) {
        if (!a->is_homogeneous<std::string>() && !a->empty()) return std::nullopt;
        return OptionValue{strings_of(a)};
      }
      return std::nullopt;
  }
  return std::nullopt;
}

Result<OptionSpec> read_option(const std::string& key, const toml::table& decl, const std::string& name,
                               int offset) {
  OptionSpec spec;
  spec.key = key;
  spec.where = position_of(decl, name, offset);
  auto type_name = decl["type"].value<std::string>();
  auto type = type_named(type_name.value_or(""));
  if (!type) {
    return Result<OptionSpec>::failure(make_error(spec.where, "option '" + key + "' has no valid type",
                                                  "type = \"string\", \"int\", \"bool\", \"list\", \"numbering\" or \"sections\""));
  }
  spec.type = *type;
  auto value = default_of(decl, spec.type);
  if (!value) {
    return Result<OptionSpec>::failure(make_error(spec.where, "option '" + key + "' needs a default of type " +
                                                                  *type_name));
  }
  spec.default_value = *value;
  spec.values = strings_of(decl["values"].as_array());
  spec.heading = decl["heading"].value_or(false);
  spec.min = decl["min"].value_or<std::int64_t>(0);
  spec.max = decl["max"].value_or<std::int64_t>(1000);
  spec.description = decl["description"].value_or<std::string>("");
  return Result<OptionSpec>::success(std::move(spec));
}

void read_fields(const toml::table& table, TemplateSpec& spec, const std::string& name, int offset,
                 Diagnostics& errors) {
  static const std::set<std::string> text_keys = {"id", "title", "subtitle", "heading", "placement", "verify_caption"};
  for (const auto& [k, node] : table) {
    std::string key(k.str());
    spec.positions[key] = position_of(node, name, offset);
    if (key == "order") {
      spec.order = static_cast<int>(node.value_or<std::int64_t>(0));
    } else if (key == "review_years") {
      const auto years = node.value<std::int64_t>();
      if (!years || *years < 1 || *years > 10)
        errors.push_back(make_error(spec.positions[key], "'review_years' must be a whole number of years from 1 to 10"));
      else spec.review_years = static_cast<int>(*years);
    } else if (key == "article_style") {
      spec.article_style = node.value_or(false);
    } else if (key == "governance") {
      spec.governance = node.value_or(false);
    } else if (key == "audiences") {
      spec.audiences = strings_of(node.as_array());
    } else if (key == "forms") {
      spec.forms = strings_of(node.as_array());
    } else if (key == "articles") {
      const toml::table* articles = node.as_table();
      for (const auto& [ak, heading] : articles ? *articles : toml::table{}) {
        if (auto text = heading.value<std::string>()) spec.articles[std::string(ak.str())] = *text;
        else errors.push_back(make_error(position_of(heading, name, offset), "an article's heading must be text"));
      }
      if (!articles) errors.push_back(make_error(spec.positions[key], "'articles' must be a table: key = \"heading\""));
    } else if (key == "options") {
      if (!node.is_table()) {
        errors.push_back(make_error(spec.positions[key], "'options' must be a table of option declarations"));
        continue;
      }
      for (const auto& [ok, decl] : *node.as_table()) {
        std::string option_key(ok.str());
        spec.positions["options." + option_key] = position_of(decl, name, offset);
        if (!decl.is_table()) {
          errors.push_back(make_error(spec.positions["options." + option_key],
                                      "option '" + option_key + "' must be a table (type, default, description)"));
          continue;
        }
        auto option = read_option(option_key, *decl.as_table(), name, offset);
        if (option.ok()) spec.options.push_back(*option);
        else errors.insert(errors.end(), option.diagnostics.begin(), option.diagnostics.end());
      }
    } else if (text_keys.count(key) && node.is_string()) {
      spec.fields[key] = *node.value<std::string>();
    } else {
      errors.push_back(make_error(spec.positions[key], "unknown front-matter key '" + key + "'",
                                  "known keys: id, title, subtitle, order, audiences, forms, article_style, articles, "
                                  "governance, review_years, heading, placement, sentence, options"));
    }
  }
  spec.id = spec.fields["id"];
  spec.title = spec.fields["title"];
}

}  // namespace

const OptionSpec* TemplateSpec::option(const std::string& key) const {
  for (const auto& o : options)
    if (o.key == key) return &o;
  return nullptr;
}

Result<TemplateSpec> read_template(const std::filesystem::path& file) {
  const std::string name = file.string();
  auto text = read_input_file(file, name, "a policy template", kMaxTemplateBytes,
                              file.parent_path().parent_path());
  if (!text.ok()) return Result<TemplateSpec>::failure(text.diagnostics);
  auto split = split_front_matter(*text, name);
  if (!split.ok()) return Result<TemplateSpec>::failure(split.diagnostics);

  TemplateSpec spec;
  spec.file = file;
  spec.body = split->body;
  spec.body_first_line = split->body_first_line;
  const int offset = split->front_first_line - 1;
  auto parsed = parse_toml(split->front, name, split->front_first_line);
  if (!parsed.ok()) return Result<TemplateSpec>::failure(std::move(parsed.diagnostics));
  const toml::table& table = *parsed;
  Diagnostics errors;
  read_fields(table, spec, name, offset, errors);
  if (spec.id.empty()) errors.push_back(make_error({name, 2, 1}, "the front matter needs an 'id'"));
  if (!errors.empty()) return Result<TemplateSpec>::failure(errors);
  return Result<TemplateSpec>::success(std::move(spec));
}

Result<std::vector<TemplateSpec>> read_templates(const std::filesystem::path& folder) {
  std::vector<TemplateSpec> out;
  Diagnostics errors;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const auto& path = entry.path();
    if (path.extension() != ".md" || path.filename().string().starts_with("_")) continue;
    auto spec = read_template(path);
    if (spec.ok()) out.push_back(std::move(*spec));
    else errors.insert(errors.end(), spec.diagnostics.begin(), spec.diagnostics.end());
  }
  if (ec) errors.push_back(make_error({folder.string(), 0, 0}, "cannot read the templates folder"));
  if (!errors.empty()) return Result<std::vector<TemplateSpec>>::failure(errors);
  std::sort(out.begin(), out.end(), [](const TemplateSpec& a, const TemplateSpec& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return Result<std::vector<TemplateSpec>>::success(std::move(out));
}

}  // namespace siyasa
