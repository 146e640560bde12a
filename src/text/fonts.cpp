// Stage "text": fonts.toml → FontSet (see fonts.h).
#include "text/fonts.h"

#include <dirent.h>
#include <sys/stat.h>

#include <atomic>
#include <map>
#include <optional>
#include <set>
#include <system_error>

#include "core/read_file.h"
#include "core/sha256.h"
#include "data/toml_file.h"
#include "text/font_set.h"

namespace siyasa {

namespace {

constexpr std::uintmax_t kMaxFontsFileBytes = 64 * 1024;
// A font file: Amiri is half a megabyte, a large CJK collection about 30 MB.
constexpr std::uintmax_t kMaxFontFileBytes = 64 * 1024 * 1024;

constexpr std::array<const char*, 6> kRoleNames = {"body",  "body_bold",  "heading",
                                                   "latin", "latin_bold", "mono"};

// Where a role's font came from in fonts.toml.
struct RoleEntry {
  std::string file;
  unsigned index = 0;
  SourcePos where;
};

using FontFiles = std::map<std::string, std::filesystem::path>;

// Adds the regular files (or links to them) under `folder` whose names are in `wanted`, the
// first one found for each name, visiting entries as std::filesystem's recursive iterator
// does: each folder's entries in readdir order, a subfolder when it is met, links to folders
// not followed. readdir rather than that iterator, which builds and parses a path for each
// of the system's hundreds of font files: 2.5% of a cold render to find three of them.
void find_in_folder(const std::string& folder, const std::set<std::string>& wanted, FontFiles& found) {
  DIR* dir = opendir(folder.c_str());
  if (dir == nullptr) return;
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    const std::string path = folder + "/" + name;
    struct stat info {};
    unsigned char type = entry->d_type;
    if (type == DT_UNKNOWN && lstat(path.c_str(), &info) == 0)
      type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISLNK(info.st_mode) ? DT_LNK : DT_REG;
    if (type == DT_DIR) {
      find_in_folder(path, wanted, found);
    } else if (wanted.count(name) && !found.count(name) && stat(path.c_str(), &info) == 0 &&
               S_ISREG(info.st_mode)) {
      found.emplace(name, path);
    }
  }
  closedir(dir);
}

// The font files of `names` in the system font folders, from one walk of them.
FontFiles find_system_fonts(const std::set<std::string>& names) {
  FontFiles found;
  if (names.empty()) return found;
  for (const char* root : {"/usr/share/fonts", "/usr/local/share/fonts"}) find_in_folder(root, names, found);
  return found;
}

std::optional<std::filesystem::path> find_font_file(const std::filesystem::path& fonts_dir,
                                                    const FontFiles& system, const std::string& name) {
  std::error_code ec;
  std::filesystem::path direct = fonts_dir / name;
  if (std::filesystem::is_regular_file(direct, ec)) return direct;
  if (auto found = system.find(name); found != system.end()) return found->second;
  return std::nullopt;
}

SourcePos position_of(const std::string& toml_file, const toml::node& node) {
  return toml_position(toml_file, node.source());
}

// Reads one role's value: "File.ttf" or { file = "File.ttc", index = 1 }.
std::optional<RoleEntry> read_role(const toml::table& table, const char* role,
                                   const std::string& toml_file, Diagnostics& errors) {
  const toml::node* node = table.get(role);
  if (node == nullptr) return std::nullopt;
  RoleEntry entry;
  entry.where = position_of(toml_file, *node);
  if (auto s = node->value<std::string>()) {
    entry.file = *s;
  } else if (const toml::table* t = node->as_table()) {
    entry.file = t->get("file") ? t->get("file")->value_or(std::string{}) : std::string{};
    entry.index = static_cast<unsigned>(t->get("index") ? t->get("index")->value_or(0) : 0);
  }
  if (entry.file.empty()) {
    errors.push_back(make_error(entry.where, std::string("font role '") + role +
                                                 "' must name a font file",
                                "write e.g. body = \"Amiri-Regular.ttf\""));
    return std::nullopt;
  }
  return entry;
}

// The file's bytes, the one read of it this run, and their SHA-256.
Result<std::shared_ptr<const FontBytes>> read_font_bytes(const std::filesystem::path& file) {
  using R = Result<std::shared_ptr<const FontBytes>>;
  Result<std::string> bytes = read_input_file(file, file.string(), "a font file", kMaxFontFileBytes);
  if (!bytes.ok()) return R::failure(std::move(bytes.diagnostics));
  auto data = std::make_shared<FontBytes>();
  data->sha256 = sha256_hex(*bytes);
  data->bytes = std::move(*bytes);
  return R::success(std::move(data));
}

// Face `index` of the bytes, or nullopt when HarfBuzz finds no glyphs there.
std::optional<LoadedFace> open_face(const std::filesystem::path& file, std::shared_ptr<const FontBytes> data,
                                    unsigned index) {
  // The blob borrows the bytes: the LoadedFace keeps them (FaceFile::data) until the face goes.
  hb_blob_t* blob = hb_blob_create(data->bytes.data(), static_cast<unsigned>(data->bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, index);
  hb_blob_destroy(blob);
  if (hb_face_get_glyph_count(face) == 0) {
    hb_face_destroy(face);
    return std::nullopt;
  }
  hb_face_make_immutable(face);
  LoadedFace loaded;
  loaded.file = {file, index, static_cast<double>(hb_face_get_upem(face)), std::move(data), {}};
  loaded.name = file.stem().string();
  loaded.face = face;
  loaded.font = hb_font_create(face);
  hb_font_extents_t extents{};
  if (hb_font_get_h_extents(loaded.font, &extents)) {
    loaded.metrics.ascent = extents.ascender / loaded.file.units_per_em;
    loaded.metrics.descent = -extents.descender / loaded.file.units_per_em;
  }
  hb_font_make_immutable(loaded.font);
  return loaded;
}

// Why a face's outlines cannot go into a PDF as siyasa embeds them, or "": a variable font (its
// glyphs drawn at the default instance would not be the style the file is chosen for, and PDF has
// no way to embed variations) or CFF2 outlines (which no PDF font type holds).
std::string unembeddable(hb_face_t* face) {
  const auto has = [face](const char* tag) {
    hb_blob_t* blob = hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    const bool there = hb_blob_get_length(blob) > 0;
    hb_blob_destroy(blob);
    return there;
  };
  if (has("CFF2")) return "has CFF2 outlines, which a PDF cannot embed";
  if (has("fvar")) return "is a variable font, which a PDF cannot embed";
  return {};
}

bool has_arabic(const LoadedFace& face) {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(face.font, U'ب', &glyph) &&
         hb_font_get_nominal_glyph(face.font, U'ا', &glyph);
}

// Each role falls back to another when fonts.toml leaves it out (-1: required).
constexpr std::array<int, 6> kFallbackRole = {-1, 0, 1, -1, 3, 3};

// The face of `path` at `index` in the set, opening it when it is not there yet (the file is
// read once however many faces of it the roles use); -1 when it cannot be read as a font.
int face_of_file(FontSet& fonts, const std::filesystem::path& path, const RoleEntry& entry, Diagnostics& errors) {
  std::shared_ptr<const FontBytes> data;
  for (std::size_t i = 0; i < fonts.faces.size(); ++i) {
    const FaceFile& known = fonts.faces[i].file;
    if (known.file != path) continue;
    if (known.index == entry.index) return static_cast<int>(i);
    data = known.data;
  }
  if (!data) {
    auto read = read_font_bytes(path);
    if (!read.ok()) {
      const std::string why = read.diagnostics.empty() ? "" : ": " + read.diagnostics.front().message;
      errors.push_back(make_error(entry.where, "cannot read font '" + path.string() + "'" + why));
      return -1;
    }
    data = *read;
  }
  std::optional<LoadedFace> loaded = open_face(path, std::move(data), entry.index);
  if (!loaded) {
    errors.push_back(make_error(entry.where, "cannot read font '" + path.string() + "'",
                                entry.index == 0 ? "is it a TrueType/OpenType file?"
                                                 : "is it a font collection with a face " +
                                                       std::to_string(entry.index) + "?"));
    return -1;
  }
  loaded->file.source = entry.where;
  fonts.faces.push_back(*loaded);  // the FontSet frees it, used or not
  if (std::string why = unembeddable(loaded->face); !why.empty()) {
    errors.push_back(make_error(entry.where, "font '" + entry.file + "' " + why,
                                "choose a static instance of the font: a file for one weight and style, "
                                "with TrueType (glyf) or CFF outlines"));
    return -1;
  }
  return static_cast<int>(fonts.faces.size() - 1);
}

// Finds and opens the role's font; returns its face index or -1.
int add_role_face(FontSet& fonts, const std::filesystem::path& fonts_dir, const FontFiles& system,
                  const RoleEntry& entry, std::size_t role, Diagnostics& errors) {
  std::optional<std::filesystem::path> path = find_font_file(fonts_dir, system, entry.file);
  if (!path) {
    errors.push_back(make_error(entry.where, "font file '" + entry.file + "' not found",
                                "put it in " + fonts_dir.string() +
                                    "/ or install its Debian package (see scripts/setup)"));
    return -1;
  }
  const int face = face_of_file(fonts, *path, entry, errors);
  if (face < 0) return -1;
  const bool arabic_role = role <= static_cast<std::size_t>(FontRole::heading);
  if (arabic_role && !has_arabic(fonts.faces[face])) {
    errors.push_back(make_error(entry.where,
                                "font '" + entry.file + "' for role '" + kRoleNames[role] +
                                    "' has no Arabic letters",
                                "choose an Arabic font such as Amiri-Regular.ttf"));
  }
  return face;
}

// The files fonts.toml names that fonts_dir lacks, to look for in the system font folders
// (read_role's errors are reported when the roles are read for real).
std::set<std::string> names_to_find(const toml::table& table, const std::filesystem::path& fonts_dir,
                                    const std::string& toml_file) {
  std::set<std::string> names;
  Diagnostics reported_later;
  std::error_code ec;
  for (const char* role : kRoleNames) {
    std::optional<RoleEntry> entry = read_role(table, role, toml_file, reported_later);
    if (entry && !std::filesystem::is_regular_file(fonts_dir / entry->file, ec)) names.insert(entry->file);
  }
  return names;
}

// Roles fonts.toml leaves out take another role's face; body and latin are required.
void resolve_fallbacks(std::array<int, 6>& role_face, const std::array<bool, 6>& named,
                       const std::string& toml_file, Diagnostics& errors) {
  for (std::size_t r = 0; r < kRoleNames.size(); ++r) {
    if (role_face[r] >= 0 || named[r]) continue;  // named but broken: already reported
    if (kFallbackRole[r] < 0) {
      errors.push_back(make_error({toml_file, 0, 0},
                                  std::string("fonts.toml names no font for role '") +
                                      kRoleNames[r] + "'",
                                  std::string("add e.g. ") + kRoleNames[r] + " = \"" +
                                      (r == 0 ? "Amiri-Regular.ttf" : "NotoSans-Regular.ttf") +
                                      "\""));
      continue;
    }
    role_face[r] = role_face[kFallbackRole[r]];
  }
}

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

}  // namespace

FontSet::FontSet() : serial(next_serial()) {}

FontSet::~FontSet() {
  for (LoadedFace& f : faces) {
    hb_font_destroy(f.font);
    hb_face_destroy(f.face);
  }
}

Result<std::shared_ptr<const FontSet>> load_fonts(const std::filesystem::path& fonts_dir) {
  using R = Result<std::shared_ptr<const FontSet>>;
  const std::string toml_file = (fonts_dir / "fonts.toml").string();
  auto parsed = read_toml_file(fonts_dir / "fonts.toml", toml_file, "a fonts file", kMaxFontsFileBytes);
  if (!parsed.ok()) return R::failure(std::move(parsed.diagnostics));
  const toml::table& table = *parsed;
  Diagnostics errors;
  auto fonts = std::make_shared<FontSet>();
  std::array<int, 6> role_face;
  role_face.fill(-1);
  std::array<bool, 6> named{};
  const FontFiles system = find_system_fonts(names_to_find(table, fonts_dir, toml_file));
  for (std::size_t r = 0; r < kRoleNames.size(); ++r) {
    std::optional<RoleEntry> entry = read_role(table, kRoleNames[r], toml_file, errors);
    if (!entry) continue;
    named[r] = true;
    role_face[r] = add_role_face(*fonts, fonts_dir, system, *entry, r, errors);
  }
  resolve_fallbacks(role_face, named, toml_file, errors);
  if (has_errors(errors)) return R::failure(std::move(errors));
  for (std::size_t r = 0; r < role_face.size(); ++r) fonts->roles[r] = role_face[r];
  return R::success(std::move(fonts));
}

std::uint64_t font_set_serial(const FontSet& fonts) { return fonts.serial; }

const FaceFile& face_file(const FontSet& fonts, FaceId face) { return fonts.faces.at(face).file; }

Result<FaceFile> read_face_file(const std::filesystem::path& file, unsigned index) {
  auto data = read_font_bytes(file);
  if (!data.ok()) return Result<FaceFile>::failure(std::move(data.diagnostics));
  std::optional<LoadedFace> face = open_face(file, *data, index);
  if (!face)
    return Result<FaceFile>::failure(make_error({file.string(), 0, 0}, "not a font HarfBuzz can read (face " +
                                                                          std::to_string(index) + ")"));
  FaceFile found = face->file;
  found.source = {file.string(), 0, 0};
  hb_font_destroy(face->font);
  hb_face_destroy(face->face);
  return Result<FaceFile>::success(std::move(found));
}

FaceId face_for_role(const FontSet& fonts, FontRole role) {
  return fonts.roles.at(static_cast<std::size_t>(role));
}

std::string face_name(const FontSet& fonts, FaceId face) { return fonts.faces.at(face).name; }

bool face_has_glyph(const FontSet& fonts, FaceId face, char32_t codepoint) {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(fonts.faces.at(face).font, codepoint, &glyph);
}

std::string glyph_name(const FontSet& fonts, FaceId face, std::uint32_t glyph) {
  char name[64] = {};
  if (hb_font_get_glyph_name(fonts.faces.at(face).font, glyph, name, sizeof name) && name[0])
    return name;
  return "gid" + std::to_string(glyph);
}

FaceMetrics face_metrics(const FontSet& fonts, FaceId face) {
  return fonts.faces.at(face).metrics;
}

GlyphInk glyph_ink(const FontSet& fonts, FaceId face, std::uint32_t glyph) {
  const LoadedFace& f = fonts.faces.at(face);
  hb_glyph_extents_t e{};
  if (!hb_font_get_glyph_extents(f.font, glyph, &e)) return {};
  const double em = f.file.units_per_em;
  return {e.x_bearing / em, (e.x_bearing + e.width) / em, e.y_bearing / em,
          (e.y_bearing + e.height) / em};
}

}  // namespace siyasa
