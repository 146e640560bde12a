#include "layout/policy_layout.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "data/register.h"
#include "layout/approval.h"
#include "layout/blocks.h"
#include "layout/flow.h"
#include "layout/title_cover.h"
#include "layout/letterhead.h"
#include "layout/numbering.h"
#include "layout/toc.h"
#include "layout/verify_mark.h"

namespace siyasa {
namespace {

constexpr int kMaxPasses = 4;
constexpr std::size_t kMinTocEntries = 3;  // shorter policies open without a contents list

struct DocumentParts {
  const Typesetter& ts;
  const OrgData& org;
  DocumentStyle style;
  PageGeometry geometry;
};

// Where a key was written in the organisation file (the file itself when it was not).
SourcePos position_of(const OrgData& org, const std::string& key) {
  if (const auto it = org.positions.find(key); it != org.positions.end()) return it->second;
  return SourcePos{org.source.string(), 0, 0};
}

// Pixel sizes of the images the document shows; an unreadable one is an error at its key.
struct ImageSizes {
  std::optional<ImageSize> logo;
  std::map<std::filesystem::path, ImageSize> others;
  Diagnostics errors;

  std::optional<ImageSize> read(const OrgData& org, const std::filesystem::path& file,
                                const std::string& key, const char* what) {
    if (file.empty()) return std::nullopt;
    if (auto it = others.find(file); it != others.end()) return it->second;
    auto size = read_png_size(file);
    if (!size) {
      errors.push_back(make_error(position_of(org, key), std::string("cannot read the ") + what + " image '" +
                                                      file.string() + "' as a PNG file",
                                  "give a PNG file (path relative to the organisation file)"));
      return std::nullopt;
    }
    others.emplace(file, *size);
    return size;
  }
};

ApprovalImages approval_images(const OrgData& org, const ApprovalBlock& block, ImageSizes& sizes) {
  return ApprovalImages{sizes.read(org, block.signature, "images.signature", "signature"),
                        sizes.read(org, block.stamp, "images.stamp", "stamp")};
}

const Approval* adoption_approval(const OrgData& org, const std::string& policy_id) {
  for (const auto& p : org.policies)
    if (p.id == policy_id && p.approval) return &*p.approval;
  return nullptr;
}

// Month and day 0 (a year-only approval) count as 1: a PDF date needs both.
std::string iso_day(const Date& d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, std::max(1, d.month), std::max(1, d.day));
  return buffer;
}

// The latest approval date among `ids` (reproducible: it comes from the data).
std::optional<Date> latest_approval(const OrgData& org, const std::vector<std::string>& ids) {
  std::optional<Date> latest;
  for (const auto& id : ids) {
    const Approval* a = adoption_approval(org, id);
    if (!a) continue;
    auto key = [](const Date& d) { return d.year * 10000 + d.month * 100 + d.day; };
    if (!latest || key(a->date) > key(*latest)) latest = a->date;
  }
  return latest;
}

bool under_title(const MergedPolicy& policy) {
  return policy.approval && policy.approval->placement == "after_title";
}

// The slices of one policy's body and approval block.
void append_policy_body(const DocumentParts& doc, const MergedPolicy& policy, const DocTree& tree,
                        const BodyOptions& options, ImageSizes& images, std::vector<Slice>& out) {
  const BodyContext ctx{doc.ts, doc.style, doc.geometry, options};
  append_body(ctx, tree, out);
  if (!policy.approval) return;
  const ApprovalImages approval = approval_images(doc.org, *policy.approval, images);
  if (under_title(policy))
    append_signature_only(ctx, *policy.approval, approval, out);
  else
    append_approval(ctx, *policy.approval, approval, options.anchor_prefix + "approval", out);
}

// The title block, and the approval statement under it when the policy places it there.
void append_title(const BodyContext& ctx, const MergedPolicy& policy, const std::string& title,
                  const std::string& anchor_id, bool in_toc, std::vector<Slice>& out) {
  out.push_back(make_title_block(ctx, title, policy.subtitle, anchor_id, 1, in_toc));
  if (under_title(policy)) append_approval_statement(ctx, *policy.approval, out);
}

// 1-based physical page of every anchor.
std::map<std::string, int> anchor_pages(const FlowResult& flow, int pages_before) {
  std::map<std::string, int> pages;
  for (const auto& a : flow.anchors) pages.emplace(a.anchor.id, a.page + pages_before + 1);
  return pages;
}

// Lays out titles + contents + body until the contents' numbers equal where the headings land.
FlowResult flow_with_contents(const DocumentParts& doc, const BodyOptions& options,
                              const std::vector<Slice>& titles, const std::vector<TocEntry>& entries,
                              std::vector<Slice> body, int pages_before, bool contents_own_page) {
  const BodyContext ctx{doc.ts, doc.style, doc.geometry, options};
  if (!entries.empty() && !body.empty()) body.front().page_break_before = true;
  std::map<std::string, int> numbers;
  FlowResult flow;
  for (int pass = 0; pass < kMaxPasses && !doc.ts.deadline.expired(); ++pass) {
    std::vector<Slice> slices = titles;
    if (!entries.empty()) {
      const std::size_t toc_start = slices.size();
      append_toc(ctx, entries, numbers, slices);
      if (contents_own_page) slices[toc_start].page_break_before = true;
    }
    slices.insert(slices.end(), body.begin(), body.end());
    flow = flow_slices(slices, doc.geometry);
    auto landed = anchor_pages(flow, pages_before);
    if (landed == numbers || entries.empty()) break;
    numbers = std::move(landed);
  }
  return flow;
}

// Turns flowed pages into the document: furniture on every flowed page, links resolved,
// outline from the anchors.
PagedDocument finish(const DocumentParts& doc, FlowResult flow, std::vector<Page> before,
                     DocumentInfo info) {
  PagedDocument document;
  document.fonts = doc.ts.fonts;
  document.info = std::move(info);
  const int offset = static_cast<int>(before.size());
  document.pages = std::move(before);

  const auto header = make_letterhead(doc.ts, doc.style, doc.geometry, doc.org,
                                      letterhead_fields(doc.org),
                                      read_png_size(doc.org.logo));
  // [publication] qr = "footer": the QR code on every page (a figure on the first, like the logo).
  const std::string& qr_url = document.info.version.verify_url;
  const bool footer_qr = doc.org.qr_placement == "footer" && !qr_url.empty();
  const auto footer = make_footer(doc.ts, doc.style, doc.geometry, doc.org, footer_qr);
  const int total = offset + static_cast<int>(flow.pages.size());
  for (std::size_t p = 0; p < flow.pages.size(); ++p) {
    Page page;
    page.width = doc.geometry.width;
    page.height = doc.geometry.height;
    page.items = header;
    // The letterhead is page furniture, except that the logo on the document's first page is
    // a figure (a booklet's cover shows it already).
    if (p + offset == 0)
      for (auto& item : page.items)
        if (auto* logo = std::get_if<ImageItem>(&item))
          logo->tag = doc.ts.structure->add(StructRole::figure, -1, 0, "شعار " + doc.org.name);
    page.items.insert(page.items.end(), footer.begin(), footer.end());
    if (footer_qr) {
      const int tag = p + offset == 0 ? doc.ts.structure->add(StructRole::figure, -1, 0, "رمز QR لصفحة التحقق: " + qr_url)
                                      : kArtifact;
      auto qr = footer_verification(doc.geometry, qr_url, tag);
      page.items.insert(page.items.end(), qr.begin(), qr.end());
    }
    auto label = make_page_label(doc.ts, doc.style, doc.geometry, doc.org, offset + static_cast<int>(p) + 1, total);
    page.items.insert(page.items.end(), label.begin(), label.end());
    if (doc.org.version_in_footer && document.info.version.version > 0) {
      auto version = make_version_label(doc.ts, doc.style, doc.geometry, doc.org, document.info.version.version);
      page.items.insert(page.items.end(), version.begin(), version.end());
    }
    for (auto& item : flow.pages[p].items) page.items.push_back(std::move(item));
    document.pages.push_back(std::move(page));
  }

  document.structure = doc.ts.structure->nodes;
  std::map<std::string, std::pair<int, double>> targets;
  for (const auto& a : flow.anchors) {
    if (a.anchor.id == kSignatureAnchor) {  // not a heading: the signature field's place
      document.signature = signature_field_at(doc.geometry, a.page + offset, a.y);
      continue;
    }
    targets.emplace(a.anchor.id, std::pair{a.page + offset, a.y});
    document.outline.push_back(OutlineEntry{a.anchor.title, a.anchor.level, a.page + offset, a.y});
  }
  for (auto& page : document.pages) {
    std::erase_if(page.items, [&](PageItem& item) {
      auto* link = std::get_if<LinkItem>(&item);
      if (!link || link->uri.empty() || link->uri[0] != '#') return false;
      const auto it = targets.find(link->uri.substr(1));
      if (it == targets.end()) return true;  // a link to nothing is dropped
      link->dest_page = it->second.first;
      link->dest_y = std::max(0.0, it->second.second - 24);
      link->uri.clear();
      return false;
    });
  }
  return document;
}

DocumentInfo make_info(const OrgData& org, std::string title, std::string subject,
                       std::optional<Date> date) {
  DocumentInfo info;
  info.title = std::move(title);
  info.author = org.name;
  info.subject = std::move(subject);
  info.keywords = "سياسات، حوكمة، " + (org.short_name.empty() ? org.name : org.short_name);
  info.language = "ar-SA";
  if (date) info.creation_date = iso_day(*date);
  return info;
}

// The current approved version of a policy, for the PDF's metadata (none without an approval).
VersionMark version_mark(const OrgData& org, const std::string& policy_id) {
  VersionMark mark;
  for (const auto& p : org.policies) {
    const PolicyVersion* v = p.id == policy_id ? p.current() : nullptr;
    if (!v) continue;
    mark.version = v->number;
    mark.document_id = document_id(org.slug, p.id, v->number);
    mark.approved = iso_date(v->approval.date);
    mark.effective = iso_date(v->effective_date());
    mark.meeting = v->approval.meeting;
    mark.verify_url = verify_url(org, p.id, v->number);
  }
  return mark;
}

// Moves what the text engine reported into `out`. A word wider than a line of the body would
// print outside the margins, so it is an error at the template's line; one in the letterhead,
// footer or contents comes from the organisation's data and stays a warning. False when there
// are errors.
bool take_text_problems(const Typesetter& ts, const OrgData& org, Diagnostics& out) {
  bool ok = true;
  for (Diagnostic d : *ts.problems) {
    if (d.where.line > 0) {
      d.severity = Severity::error;
      ok = false;
    } else {
      d.where.file = org.source.string();
    }
    out.push_back(std::move(d));
  }
  ts.problems->clear();
  return ok;
}

// When the document ran out of time, the error that says so: where the text engine noticed
// (the body setter gave it the block's line; it is the only error among the engine's
// problems), else at `file`. Nothing else is reported: what the engine found in a document cut
// short is incomplete.
Diagnostics time_limit_problems(const Typesetter& ts, const std::string& file) {
  for (Diagnostic d : *ts.problems) {
    if (d.severity != Severity::error) continue;
    if (d.where.file.empty()) d.where.file = file;
    return {d};
  }
  return {time_limit_error({file, 0, 0}, ts.deadline)};
}


// The organisation's layout choices for one policy (none when it does not adopt it).
LayoutChoices choices_for(const OrgData& org, const std::string& policy_id) {
  for (const auto& p : org.policies)
    if (p.id == policy_id) return p.layout;
  return org.layout;
}

}  // namespace

