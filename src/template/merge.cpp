#include "template/policy.h"

#include <algorithm>
#include <sstream>

#include "data/register.h"
#include "template/arabic.h"
#include "template/context.h"
#include "template/escape.h"
#include "template/front_matter.h"
#include "template/options.h"
#include "template/plain_text.h"
#include "template/render.h"
#include "template/suggest.h"
#include "template/tags.h"

namespace siyasa {
namespace {

const PolicyAdoption* adoption_of(const OrgData& org, const std::string& id) {
  for (const auto& p : org.policies)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<std::string> template_ids(const std::filesystem::path& folder) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    auto name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && !name.starts_with("_")) ids.push_back(entry.path().stem().string());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Merges the pieces of template text of one context, each after checking its placeholders.
// The context must not change while the Merger lives: it is converted for the renderer once.
class Merger {
 public:
  Merger(const ContextValue& context, Diagnostics& errors) : context_(context), ready_(context), errors_(errors) {}

  std::string merge(const std::string& text, const SourcePos& where) {
    Diagnostics found = check_placeholders(text, context_, where);
    if (!found.empty()) {
      errors_.insert(errors_.end(), found.begin(), found.end());
      return {};
    }
    std::string error;
    auto out = ready_.render(text, error);
    if (!out) {
      errors_.push_back(make_error({where.file, where.line, 0}, "template error: " + error));
      return {};
    }
    return *out;
  }

