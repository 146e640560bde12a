// Stage "html": write_site, the whole site of one organisation: load the page templates,
// render every page, then write the pages and assets (each file atomically).
#include <filesystem>
#include <system_error>

#include "core/atomic_write.h"
#include "core/read_file.h"
#include "html/site.h"
#include "html/site_assets.h"

namespace siyasa {
namespace {

// Where Debian's fonts-hosny-amiri and fonts-noto-core put the faces fonts/fonts.toml names.
constexpr const char* kAmiriFolder = "/usr/share/fonts/opentype/fonts-hosny-amiri/";

// What the data stage accepts for a document file ([documents] in orgs/README.md).
constexpr std::uintmax_t kMaxDocumentCopyBytes = 50 * 1024 * 1024;

// The organisation as the pages see it: a logo that cannot be read is left out (with a
// warning) rather than linked and missing.
OrgData with_readable_logo(const OrgData& org, Diagnostics& problems) {
  OrgData copy = org;
  std::error_code ec;
  if (!copy.logo.empty() && !std::filesystem::is_regular_file(copy.logo, ec)) {
    Diagnostic d = make_error({org.source.string(), 0, 0},
                              "cannot read the logo " + org.logo.string(),
                              "the site is written without a logo");
    d.severity = Severity::warning;
    problems.push_back(std::move(d));
    copy.logo.clear();
  }
  return copy;
}

// The document files of [documents], copied whole into site/documents/ (links stay links).
void copy_documents(const OrgData& org, const std::filesystem::path& site_dir, Diagnostics& problems) {
  for (const OrgDocument& doc : org.documents) {
    if (doc.file.empty()) continue;
    auto bytes = read_input_file(doc.file, doc.file.string(), "a document", kMaxDocumentCopyBytes);
    if (!bytes.ok()) {
      problems.insert(problems.end(), bytes.diagnostics.begin(), bytes.diagnostics.end());
      continue;
    }
    const std::filesystem::path target = site_dir / site_document_path(doc);
    Diagnostics written = write_file_atomically(target, *bytes);
    problems.insert(problems.end(), written.begin(), written.end());
  }
}

}  // namespace

std::string site_document_path(const OrgDocument& doc) { return "documents/" + doc.file.filename().string(); }

std::vector<WebFont> web_fonts_from(const FontSet& fonts) {
  const auto web_font = [&](FontRole role, const char* family, int weight) {
    return WebFont{face_file(fonts, face_for_role(fonts, role)), family, weight};
  };
  return {web_font(FontRole::body, "SiyasaBody", 400),
          web_font(FontRole::body_bold, "SiyasaBody", 700),
          web_font(FontRole::heading, "SiyasaHeading", 700)};
}

std::vector<WebFont> default_web_fonts() {
  const auto face = [](const char* name) {
    const std::filesystem::path file = std::filesystem::path(kAmiriFolder) / name;
    Result<FaceFile> read = read_face_file(file);
    return read.ok() ? *read : FaceFile{file, 0, 1000, nullptr, {file.string(), 0, 0}};
  };
  const FaceFile regular = face("Amiri-Regular.ttf"), bold = face("Amiri-Bold.ttf");
  return {{regular, "SiyasaBody", 400}, {bold, "SiyasaBody", 700}, {bold, "SiyasaHeading", 700}};
}

std::vector<std::filesystem::path> site_files(const OrgData& org, const std::vector<std::string>& policy_ids,
                                              const SiteOptions& options) {
  std::vector<std::filesystem::path> files{"index.html", kGovernancePage, "verify.html", "manifest.json"};
  for (const OrgDocument& doc : org.documents)
    if (!doc.file.empty()) files.emplace_back(site_document_path(doc));
  for (const std::string& id : policy_ids) files.emplace_back(id + ".html");
  const std::vector<WebFont> fonts = options.fonts.empty() ? default_web_fonts() : options.fonts;
  for (auto& asset : site_asset_files(org, fonts)) files.push_back(std::move(asset));
  return files;
}

Diagnostics write_site(const OrgData& org_in, const std::vector<MergedPolicy>& policies,
                       const std::vector<FormRef>& forms, const std::filesystem::path& site_dir,
                       const SiteOptions& options) {
  Diagnostics problems;
  Result<SiteTemplates> templates = load_site_templates(options.templates_dir);
  if (!templates.ok()) return std::move(templates.diagnostics);
  const OrgData org = with_readable_logo(org_in, problems);

  // Render everything first: nothing is written when a page cannot be made.
  std::vector<std::pair<std::filesystem::path, std::string>> pages;
  for (const MergedPolicy& policy : policies) {
    Result<std::string> page = render_policy_page(*templates, org, policy, options);
    problems.insert(problems.end(), page.diagnostics.begin(), page.diagnostics.end());
    if (page.ok()) pages.emplace_back(site_dir / (policy.id + ".html"), std::move(*page));
  }
  pages.emplace_back(site_dir / "index.html",
                     render_site_index(*templates, org, policies, forms, options));
  pages.emplace_back(site_dir / kGovernancePage,
                     render_governance_page(*templates, org, policies, forms, options));
  const Manifest manifest = site_manifest(org, policies, options);
  pages.emplace_back(site_dir / "verify.html", render_verify_page(*templates, org, manifest, options));
  pages.emplace_back(site_dir / "manifest.json", manifest_json(manifest));
  if (has_errors(problems)) return problems;

  std::string used_text;
  for (const auto& [file, html] : pages) used_text += html;
  const std::vector<WebFont> fonts = options.fonts.empty() ? default_web_fonts() : options.fonts;
  Diagnostics asset_problems =
      write_site_assets(org, *templates, fonts, used_text, site_dir, options.subset_fonts);
  problems.insert(problems.end(), asset_problems.begin(), asset_problems.end());

  for (const auto& [file, html] : pages) {
    Diagnostics written = write_file_atomically(file, html);
    problems.insert(problems.end(), written.begin(), written.end());
  }
  copy_documents(org, site_dir, problems);
  return problems;
}

}  // namespace siyasa
