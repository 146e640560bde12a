#include "template/policy.h"

#include <algorithm>
#include <sstream>

#include "core/suggest.h"
#include "data/register.h"
#include "template/arabic.h"
#include "template/context.h"
#include "template/escape.h"
#include "template/front_matter.h"
#include "template/options.h"
#include "template/overrides.h"
#include "template/render.h"
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

// Merges the pieces of template text of one context, each after checking its placeholders.
// The context must not change while the Merger lives: it is converted for the renderer once.
class Merger {
 public:
  Merger(const ContextValue& context, Diagnostics& errors, const Deadline& deadline = {})
      : context_(context), deadline_(deadline), ready_(context, deadline), errors_(errors) {}

  std::string merge(const std::string& text, const SourcePos& where) {
    if (stopped_) return {};  // the time ran out: one error is enough
    Diagnostics found = check_placeholders(text, context_, where);
    if (!found.empty()) {
      errors_.insert(errors_.end(), found.begin(), found.end());
      return {};
    }
    RenderError error;
    auto out = ready_.render(text, error);
    if (!out) {
      const SourcePos at{where.file, where.line, where.column};
      switch (error.kind) {
        case RenderError::Kind::syntax:
          errors_.push_back(make_error({where.file, where.line, 0}, "template error: " + error.message));
          break;
        case RenderError::Kind::too_large:
          errors_.push_back(make_error(at, error.message,
                                       "sections over lists nested inside each other multiply the "
                                       "text; take one of them out"));
          break;
        case RenderError::Kind::out_of_time:
          stopped_ = true;
          errors_.push_back(time_limit_error(at, deadline_));
          break;
      }
      return {};
    }
    return *out;
  }

 private:
  const ContextValue& context_;
  Deadline deadline_;
  bool stopped_ = false;
  MustacheContext ready_;
  Diagnostics& errors_;
};

