// Stage "html": filling the page templates. Everything a template receives through {{name}} is
// escaped by Mustache; only the fields ending in _html (our own DocTree walk) and inline_css
// (the site's stylesheet) are inserted unescaped.
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <functional>
#include <set>

#include "core/read_file.h"
#include "data/checks.h"
#include "data/register.h"
#include "html/doctree_html.h"
#include "html/html_text.h"
#include "html/site.h"
#include "html/site_assets.h"
#include "markdown/doctree.h"
#include "template/arabic.h"
#include "template/dates.h"
#include "template/context.h"

namespace siyasa {
namespace {

namespace mstch = kainjow::mustache;

constexpr const char* kTemplateNames[] = {"head",        "header",         "footer",   "index",   "policy",
                                          "policy_body", "approval_block", "fragment", "history", "verify",
                                          "governance"};
constexpr std::size_t kDescriptionLength = 160;  // characters, as search engines show them

// Page templates and the stylesheet are a few KB; anything past this is the wrong file.
constexpr std::uintmax_t kMaxSiteFileBytes = 256 * 1024;

std::string site_base_url(const OrgData& org, const SiteOptions& options) {
  std::string base = options.base_url;
  if (base.empty() && !org.website.empty()) {
    base = org.website;
    if (base.find("://") == std::string::npos) base = "https://" + base;
    while (!base.empty() && base.back() == '/') base.pop_back();
    base += "/policies/";
  }
  if (!base.empty() && base.back() != '/') base += '/';
  if (!safe_href(base) || base.rfind("http", 0) != 0) return {};
  return base;
}

// The first `limit` characters of `text`, cut at a space, with an ellipsis when shortened.
std::string shortened(const std::string& text, std::size_t limit) {
  std::size_t chars = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == limit) {
      cut = i;
      break;
    }
  }
  if (cut == text.size()) return text;
  const std::size_t space = text.rfind(' ', cut);
  return text.substr(0, space == std::string::npos || space == 0 ? cut : space) + "…";
}

std::string first_paragraph(const DocTree& tree) {
  for (const Block& b : tree.blocks) {
    if (b.kind == BlockKind::paragraph && !b.spans.empty()) return plain_text(b.spans);
  }
  return {};
}

// Mustache treats an empty string as true in {{#section}}; a value that is empty is left out,
// so templates can write {{#licence_number}} … {{/licence_number}}.
void set_text(mstch::data& d, const std::string& key, const std::string& value) {
  if (!value.empty()) d.set(key, value);
}

struct PageContext {
  PageMode mode = PageMode::site;
  std::string base_url;  // empty: no canonical / Open Graph tags
};

// The organisation under the names policy templates use (template/context.h), except the contact
// details, which a page shows only with a safe link (below).
mstch::data org_data(const OrgData& org, const PageContext& page) {
  mstch::data d;
  const OrgNames names = org_names(org);
  for (const auto& [key, value] : names.texts)
    if (key != "website" && key != "email" && key != "phone") set_text(d, key, value);
  d.set("feminine", names.feminine);
  d.set("masculine", names.masculine);
  if (page.mode == PageMode::site) d.set("index_href", "index.html");
  if (page.mode == PageMode::site && !org.logo.empty()) d.set("logo", site_logo_path(org));
  if (page.mode == PageMode::standalone && !org.logo.empty()) set_text(d, "logo", logo_data_url(org));
  std::string website = org.website;
  if (!website.empty() && website.find("://") == std::string::npos) website = "https://" + website;
  if (auto href = safe_href(website)) {
    d.set("website", org.website);
    d.set("website_href", *href);
  }
  if (auto href = safe_href("mailto:" + org.email); href && !org.email.empty()) {
    d.set("email", org.email);
    d.set("email_href", *href);
  }
  std::string dial;
  for (char c : org.phone) {
    if ((c >= '0' && c <= '9') || c == '+') dial += c;
  }
  if (!dial.empty()) {
    d.set("phone", org.phone);
    d.set("phone_href", "tel:" + dial);
  }
  d.set("has_contact", !org.website.empty() || !org.email.empty() || !dial.empty());
  return d;
}

mstch::data approval_data(const ApprovalBlock& a) {
  mstch::data d;
  set_text(d, "heading", a.heading);
  set_text(d, "sentence", a.sentence);
  if (!a.sentence.empty()) d.set("sentence_html", escape_html_keeping_dates(a.sentence));
  set_text(d, "hijri_date", a.hijri_date);
  set_text(d, "gregorian_date", a.gregorian_date);
  set_text(d, "chairman_name", a.chairman_name);
  set_text(d, "chairman_title", a.chairman_title);
  return d;
}

