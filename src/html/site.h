// Stage "html": an organisation (OrgData) and its merged policies (MergedPolicy) in, the pages of
// its policy site out: output/<slug>/site/index.html, <policy-id>.html and assets/ (CSS, the
// PDF's fonts subset for the web, the logo). Pages are the Mustache templates of templates/site/
// filled with escaped values; a policy body is our own walk over its DocTree. Never prints.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "html/manifest.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa {

// A form the site links to: its browser version at site/forms/<id>.html (written by the forms
// stage) and its printable PDF, which the site holds at forms/<id>.pdf.
struct FormRef {
  std::string id;
  std::string title;
};

// A face the pages use (the same one the PDF embeds, from the bytes the text stage read), the CSS
// family it belongs to ("SiyasaBody" for running text, "SiyasaHeading" for headings) and the
// weight it serves.
struct WebFont {
  FaceFile face;
  std::string family = "SiyasaBody";
  int weight = 400;
};

// A PDF beside the site that readers may check (manifest.json, verify.html): one approved version
// of one policy, its path from the organisation's folder ("policies/<id>.pdf" for the current
// version, "archive/<id>/v<N>.pdf" for an earlier one), the SHA-256 of its bytes and of copies
// of the same version built before it (a rebuild after a template change), which still verify.
struct PublishedFile {
  std::string policy_id;
  int version = 0;
  std::string file;
  std::string sha256;
  std::vector<std::string> earlier_sha256;  // copies of this version built before this file (archive.h)
};

struct SiteOptions {
  std::filesystem::path templates_dir = "templates/site";
  std::vector<WebFont> fonts;  // web_fonts_from(the build's FontSet); empty: default_web_fonts()
  // Public address of the site folder, for canonical and Open Graph tags. Empty: the
  // organisation's website + "/policies/"; no such tags when neither is known.
  std::string base_url;
  // Link each policy's PDF, each form's PDF and the booklet. The site folder holds a copy of
  // each one it links (site_pdf_path), so uploading that one folder publishes everything.
  bool link_pdfs = true;
  // When set, only these PDFs are linked, named by their path inside the site folder
  // (site_pdf_path): the ones the site holds. Unset: every one.
  std::optional<std::set<std::string>> available_pdfs;
  bool subset_fonts = true;  // keep only Arabic, Latin and punctuation (and every character used)
  // The PDFs manifest.json and verify.html list (the build hashes the files beside the site).
  std::vector<PublishedFile> published;
};

// Where the site folder holds its copy of a PDF, relative to the site folder: a policy's beside
// its page (<id>.pdf), the booklet at booklet.pdf, a form's beside its page (forms/<id>.pdf).
enum class SitePdf { policy, booklet, form };
std::string site_pdf_path(SitePdf kind, const std::string& id = {});
// The site's copy of a superseded approved version: archive/<id>/v<N>.pdf, as in the output
// folder's archive.
std::string archived_pdf_path(const std::string& policy_id, int version);

// The faces the PDF uses for body (400), body_bold (700) and headings (SiyasaHeading, 700).
std::vector<WebFont> web_fonts_from(const FontSet& fonts);
// Debian's Amiri, regular and bold, bold for headings too: what fonts/fonts.toml gives the PDFs
// by default, for callers without a FontSet (`siyasa build` passes web_fonts_from). Each call
// reads the two files; a face whose file cannot be read has no bytes, and writing it fails.
std::vector<WebFont> default_web_fonts();

// The page templates of templates/site/ (head, header, footer, index, policy, policy_body,
// approval_block, fragment .mustache) and site.css, each checked to parse.
struct SiteTemplates {
  std::filesystem::path dir;
  std::map<std::string, std::string> mustache;  // name without extension → template text
  std::string css;
};
Result<SiteTemplates> load_site_templates(const std::filesystem::path& dir);

enum class PageMode {
  site,        // a page of output/<slug>/site/: assets/ beside it, links to the PDFs
  standalone,  // one self-contained file (`siyasa render --format html`): CSS inline, no links out
  fragment,    // the policy body and approval block only, for pasting into a CMS page
};

// One policy page. Warnings from reading the policy's Markdown come with the page.
Result<std::string> render_policy_page(const SiteTemplates& templates, const OrgData& org,
                                       const MergedPolicy& policy, const SiteOptions& options,
                                       PageMode mode = PageMode::site);

// index.html: the organisation, its policies in booklet order with approval dates and links,
// its forms and the booklet.
std::string render_site_index(const SiteTemplates& templates, const OrgData& org,
                              const std::vector<MergedPolicy>& policies,
                              const std::vector<FormRef>& forms, const SiteOptions& options);

// governance.html (الحوكمة): the adopted policies with their approval dates, the forms, and the
// documents the organisation file lists under [documents] (files copied to documents/, or links).
inline constexpr const char* kGovernancePage = "governance.html";
std::string render_governance_page(const SiteTemplates& templates, const OrgData& org,
                                   const std::vector<MergedPolicy>& policies,
                                   const std::vector<FormRef>& forms, const SiteOptions& options);

// Where the site keeps a document file: "documents/<file name>".
std::string site_document_path(const OrgDocument& doc);

// verify.html: a reader chooses a PDF; the page hashes it in the browser and says whether it is
// one of `manifest`'s documents (manifest.json, embedded in the page so it works offline too).
std::string render_verify_page(const SiteTemplates& templates, const OrgData& org, const Manifest& manifest,
                               const SiteOptions& options);

// The manifest of the site: every PublishedFile of `options`, with its policy's title and the
// approval its version records in the organisation's register.
Manifest site_manifest(const OrgData& org, const std::vector<MergedPolicy>& policies, const SiteOptions& options);

// Writes the whole site of one organisation into `site_dir` (output/<slug>/site): every page
// and asset, each file atomically. Returns every problem (errors and warnings).
Diagnostics write_site(const OrgData& org, const std::vector<MergedPolicy>& policies,
                       const std::vector<FormRef>& forms, const std::filesystem::path& site_dir,
                       const SiteOptions& options = {});

// Every file write_site writes for this organisation, relative to the site folder: index.html,
// governance.html, one page per policy id, verify.html and manifest.json, the assets and the
// copied documents (what `siyasa build` records as its own).
std::vector<std::filesystem::path> site_files(const OrgData& org, const std::vector<std::string>& policy_ids,
                                              const SiteOptions& options = {});

}  // namespace siyasa
