// Stage "html": site/assets/. HarfBuzz's subsetter stays inside this file (WOFF2: woff2_encode.cpp).
#include "html/site_assets.h"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

#include "core/atomic_write.h"

namespace siyasa {
namespace {

// Code point ranges every site font keeps, so that text typed into a browser form or added by
// a CMS still finds its glyphs: Basic Latin and Latin-1, general punctuation (with the bidi
// controls) and the Arabic block (with Arabic-Indic and Persian digits). Arabic Supplement
// (0750–077F: letters of African and other languages written in Arabic script, an eighth of a
// face) and the legacy presentation-form blocks (FB50–FEFF: nobody types them, and they double
// a font's size) are kept only for characters the pages use.
constexpr std::pair<hb_codepoint_t, hb_codepoint_t> kKeptRanges[] = {
    {0x0020, 0x007E}, {0x00A0, 0x00FF}, {0x0600, 0x06FF}, {0x2000, 0x206F},
};

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Every web font is served as WOFF2 (Brotli-compressed, about a third of the TrueType bytes),
// which every browser in use reads.
std::string font_file_name(const WebFont& font) {
  const std::string face = font.face.index == 0 ? "" : "-" + std::to_string(font.face.index);
  return lowercase(font.face.file.stem().string()) + face + ".woff2";
}

std::optional<std::string> read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every code point of a UTF-8 string (invalid bytes are skipped).
void add_code_points(const std::string& text, hb_set_t* set) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                     : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) {
      ++i;
      continue;
    }
    hb_codepoint_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) code = (code << 6) | (text[i + k] & 0x3F);
    hb_set_add(set, code);
    i += length;
  }
}

Diagnostic write_error(const std::filesystem::path& file, const std::string& message) {
  return make_error({file.string(), 0, 0}, message);
}

}  // namespace

std::string site_logo_path(const OrgData& org) {
  return "assets/logo" + lowercase(org.logo.extension().string());
}

std::string logo_data_url(const OrgData& org) {
  static const std::map<std::string, std::string> kTypes = {
      {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
      {".svg", "image/svg+xml"}, {".webp", "image/webp"}, {".gif", "image/gif"}};
  const auto type = kTypes.find(lowercase(org.logo.extension().string()));
  std::error_code ec;
  if (type == kTypes.end() || std::filesystem::file_size(org.logo, ec) > (1u << 20) || ec) return {};
  const std::optional<std::string> bytes = read_bytes(org.logo);
  if (!bytes) return {};
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string url = "data:" + type->second + ";base64,";
  const std::string& in = *bytes;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, in.size() - i);
    std::uint32_t chunk = 0;
    for (std::size_t k = 0; k < 3; ++k) {
      chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(in[i + k]) : 0);
    }
    for (std::size_t k = 0; k < 4; ++k) {
      url += k <= n ? kDigits[(chunk >> (18 - 6 * k)) & 0x3F] : '=';
    }
  }
  return url;
}

std::string standalone_font_css() {
  return "@font-face { font-family: \"SiyasaBody\"; src: local(\"Amiri\"), local(\"Amiri Regular\");"
         " font-weight: 400; }\n"
         "@font-face { font-family: \"SiyasaBody\"; src: local(\"Amiri Bold\"); font-weight: 700; }\n"
         "@font-face { font-family: \"SiyasaHeading\"; src: local(\"Amiri Bold\"),"
         " local(\"Noto Kufi Arabic Bold\"); font-weight: 700; }\n";
}

std::string web_fonts_css(const std::vector<WebFont>& fonts) {
  std::string css = "/* Written by siyasa: the fonts the PDFs use, subset for the web. */\n";
  for (const WebFont& font : fonts) {
    const std::string name = font_file_name(font);
    css += "@font-face {\n  font-family: \"" + font.family + "\";\n  src: url(\"fonts/" + name +
           "\") format(\"woff2\");\n  font-weight: " + std::to_string(font.weight) +
           ";\n  font-style: normal;\n  font-display: swap;\n}\n";
  }
  return css;
}

namespace {

bool in_kept_ranges(hb_codepoint_t code) {
  return std::any_of(std::begin(kKeptRanges), std::end(kKeptRanges),
                     [code](const auto& range) { return code >= range.first && code <= range.second; });
}

// A problem with a web font, where fonts.toml chose the face (or at its file).
Diagnostic font_problem(const FaceFile& face, const std::string& message) {
  return make_error(face.source.file.empty() ? SourcePos{face.file.string(), 0, 0} : face.source,
                    "web font " + face.file.filename().string() + ": " + message);
}

Result<std::string> subset_font_bytes(const FaceFile& file, const std::string& used_text) {
  using Blob = std::unique_ptr<hb_blob_t, decltype(&hb_blob_destroy)>;
  using Face = std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)>;
  using Input = std::unique_ptr<hb_subset_input_t, decltype(&hb_subset_input_destroy)>;
  const auto fail = [&](const std::string& message) { return Result<std::string>::failure(font_problem(file, message)); };