Result<PagedDocument> layout_policy(const Typesetter& ts, const OrgData& org,
                                    const MergedPolicy& policy, const DocTree& tree, bool signature_field) {
  const LayoutChoices choices = choices_for(org, policy.id);
  DocumentParts doc{ts, org, {}, {}};
  ImageSizes images;
  images.read(org, org.logo, "images.logo", "logo");
  BodyOptions options;
  options.numerals = org.numerals;
  options.kashida = org.kashida;
  options.article_style = policy.article_style;
  options.source = policy.template_file.string();
  options.list_numbers = choices.list_numbers.value_or("1.");
  const BodyContext ctx{ts, doc.style, doc.geometry, options};

  std::vector<Slice> body;
  append_policy_body(doc, policy, tree, options, images, body);
  if (has_errors(images.errors)) return Result<PagedDocument>::failure(images.errors);
  if (policy.approval && !policy.approval->verify_url.empty() && org.qr_placement == "approval")
    append_verification(ctx, policy.approval->verify_url, policy.approval->verify_caption, body);
  if (signature_field) append_signature_field(ctx, body);

  std::vector<Slice> titles;
  append_title(ctx, policy, policy.title, "title", false, titles);
  std::vector<TocEntry> entries = collect_toc(body, 1);
  const std::string contents = choices.contents.value_or("auto");
  if (contents == "off" || (contents == "auto" && entries.size() < kMinTocEntries)) entries.clear();
  // A title page: the title block alone, then the contents or the body on a new page.
  const bool title_page = choices.title_page.value_or(false);
  if (title_page && entries.empty() && !body.empty()) body.front().page_break_before = true;
  FlowResult flow = flow_with_contents(doc, options, titles, entries, std::move(body), 0, title_page);
  if (ts.deadline.expired())
    return Result<PagedDocument>::failure(time_limit_problems(ts, options.source));
  Diagnostics warnings = flow.warnings;
  if (!take_text_problems(ts, org, warnings)) return Result<PagedDocument>::failure(warnings);
  DocumentInfo info = make_info(org, policy.title, "سياسة معتمدة من " + board_of(org) + " " + org.name,
                                latest_approval(org, {policy.id}));
  info.version = version_mark(org, policy.id);
  PagedDocument document = finish(doc, std::move(flow), {}, std::move(info));
  if (ts.deadline.expired())  // a page's letterhead or number may be missing
    return Result<PagedDocument>::failure(time_limit_problems(ts, options.source));
  return Result<PagedDocument>::success(std::move(document), std::move(warnings));
}

