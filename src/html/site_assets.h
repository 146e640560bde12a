// Stage "html": the files of site/assets/ — site.css from the templates, fonts.css, the PDF's
// font files subset for the web (HarfBuzz's subsetter, layout tables kept so Arabic still
// shapes), and the organisation's logo. Written atomically; problems come back as Diagnostics.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"
#include "html/site.h"

namespace siyasa {

// Where the logo lives inside the site ("assets/logo.png"), for pages to link to.
std::string site_logo_path(const OrgData& org);

// The logo as a data: URL, for a standalone page; empty when it cannot be read or is over 1 MB.
std::string logo_data_url(const OrgData& org);

// @font-face rules for a standalone page, which has no assets folder: installed fonts only.
std::string standalone_font_css();

// assets/fonts.css: one @font-face per web font.
std::string web_fonts_css(const std::vector<WebFont>& fonts);

// The font file as the site serves it: only the characters of Arabic, Latin, punctuation and
// any character of `used_text`, with every OpenType layout feature, as WOFF2; made from the bytes
// the text stage read. Errors point where fonts.toml chose the face.
Result<std::string> subset_web_font(const FaceFile& face, const std::string& used_text);

// A TrueType or OpenType font's bytes as WOFF2; errors name `file`, the font they came from.
Result<std::string> encode_woff2(const std::string& font, const std::filesystem::path& file);

// The files write_site_assets writes for these fonts and this organisation's logo, relative to
// the site folder.
std::vector<std::filesystem::path> site_asset_files(const OrgData& org, const std::vector<WebFont>& fonts);

// Writes assets/site.css, assets/fonts.css, assets/fonts/*, assets/logo.* into `site_dir`.
Diagnostics write_site_assets(const OrgData& org, const SiteTemplates& templates,
                              const std::vector<WebFont>& fonts, const std::string& used_text,
                              const std::filesystem::path& site_dir, bool subset_fonts);

}  // namespace siyasa