 private:
  const ContextValue& context_;
  MustacheContext ready_;
  Diagnostics& errors_;
};

// Numbered articles: every "## " heading becomes "## المادة (n) …" with n in the org's digits.
std::string number_articles(const std::string& markdown, Numerals numerals) {
  std::istringstream in(markdown);
  std::string line, out;
  int article = 0;
  while (std::getline(in, line)) {
    if (line.starts_with("## ")) {
      ++article;
      line = "## المادة (" + localize_digits(std::to_string(article), numerals) + ") " + line.substr(3);
    }
    out += line + '\n';
  }
  return out;
}

// A part of the body: the text before the first "{{! section: name }}" line (name ""), or a
// named section starting at its marker line.
struct Chunk {
  std::string name;
  std::string text;
  int line = 1;
};

std::vector<Chunk> split_sections(const std::string& body, int first_line) {
  std::vector<Chunk> chunks{{"", "", first_line}};
  std::istringstream in(body);
  std::string line;
  int number = first_line;
  const std::string open = "{{! section:";
  for (; std::getline(in, line); ++number) {
    if (line.starts_with(open) && line.find("}}") != std::string::npos) {
      std::string name = line.substr(open.size(), line.find("}}") - open.size());
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      chunks.push_back({name, "", number});
    }
    chunks.back().text += line + '\n';
  }
  return chunks;
}

SourcePos front_position(const TemplateSpec& spec, const std::string& key) {
  auto it = spec.positions.find(key);
  return it != spec.positions.end() ? it->second : SourcePos{spec.file.string(), 1, 1};
}

std::optional<ApprovalBlock> merge_approval(const OrgData& org, const PolicyAdoption& adoption,
                                            const ContextValue& context, Merger& merger,
                                            const std::filesystem::path& templates_dir, Diagnostics& errors) {
  if (!adoption.approval && org.chairman_name.empty()) return std::nullopt;
  ApprovalBlock block;
  block.chairman_name = org.chairman_name;
  block.chairman_title = org.chairman_title;
  block.signature = org.signature;
  block.stamp = org.stamp;
  if (!adoption.approval) return block;

  auto spec = read_template(templates_dir / "policies" / "_approval.md");
  if (!spec.ok()) {
    errors.insert(errors.end(), spec.diagnostics.begin(), spec.diagnostics.end());
    return std::nullopt;
  }
  block.heading = unescape_markdown(merger.merge(spec->fields["heading"], front_position(*spec, "heading")));
  block.placement = collapse_spaces(merger.merge(spec->fields["placement"], front_position(*spec, "placement")));
  if (block.placement.empty()) block.placement = "end";
  block.sentence = unescape_markdown(
      collapse_spaces(merger.merge(spec->body, {spec->file.string(), spec->body_first_line, 1})));
  if (const auto* d = context.find("approval.date.numeric")) block.gregorian_date = unescape_markdown(d->text);
  if (const PolicyVersion* v = adoption.current(); v && org.qr_placement != "none") {
    block.verify_url = verify_url(org, adoption.id, v->number);
    if (!block.verify_url.empty() && spec->fields.count("verify_caption"))
      block.verify_caption = unescape_markdown(
          collapse_spaces(merger.merge(spec->fields["verify_caption"], front_position(*spec, "verify_caption"))));
  }
  if (!adoption.approval->year_only)
    if (const auto* h = context.find("approval.hijri.numeric")) block.hijri_date = unescape_markdown(h->text);
  return block;
}

bool is_list_item(std::string_view line) {
  size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  line.remove_prefix(i);
  if (line.starts_with("- ") || line.starts_with("* ")) return true;
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && line.substr(digits).starts_with(". ");
}

// Sections are separated by a blank line, except where one ends with a list item and the next
// starts with one: CommonMark would join them into one list anyway, and the blank line would
// make that list loose.
void join_section(std::string& out, std::string next) {
  while (out.ends_with("\n\n")) out.pop_back();
  size_t start = next.find_first_not_of('\n');
  if (start == std::string::npos) return;
  next.erase(0, start);
  if (!out.empty()) {
    std::string_view last(out);
    last.remove_suffix(1);
    last = last.substr(last.rfind('\n') == std::string_view::npos ? 0 : last.rfind('\n') + 1);
    std::string_view first = std::string_view(next).substr(0, next.find('\n'));
    out += is_list_item(last) && is_list_item(first) ? "" : "\n";
  }
  out += next;
}

// What a template sees for one adoption: the context (audience forms, checked options with
// defaults merged) and the checked option values.
struct Prepared {
  ContextValue context;
  ResolvedOptions options;
};

void add_all(Diagnostics& to, const Diagnostics& from) { to.insert(to.end(), from.begin(), from.end()); }

std::optional<Prepared> prepare_context(const TemplateSpec& spec, const OrgData& org,
                                            const PolicyAdoption& adoption,
                                            const std::filesystem::path& templates_dir, Diagnostics& errors) {
  std::map<std::string, Audience> audiences;
  if (!spec.audiences.empty()) {
    auto read = read_audiences(templates_dir / "audiences.toml");
    if (!read.ok()) {
      add_all(errors, read.diagnostics);
      return std::nullopt;
    }
    audiences = *read;
  }
  auto options = check_options(spec, org, adoption);
  if (!options.ok()) {
    add_all(errors, options.diagnostics);
    return std::nullopt;
  }

  std::string audience;
  if (auto it = options->values.find("audience"); it != options->values.end())
    audience = std::get<std::string>(it->second);
  else if (!spec.audiences.empty())
    audience = spec.audiences.front();
  if (!audience.empty() && !audiences.count(audience)) {
    errors.push_back(make_error(front_position(spec, "audiences"), "audience '" + audience + "' is not in audiences.toml"));
    return std::nullopt;
  }
  ContextValue context = build_context(org, adoption, audiences, audience);
  // Each default is merged in the context as built so far, which grows with every option.
  add_options(context, spec, options->values, options->is_default, org.numerals,
              [&](const OptionSpec& option, const std::string& text) {
                return Merger(context, errors).merge(text, option.where);
              });
  return Prepared{std::move(context), options->values};
}

// The body's sections in the order the organisation chose (an option of type "sections"), each
// merged on its own so that errors keep their template lines.
std::string merge_body(const TemplateSpec& spec, const OrgData& org, const PolicyAdoption& adoption,
                       const ResolvedOptions& values, Merger& merger, Diagnostics& errors) {
  auto chunks = split_sections(spec.body, spec.body_first_line);
  std::vector<const Chunk*> order{&chunks.front()};
  const OptionSpec* sections = nullptr;
  for (const auto& o : spec.options)
    if (o.type == OptionType::sections) sections = &o;
  if (!sections) {
    order.clear();
    for (const auto& c : chunks) order.push_back(&c);
  } else {
    for (const auto& name : std::get<std::vector<std::string>>(values.at(sections->key))) {
      auto it = std::find_if(chunks.begin(), chunks.end(), [&](const Chunk& c) { return c.name == name; });
      if (it == chunks.end() || name.empty()) {
        errors.push_back(make_error(option_position(org, adoption.id, sections->key),
                                    "the template has no section '" + name + "'"));
        continue;
      }
      order.push_back(&*it);
    }
  }
  std::string out;
  for (const Chunk* chunk : order) {
    join_section(out, merger.merge(chunk->text, {spec.file.string(), chunk->line, 1}));
  }
  return out;
}

}  // namespace

Result<MergedPolicy> merge_policy(const OrgData& org, const std::string& policy_id,
                                  const std::filesystem::path& templates_dir) {
  using R = Result<MergedPolicy>;
  const PolicyAdoption* adoption = adoption_of(org, policy_id);
  if (!adoption) {
    std::vector<std::string> adopted;
    for (const auto& p : org.policies) adopted.push_back(p.id);
    return R::failure(make_error({org.source.string(), 0, 0},
                                 "the organisation does not adopt the policy '" + policy_id + "'",
                                 did_you_mean(policy_id, adopted)));
  }
  const auto file = templates_dir / "policies" / (policy_id + ".md");
  if (!std::filesystem::exists(file)) {
    std::string hint = did_you_mean(policy_id, template_ids(templates_dir / "policies"));
    return R::failure(make_error(option_position(org, policy_id, "id"),
                                 "there is no policy template '" + policy_id + "' (" + file.string() + ")", hint));
  }
  auto spec = read_template(file);
  if (!spec.ok()) return R::failure(spec.diagnostics);

  Diagnostics errors;
  auto prepared = prepare_context(*spec, org, *adoption, templates_dir, errors);
  if (!prepared) return R::failure(errors);
  const ContextValue& context = prepared->context;
  Merger merger(context, errors);
  MergedPolicy policy;
  policy.id = spec->id;
  policy.title = unescape_markdown(collapse_spaces(merger.merge(spec->title, front_position(*spec, "title"))));
  policy.subtitle = unescape_markdown(collapse_spaces(merger.merge(spec->fields["subtitle"], front_position(*spec, "subtitle"))));
  policy.markdown = merge_body(*spec, org, *adoption, prepared->options, merger, errors);
  policy.order = adoption->order ? adoption->order : spec->order;
  for (const auto& form : spec->forms) {  // form ids may depend on the audience
    std::string id = unescape_markdown(collapse_spaces(merger.merge(form, front_position(*spec, "forms"))));
    if (!id.empty()) policy.forms.push_back(id);
  }
  policy.article_style = spec->article_style;
  policy.template_file = file;
  policy.body_first_line = spec->body_first_line;
  if (policy.article_style) policy.markdown = number_articles(policy.markdown, org.numerals);
  policy.approval = merge_approval(org, *adoption, context, merger, templates_dir, errors);
  if (!errors.empty()) return R::failure(errors);
  return R::success(std::move(policy));
}

Diagnostics check_policies(const OrgData& org, const std::filesystem::path& templates_dir) {
  Diagnostics all;
  for (const auto& adoption : org.policies) {
    auto merged = merge_policy(org, adoption.id, templates_dir);
    all.insert(all.end(), merged.diagnostics.begin(), merged.diagnostics.end());
    if (!merged.ok()) continue;
    // The merged Markdown must parse too (lists nested past the limit are found only there).
    auto text = policy_plain_text(*merged, org.numerals);
    all.insert(all.end(), text.diagnostics.begin(), text.diagnostics.end());
  }
  return all;
}

}  // namespace siyasa