// What every page shares: the organisation, stylesheets, canonical and Open Graph tags.
mstch::data page_data(const SiteTemplates& templates, const OrgData& org, const PageContext& page,
                      const std::string& title, const std::string& description,
                      const std::string& file_name, const std::string& og_type) {
  mstch::data d;
  for (const auto& [name, text] : templates.mustache) {
    d.set(name, mstch::partial([text = text] { return text; }));
  }
  d.set("org", org_data(org, page));
  d.set("page_title", title);
  set_text(d, "description", description);
  d.set("numerals_class", org.numerals == Numerals::arab ? "numerals-arab" : "numerals-latn");
  if (page.mode == PageMode::site) d.set("index_href", "index.html");
  if (page.mode == PageMode::site) {
    mstch::list sheets;
    for (const char* href : {"assets/fonts.css", "assets/site.css"}) {
      mstch::data sheet;
      sheet.set("href", href);
      sheets.push_back(sheet);
    }
    d.set("stylesheets", sheets);
  } else {
    d.set("inline_css", standalone_font_css() + templates.css);
  }
  if (page.mode == PageMode::site && !page.base_url.empty()) {
    mstch::data meta;
    meta.set("canonical", page.base_url + file_name);
    meta.set("og_type", og_type);
    if (!org.logo.empty()) meta.set("og_image", page.base_url + site_logo_path(org));
    d.set("meta", meta);
  }
  return d;
}

std::string render_template(const SiteTemplates& templates, const std::string& name,
                            const mstch::data& data) {
  mstch::mustache page(templates.mustache.at(name));
  page.set_custom_escape([](const std::string& text) { return escape_html(text); });
  return page.render(data);
}

// The link from a page at the top of the site folder to the site's copy of a PDF (`pdf` is its
// path inside the site folder), or nothing when the page links no PDFs or that one is not there.
std::string pdf_link(const SiteOptions& options, PageMode mode, const std::string& pdf) {
  if (!options.link_pdfs || mode != PageMode::site) return {};
  if (options.available_pdfs && !options.available_pdfs->count(pdf)) return {};
  return pdf;
}

// A meeting as the history table names it: "رقم (١٦١)" or "(الثالث)".
std::string meeting_text(const Approval& a, Numerals numerals) {
  const std::string digits = ascii_digits(a.meeting);
  const bool number = !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
  return number ? "رقم (" + localize_digits(digits, numerals) + ")" : "(" + a.meeting + ")";
}

// سجل التعديلات: every version of the register, newest first, each linking its PDF where the
// site has it (the current one beside the site, earlier ones in the archive). Absent for a
// policy approved once without a register.
std::optional<mstch::data> history_data(const OrgData& org, const std::string& policy_id,
                                        const SiteOptions& options, PageMode mode) {
  const PolicyAdoption* adoption = nullptr;
  for (const auto& p : org.policies)
    if (p.id == policy_id) adoption = &p;
  if (!adoption || !adoption->versioned || adoption->versions.empty()) return std::nullopt;
  mstch::list versions;
  for (auto v = adoption->versions.rbegin(); v != adoption->versions.rend(); ++v) {
    const bool current = &*v == adoption->current();
    mstch::data row;
    row.set("number", localize_digits(std::to_string(v->number), org.numerals));
    row.set("current", current);
    row.set("meeting", meeting_text(v->approval, org.numerals));
    set_text(row, "session", v->approval.session);
    row.set("approved", v->approval.year_only
                            ? localize_digits(std::to_string(v->approval.date.year), org.numerals)
                            : format_date(v->approval.date, Calendar::gregorian, DateStyle::numeric, org.numerals));
    row.set("effective", v->approval.year_only && !v->effective
                             ? localize_digits(std::to_string(v->approval.date.year), org.numerals)
                             : format_date(v->effective_date(), Calendar::gregorian, DateStyle::numeric, org.numerals));
    set_text(row, "changes", v->changes);
    const std::string file = current ? site_pdf_path(SitePdf::policy, policy_id) : archived_pdf_path(policy_id, v->number);
    // An archived file is linked only when the build placed it in the site.
    if (current || (options.available_pdfs && options.available_pdfs->count(file)))
      set_text(row, "href", pdf_link(options, mode, file));
    versions.push_back(row);
  }
  mstch::data history;
  history.set("versions", versions);
  if (mode == PageMode::site) history.set("verify_href", "verify.html");
  return history;
}