Result<PagedDocument> layout_booklet(const Typesetter& ts, const OrgData& org,
                                     const std::vector<PolicyPart>& parts) {
  DocumentParts doc{ts, org, {}, {}};
  ImageSizes images;
  const auto logo = images.read(org, org.logo, "images.logo", "logo");

  std::vector<Slice> body;
  std::vector<std::string> ids;
  int number = 0;
  for (const auto& part : parts) {
    ++number;
    ids.push_back(part.policy->id);
    BodyOptions options;
    options.numerals = org.numerals;
    options.kashida = org.kashida;
    options.article_style = part.policy->article_style;
    options.outline_base = 2;
    options.toc_depth = 2;
    options.anchor_prefix = "p" + std::to_string(number) + "-";
    options.source = part.policy->template_file.string();
    options.list_numbers = choices_for(org, part.policy->id).list_numbers.value_or("1.");
    options.structure_parent = ts.structure->add(StructRole::section);
    const BodyContext ctx{ts, doc.style, doc.geometry, options};
    const std::size_t first = body.size();
    append_title(ctx, *part.policy, booklet_ordinal(number, org.numerals) + ": " + part.policy->title,
                 "policy-" + std::to_string(number), true, body);
    body[first].page_break_before = true;
    append_policy_body(doc, *part.policy, *part.tree, options, images, body);
  }
  if (has_errors(images.errors)) return Result<PagedDocument>::failure(images.errors);

  const std::string booklet_title = "دليل السياسات";
  const auto date = latest_approval(org, ids);
  BodyOptions cover_options;
  cover_options.numerals = org.numerals;
  const BodyContext ctx{ts, doc.style, doc.geometry, cover_options};
  std::vector<std::string> contents;
  for (std::size_t i = 0; i < parts.size(); ++i)
    contents.push_back(booklet_ordinal(static_cast<int>(i) + 1, org.numerals) + ": " + parts[i].policy->title);
  std::vector<Page> cover = {make_cover(ctx, org, booklet_title, contents,
                                        date ? format_number(date->year, org.numerals) + "م" : "",
                                        logo)};
  const std::vector<TocEntry> entries = collect_toc(body, 1);
  FlowResult flow = flow_with_contents(doc, cover_options, {}, entries, std::move(body), 1, false);
  if (ts.deadline.expired())
    return Result<PagedDocument>::failure(time_limit_problems(ts, org.source.string()));
  Diagnostics warnings = flow.warnings;
  if (!take_text_problems(ts, org, warnings)) return Result<PagedDocument>::failure(warnings);
  DocumentInfo info = make_info(org, booklet_title + " — " + org.name,
                                "السياسات المعتمدة من " + board_of(org) + " " + org.name, date);
  PagedDocument document = finish(doc, std::move(flow), std::move(cover), std::move(info));
  if (ts.deadline.expired())  // a page's letterhead or number may be missing
    return Result<PagedDocument>::failure(time_limit_problems(ts, org.source.string()));
  return Result<PagedDocument>::success(std::move(document), std::move(warnings));
}

}  // namespace siyasa