// Numbered articles: every "## " heading becomes "## المادة (n) …" with n in the org's digits.
std::string number_articles(const std::string& markdown, Numerals numerals) {
  std::istringstream in(markdown);
  std::string line, out;
  int article = 0;
  while (std::getline(in, line)) {
    const size_t mark = line.size() - without_mark(line).size();  // `siyasa diff` marks blocks
    if (line.substr(mark).starts_with("## ")) {
      ++article;
      line = line.substr(0, mark) + "## المادة (" + localize_digits(std::to_string(article), numerals) + ") " +
             line.substr(mark + 3);
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
  block.signature_caption = adoption.layout.signature_caption.value_or("");
  block.stamp_caption = adoption.layout.stamp_caption.value_or("");
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
  // The organisation's layout choices come before the template's, whatever the date's form.
  if (adoption.layout.approval_placement) block.placement = *adoption.layout.approval_placement;
  if (adoption.layout.approval_heading) block.heading = *adoption.layout.approval_heading;
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


// The organisation's own wording of the body (orgs/<slug>/overrides/<id>.md) over the template's:
// the body to merge, where each of its lines came from, and the overrides of the title,
// subtitle and approval. Without an override file the body is the template's.
struct Wording {
  std::vector<Override> overrides;
  ResolvedOverrides resolved;
  OverriddenBody body;
};

// How merge_policy_as merges: with the organisation's overrides or the shared wording only;
// with every block marked (for `siyasa diff`) or not.
struct MergeMode {
  bool own_wording = true;
  bool mark = false;
  Deadline deadline;  // read while texts merge
};

void read_wording(Wording& wording, const TemplateSpec& spec, const OrgData& org, const PolicyAdoption& adoption,
                  const ResolvedOptions& options, const ContextValue& context,
                  const std::map<std::string, std::string>& front_texts, MergeMode mode, Diagnostics& errors) {
  const auto blocks = split_blocks(spec.body);
  const auto file = org_overrides_file(org, adoption.id);
  std::error_code ec;
  if (mode.own_wording && std::filesystem::exists(file, ec)) {
    auto read = read_overrides(file);
    add_all(errors, read.diagnostics);
    if (read.ok()) wording.overrides = std::move(*read);
  }
  if (!wording.overrides.empty()) {
    // What every block says for this organisation now, to check each override's anchor.
    TemplateSpec probe = spec;
    probe.body = mark_blocks(spec.body, blocks);
    Diagnostics ignored;  // the same problems are reported by the real merge
    Merger probe_merger(context, ignored);
    auto texts = block_texts(merge_body(probe, org, adoption, options, probe_merger, ignored), blocks.size());
    for (auto& text : texts) text = plain_block_text(text);
    wording.resolved = resolve_overrides(wording.overrides, blocks, texts, front_texts);
    add_all(errors, wording.resolved.diagnostics);
  }
  wording.body =
      apply_overrides(spec.body, spec.body_first_line, spec.file.string(), blocks, wording.resolved, mode.mark);
}

// Problems found in a merged overridden body point at the line they came from: the template's
// or the organisation's override file.
void point_at_origins(Diagnostics& found, size_t from, const Wording& wording, const TemplateSpec& spec) {
  if (wording.body.origins.empty()) return;
  for (size_t i = from; i < found.size(); ++i) {
    auto& where = found[i].where;
    const int index = where.line - spec.body_first_line;
    if (where.file != spec.file.string() || index < 0 || index >= static_cast<int>(wording.body.origins.size())) continue;
    const LineOrigin& origin = wording.body.origins[index];
    where.file = origin.file;
    where.line = origin.line;
    if (origin.column_shift > 0 && where.column > origin.column_shift) where.column -= origin.column_shift;
  }
}

// An override of the title, subtitle or approval, merged in the policy's context.
void apply_front_override(const Wording& wording, const std::string& id, std::string& target, Merger& merger,
                          Diagnostics& errors) {
  auto it = wording.resolved.front.find(id);
  if (it == wording.resolved.front.end()) return;
  const Override& o = *it->second;
  if (o.action == Override::Action::remove) {
    if (id == "title") errors.push_back(make_error(o.block_pos, "a policy cannot be printed without its title",
                                                   "replace = \"title\" gives it other words"));
    target.clear();
    return;
  }
  target = unescape_markdown(collapse_spaces(merger.merge(o.text, o.text_pos)));
}


Result<MergedPolicy> merge_policy_as(const OrgData& org, const std::string& policy_id,
                                     const std::filesystem::path& templates_dir, MergeMode mode,
                                     std::vector<std::string>* labels) {
  using R = Result<MergedPolicy>;
  const PolicyAdoption* adoption = adoption_of(org, policy_id);
  if (!adoption) {
    std::vector<std::string> adopted;
    for (const auto& p : org.policies) adopted.push_back(p.id);
    return R::failure(make_error({org.source.string(), 0, 0},
                                 "the organisation does not adopt the policy '" + policy_id + "'",
                                 did_you_mean(policy_id, adopted)));
  }
  // An organisation's own whole template comes before the shared one.
  std::error_code ec;
  auto file = org_template_file(org, policy_id);
  if (!std::filesystem::exists(file, ec)) file = templates_dir / "policies" / (policy_id + ".md");
  if (!std::filesystem::exists(file, ec)) {
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
  Merger merger(context, errors, mode.deadline);
  MergedPolicy policy;
  policy.id = spec->id;
  policy.title = unescape_markdown(collapse_spaces(merger.merge(spec->title, front_position(*spec, "title"))));
  policy.subtitle = unescape_markdown(collapse_spaces(merger.merge(spec->fields["subtitle"], front_position(*spec, "subtitle"))));
  policy.approval = merge_approval(org, *adoption, context, merger, templates_dir, errors);
  if (const auto& under = adoption->layout.name_under_title)
    policy.subtitle = *under ? (policy.subtitle.empty() ? org.short_name : policy.subtitle) : std::string();

  std::map<std::string, std::string> front{{"title", policy.title}, {"subtitle", policy.subtitle}};
  if (policy.approval && !policy.approval->sentence.empty()) {
    front["approval.heading"] = policy.approval->heading;
    front["approval.sentence"] = policy.approval->sentence;
  }
  Wording wording;
  Diagnostics found;
  read_wording(wording, *spec, org, *adoption, prepared->options, context, front, mode, found);
  if (labels) *labels = wording.body.labels;
  Diagnostics warnings;
  for (auto& d : found) (d.severity == Severity::error ? errors : warnings).push_back(std::move(d));
  apply_front_override(wording, "title", policy.title, merger, errors);
  apply_front_override(wording, "subtitle", policy.subtitle, merger, errors);
  if (policy.approval) {
    apply_front_override(wording, "approval.heading", policy.approval->heading, merger, errors);
    apply_front_override(wording, "approval.sentence", policy.approval->sentence, merger, errors);
  }

  TemplateSpec body_spec = *spec;
  body_spec.body = wording.body.body;
  const size_t before = errors.size();
  policy.markdown = merge_body(body_spec, org, *adoption, prepared->options, merger, errors);
  point_at_origins(errors, before, wording, *spec);
  policy.order = adoption->order ? adoption->order : spec->order;
  for (const auto& form : spec->forms) {  // form ids may depend on the audience
    std::string id = unescape_markdown(collapse_spaces(merger.merge(form, front_position(*spec, "forms"))));
    if (!id.empty()) policy.forms.push_back(id);
  }
  policy.article_style = spec->article_style;
  policy.template_file = file;
  policy.body_first_line = spec->body_first_line;
  if (policy.article_style) policy.markdown = number_articles(policy.markdown, org.numerals);
  if (!errors.empty()) {
    add_all(errors, warnings);
    return R::failure(errors);
  }
  return R::success(std::move(policy), std::move(warnings));
}

void add_block(std::vector<PolicyBlock>& out, std::string id, const std::string& text) {
  if (!text.empty()) out.push_back({std::move(id), text});
}

void add_approval(std::vector<PolicyBlock>& out, const ApprovalBlock& a) {
  add_block(out, "approval.heading", a.heading);
  add_block(out, "approval.sentence", a.sentence);
}

}  // namespace

Result<MergedPolicy> merge_policy(const OrgData& org, const std::string& policy_id,
                                  const std::filesystem::path& templates_dir, const Deadline& deadline) {
  return merge_policy_as(org, policy_id, templates_dir, MergeMode{true, false, deadline}, nullptr);
}

Result<std::vector<PolicyBlock>> policy_blocks(const OrgData& org, const std::string& policy_id,
                                               const std::filesystem::path& templates_dir, bool own_wording) {
  using R = Result<std::vector<PolicyBlock>>;
  std::vector<std::string> labels;
  auto merged = merge_policy_as(org, policy_id, templates_dir, MergeMode{own_wording, true}, &labels);
  if (!merged.ok()) return R::failure(merged.diagnostics);
  const MergedPolicy& p = *merged;
  std::vector<PolicyBlock> out;
  add_block(out, "title", p.title);
  add_block(out, "subtitle", p.subtitle);
  const bool after_title = p.approval && p.approval->placement == "after_title";
  if (after_title) add_approval(out, *p.approval);
  const auto texts = block_texts(p.markdown, labels.size());
  for (int n : block_order(p.markdown)) add_block(out, labels[n], plain_block_text(texts[n]));
  if (p.approval) {
    if (!after_title) add_approval(out, *p.approval);
    add_block(out, "chairman", p.approval->chairman_title.empty()
                                   ? p.approval->chairman_name
                                   : p.approval->chairman_title + "\n" + p.approval->chairman_name);
  }
  return R::success(std::move(out), merged.diagnostics);
}

Diagnostics check_unused_wording(const OrgData& org) {
  Diagnostics all;
  std::vector<std::string> adopted;
  for (const auto& p : org.policies) adopted.push_back(p.id);
  for (const auto& folder : {org_overrides_file(org, "x").parent_path(), org_template_file(org, "x").parent_path()}) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      const auto stem = entry.path().stem().string();
      if (entry.path().extension() != ".md" ||
          std::find(adopted.begin(), adopted.end(), stem) != adopted.end())
        continue;
      Diagnostic d = make_error({entry.path().string(), 0, 0},
                                "the organisation does not adopt the policy '" + stem + "', so this file is not used",
                                did_you_mean(stem, adopted));
      d.severity = Severity::warning;
      all.push_back(d);
    }
  }
  return all;
}

}  // namespace siyasa