// A {{> name}} in a page template: the partial it names and where.
struct PartialUse {
  std::string name;
  int line = 1, column = 1;
};

std::vector<PartialUse> partial_uses(const std::string& text) {
  std::vector<PartialUse> uses;
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    if (text[at] == '\n') {
      ++line;
      line_start = at + 1;
      continue;
    }
    if (text.compare(at, 2, "{{") != 0) continue;
    std::size_t i = at + 2;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size() || text[i] != '>') continue;
    const std::size_t end = text.find("}}", i);
    if (end == std::string::npos) break;
    std::string name = text.substr(i + 1, end - i - 1);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    int column = 1;
    for (std::size_t k = line_start; k < at; ++k) column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    uses.push_back({name, line, column});
  }
  return uses;
}

// Partials that include themselves, directly or through others, would recurse until the stack
// runs out: each such {{> name}} is an error at its line, naming the loop.
Diagnostics find_partial_loops(const std::map<std::string, std::string>& templates, const std::filesystem::path& dir) {
  Diagnostics problems;
  for (const auto& entry : templates) {
    // A named reference, not a structured binding: clang 14 (the fuzz build) cannot capture those.
    const std::string& name = entry.first;
    for (const PartialUse& use : partial_uses(entry.second)) {
      // Does `use.name` lead back to `name`? A walk over the few templates there are.
      std::vector<std::string> path{name, use.name};
      std::set<std::string> seen;
      std::function<bool(const std::string&)> leads_back = [&](const std::string& from) -> bool {
        if (from == name) return true;
        if (!seen.insert(from).second) return false;
        auto it = templates.find(from);
        if (it == templates.end()) return false;
        for (const PartialUse& next : partial_uses(it->second)) {
          path.push_back(next.name);
          if (leads_back(next.name)) return true;
          path.pop_back();
        }
        return false;
      };
      if (!leads_back(use.name)) continue;
      std::string loop;
      for (const auto& step : path) loop += (loop.empty() ? "" : " → ") + step;
      problems.push_back(make_error({(dir / (name + ".mustache")).string(), use.line, use.column},
                                    "the partial '" + use.name + "' includes itself (" + loop + ")",
                                    "a page template may include others, but never one that leads back to it"));
    }
  }
  return problems;
}

}  // namespace

std::string site_pdf_path(SitePdf kind, const std::string& id) {
  switch (kind) {
    case SitePdf::policy: return id + ".pdf";
    case SitePdf::booklet: return "booklet.pdf";
    case SitePdf::form: return "forms/" + id + ".pdf";
  }
  return {};
}

std::string archived_pdf_path(const std::string& policy_id, int version) {
  return "archive/" + policy_id + "/v" + std::to_string(version) + ".pdf";
}

Result<SiteTemplates> load_site_templates(const std::filesystem::path& dir) {
  SiteTemplates templates;
  templates.dir = dir;
  Diagnostics problems;
  for (const char* name : kTemplateNames) {
    const std::filesystem::path file = dir / (std::string(name) + ".mustache");
    auto text = read_input_file(file, file.string(), "a page template", kMaxSiteFileBytes, dir.parent_path());
    if (!text.ok()) {
      for (Diagnostic d : text.diagnostics) {
        if (d.hint.empty()) d.hint = "templates/site/ must hold every page template";
        problems.push_back(std::move(d));
      }
      continue;
    }
    mstch::mustache check(*text);
    if (!check.is_valid()) {
      problems.push_back(make_error({file.string(), 0, 0}, check.error_message()));
      continue;
    }
    templates.mustache[name] = std::move(*text);
  }
  const Diagnostics loops = find_partial_loops(templates.mustache, dir);
  problems.insert(problems.end(), loops.begin(), loops.end());
  auto css = read_input_file(dir / "site.css", (dir / "site.css").string(), "a stylesheet", kMaxSiteFileBytes,
                             dir.parent_path());
  if (!css.ok()) {
    problems.insert(problems.end(), css.diagnostics.begin(), css.diagnostics.end());
  } else {
    templates.css = std::move(*css);
  }
  if (!problems.empty()) return Result<SiteTemplates>::failure(std::move(problems));
  return Result<SiteTemplates>::success(std::move(templates));
}