  // The blob borrows the text stage's bytes, which `file` keeps while the subset is made.
  Blob blob(hb_blob_create(file.data->bytes.data(), static_cast<unsigned>(file.data->bytes.size()),
                           HB_MEMORY_MODE_READONLY, nullptr, nullptr),
            &hb_blob_destroy);
  Face face(hb_face_create(blob.get(), file.index), &hb_face_destroy);
  if (hb_face_get_glyph_count(face.get()) == 0) return fail("not a font HarfBuzz can read");

  Input input(hb_subset_input_create_or_fail(), &hb_subset_input_destroy);
  if (!input) return fail("out of memory while subsetting the font");
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (const auto& [first, last] : kKeptRanges) hb_set_add_range(unicodes, first, last);
  add_code_points(used_text, unicodes);
  // The layout features kept are HarfBuzz's defaults: every feature a browser applies on its
  // own (joining forms, required and standard ligatures, mark and cursive positioning, kerning).
  // Stylistic sets and other optional features, which the site's CSS never turns on, go.
  // Browsers draw web fonts unhinted nearly everywhere; the instructions are a third of a face.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);

  Face subset(hb_subset_or_fail(face.get(), input.get()), &hb_face_destroy);
  if (!subset) return fail("HarfBuzz could not subset the font");
  Blob out(hb_face_reference_blob(subset.get()), &hb_blob_destroy);
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  return Result<std::string>::success(std::string(data, length));
}

}  // namespace

Result<std::string> subset_web_font(const FaceFile& face, const std::string& used_text) {
  if (!face.data) return Result<std::string>::failure(font_problem(face, "cannot read the font file"));
  // Subsetting Amiri takes about 50 ms, and nearly every organisation's text lies inside the
  // kept ranges: so the subset is remembered by the characters outside them, and a batch of
  // hundreds of sites subsets each font once or a few times.
  hb_set_t* used = hb_set_create();
  add_code_points(used_text, used);
  std::string key = face.data->sha256 + '\0' + std::to_string(face.index) + '\0';
  for (hb_codepoint_t code = HB_SET_VALUE_INVALID; hb_set_next(used, &code);)
    if (!in_kept_ranges(code)) key += std::to_string(code) + ',';
  hb_set_destroy(used);

  static std::mutex mutex;
  static std::map<std::string, std::string> subsets;
  {
    std::lock_guard lock(mutex);
    if (auto found = subsets.find(key); found != subsets.end())
      return Result<std::string>::success(found->second);
  }
  Result<std::string> subset = subset_font_bytes(face, used_text);
  if (subset.ok()) subset = encode_woff2(*subset, face.file);
  if (subset.ok()) {
    std::lock_guard lock(mutex);
    if (subsets.size() >= 32) subsets.clear();  // a bound, for runs over very varied text
    subsets.emplace(std::move(key), *subset);
  }
  return subset;
}

std::vector<std::filesystem::path> site_asset_files(const OrgData& org, const std::vector<WebFont>& fonts) {
  const std::filesystem::path assets = "assets";
  std::vector<std::filesystem::path> files{assets / "site.css", assets / "fonts.css"};
  std::set<std::string> names;
  for (const WebFont& font : fonts) {
    if (names.insert(font_file_name(font)).second) files.push_back(assets / "fonts" / font_file_name(font));
  }
  if (!org.logo.empty()) files.emplace_back(site_logo_path(org));
  return files;
}

Diagnostics write_site_assets(const OrgData& org, const SiteTemplates& templates,
                              const std::vector<WebFont>& fonts, const std::string& used_text,
                              const std::filesystem::path& site_dir, bool subset_fonts) {
  Diagnostics problems;
  const std::filesystem::path assets = site_dir / "assets";
  const auto write = [&](const std::filesystem::path& file, std::string_view bytes) {
    Diagnostics written = write_file_atomically(file, bytes);
    problems.insert(problems.end(), written.begin(), written.end());
  };
  write(assets / "site.css", templates.css);
  write(assets / "fonts.css", web_fonts_css(fonts));
  std::set<std::string> written;
  for (const WebFont& font : fonts) {
    if (!written.insert(font_file_name(font)).second) continue;  // one file serving two roles
    Result<std::string> bytes = subset_fonts ? subset_web_font(font.face, used_text)
                                : font.face.data ? encode_woff2(font.face.data->bytes, font.face.file)
                                                 : Result<std::string>::failure(font_problem(font.face, "cannot read the font file"));
    if (!bytes.ok()) {
      problems.insert(problems.end(), bytes.diagnostics.begin(), bytes.diagnostics.end());
      continue;
    }
    write(assets / "fonts" / font_file_name(font), *bytes);
  }
  if (!org.logo.empty()) {
    if (std::optional<std::string> logo = read_bytes(org.logo)) {
      write(site_dir / site_logo_path(org), *logo);
    } else {
      problems.push_back(write_error(org.logo, "cannot read the logo"));
    }
  }
  return problems;
}

}  // namespace siyasa