Result<std::string> render_policy_page(const SiteTemplates& templates, const OrgData& org,
                                       const MergedPolicy& policy, const SiteOptions& options,
                                       PageMode mode) {
  Result<DocTree> tree = parse_markdown(policy.markdown, policy.template_file.string(),
                                        policy.body_first_line);
  if (!tree.ok()) return Result<std::string>::failure(std::move(tree.diagnostics));

  HtmlBodyOptions body_options;
  body_options.table_label = "جدول من " + policy.title;
  body_options.arabic_indic_lists = org.numerals == Numerals::arab;
  body_options.numerals = org.numerals;
  body_options.list_numbers = org.layout.list_numbers.value_or("1.");
  for (const auto& adoption : org.policies)
    if (adoption.id == policy.id) body_options.list_numbers = adoption.layout.list_numbers.value_or("1.");
  mstch::data p;
  p.set("id", policy.id);
  p.set("title", policy.title);
  set_text(p, "subtitle", policy.subtitle);
  if (mode == PageMode::site) p.set("index_href", "index.html");
  p.set("body_html", render_doctree_html(*tree, body_options));
  set_text(p, "pdf_href", pdf_link(options, mode, site_pdf_path(SitePdf::policy, policy.id)));
  if (policy.approval) {
    p.set("approval", approval_data(*policy.approval));
    const bool after_title = policy.approval->placement == "after_title";
    p.set(after_title ? "approval_after_title" : "approval_at_end", approval_data(*policy.approval));
  }
  if (auto history = history_data(org, policy.id, options, mode)) p.set("revisions", *history);
  mstch::list toc;
  for (const TocEntry& entry : table_of_contents(*tree)) {
    mstch::data e;
    e.set("anchor", entry.anchor);
    e.set("text", entry.text);
    e.set("depth", std::to_string(entry.depth));
    toc.push_back(e);
  }
  p.set("has_toc", toc.size() > 1);
  p.set("toc", toc);

  const PageContext page{mode, site_base_url(org, options)};
  mstch::data d = page_data(templates, org, page, policy.title + " — " + org.name,
                            shortened(first_paragraph(*tree), kDescriptionLength),
                            policy.id + ".html", "article");
  d.set("policy", p);
  const std::string name = mode == PageMode::fragment ? "fragment" : "policy";
  return Result<std::string>::success(render_template(templates, name, d),
                                      std::move(tree.diagnostics));
}

namespace {

// The adopted policies in booklet order, each with its page, PDF and approval, and the forms with
// their pages and PDFs: what the index and the governance page both list.
void add_policies_and_forms(mstch::data& d, const std::vector<MergedPolicy>& policies,
                            const std::vector<FormRef>& forms, const SiteOptions& options) {
  std::vector<const MergedPolicy*> in_order;
  for (const MergedPolicy& p : policies) in_order.push_back(&p);
  std::stable_sort(in_order.begin(), in_order.end(),
                   [](const auto* a, const auto* b) { return a->order < b->order; });
  mstch::list policy_list;
  for (const MergedPolicy* policy : in_order) {
    mstch::data p;
    p.set("title", policy->title);
    p.set("href", policy->id + ".html");
    set_text(p, "pdf_href", pdf_link(options, PageMode::site, site_pdf_path(SitePdf::policy, policy->id)));
    if (policy->approval) p.set("approval", approval_data(*policy->approval));
    policy_list.push_back(p);
  }
  mstch::list form_list;
  for (const FormRef& form : forms) {
    mstch::data f;
    f.set("title", form.title);
    f.set("href", "forms/" + form.id + ".html");
    set_text(f, "pdf_href", pdf_link(options, PageMode::site, site_pdf_path(SitePdf::form, form.id)));
    form_list.push_back(f);
  }
  d.set("policies", policy_list);
  d.set("has_policies", !policies.empty());
  d.set("forms", form_list);
  d.set("has_forms", !forms.empty());
}

// "اعتمدت الجمعية … بقرارات من مجلس الإدارة (org.board)", "السياسات المعتمدة": only when the board approved
// every policy listed.
bool every_policy_approved(const std::vector<MergedPolicy>& policies) {
  return !policies.empty() && std::all_of(policies.begin(), policies.end(), [](const MergedPolicy& p) {
           return p.approval && !p.approval->heading.empty();
         });
}

// documents.<kind>: a list of {href, title, is_link} for each kind the organisation lists (the
// template names each kind in Arabic); has_documents when there is any.
void add_documents(mstch::data& d, const OrgData& org) {
  mstch::data by_kind;
  for (const auto& kind : document_kinds()) {
    mstch::list entries;
    for (const OrgDocument& doc : org.documents) {
      if (doc.kind != kind) continue;
      const std::optional<std::string> href =
          doc.url.empty() ? std::optional<std::string>(site_document_path(doc)) : safe_href(doc.url);
      if (!href) continue;
      mstch::data e;
      e.set("href", *href);
      e.set("is_link", !doc.url.empty());
      set_text(e, "title", doc.title);
      entries.push_back(e);
    }
    if (!entries.empty()) by_kind.set(kind, entries);
  }
  d.set("documents", by_kind);
  d.set("has_documents", !org.documents.empty());
}

}  // namespace

std::string render_site_index(const SiteTemplates& templates, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::vector<FormRef>& forms, const SiteOptions& options) {
  const bool all_approved = every_policy_approved(policies);
  const PageContext page{PageMode::site, site_base_url(org, options)};
  mstch::data d = page_data(templates, org, page, "سياسات " + org.name,
                            (all_approved ? "السياسات المعتمدة من " + board_of(org) + " " : "سياسات ") + org.name, "",
                            "website");
  d.set("all_approved", all_approved);
  d.set("one_policy", policies.size() == 1);
  add_policies_and_forms(d, policies, forms, options);
  set_text(d, "booklet_href", pdf_link(options, PageMode::site, site_pdf_path(SitePdf::booklet)));
  d.set("governance_href", std::string(kGovernancePage));
  return render_template(templates, "index", d);
}

std::string render_governance_page(const SiteTemplates& templates, const OrgData& org,
                                   const std::vector<MergedPolicy>& policies,
                                   const std::vector<FormRef>& forms, const SiteOptions& options) {
  const PageContext page{PageMode::site, site_base_url(org, options)};
  mstch::data d = page_data(templates, org, page, "الحوكمة — " + org.name,
                            "سياسات " + org.name + " المعتمدة ونماذجها ووثائقها", kGovernancePage, "website");
  d.set("all_approved", every_policy_approved(policies));
  add_policies_and_forms(d, policies, forms, options);
  add_documents(d, org);
  set_text(d, "booklet_href", pdf_link(options, PageMode::site, site_pdf_path(SitePdf::booklet)));
  return render_template(templates, "governance", d);
}

Manifest site_manifest(const OrgData& org, const std::vector<MergedPolicy>& policies, const SiteOptions& options) {
  Manifest manifest{org.slug, org.name, {}};
  for (const PublishedFile& file : options.published) {
    const PolicyAdoption* adoption = nullptr;
    for (const auto& p : org.policies)
      if (p.id == file.policy_id) adoption = &p;
    if (!adoption || file.version < 1 || file.version > static_cast<int>(adoption->versions.size())) continue;
    const PolicyVersion& v = adoption->versions[file.version - 1];
    ManifestEntry e;
    e.id = document_id(org.slug, file.policy_id, file.version);
    e.policy = file.policy_id;
    for (const auto& p : policies)
      if (p.id == file.policy_id) e.title = p.title;
    e.version = file.version;
    e.current = &v == adoption->current();
    e.approved = iso_date(v.approval.date);
    e.effective = iso_date(v.effective_date());
    e.meeting = v.approval.meeting;
    e.file = file.file;
    e.sha256 = file.sha256;
    e.earlier_sha256 = file.earlier_sha256;
    manifest.documents.push_back(std::move(e));
  }
  return manifest;
}

std::string render_verify_page(const SiteTemplates& templates, const OrgData& org, const Manifest& manifest,
                               const SiteOptions& options) {
  const PageContext page{PageMode::site, site_base_url(org, options)};
  mstch::data d = page_data(templates, org, page, "التحقق من نسخة سياسة — " + org.name,
                            "تحقق من أن ملف سياسة لديك إصدار معتمد منشور من " + org.name, "verify.html", "website");
  // Inside <script>: no "<", ">" or "&" of the data may reach the HTML parser (they occur only
  // inside JSON strings, where \u003c is the same character).
  std::string json;
  for (char c : manifest_json(manifest)) {
    if (c == '<') json += "\\u003c";
    else if (c == '>') json += "\\u003e";
    else if (c == '&') json += "\\u0026";
    else json += c;
  }
  d.set("manifest_json", json);
  mstch::list documents;
  for (const ManifestEntry& e : manifest.documents) {
    mstch::data doc;
    doc.set("title", e.title);
    doc.set("version", localize_digits(std::to_string(e.version), org.numerals));
    doc.set("current", e.current);
    doc.set("approved", e.approved);
    documents.push_back(doc);
  }
  d.set("documents", documents);
  return render_template(templates, "verify", d);
}

}  // namespace siyasa
