#include "pdf/font_faces.h"

#include <utility>

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace siyasa {

struct OpenFace {
  cairo_font_face_t* cairo = nullptr;
  FT_Face ft = nullptr;
  FT_CharMap unicode = nullptr;  // the cmap FreeType chose; the face itself is left with none
  std::map<std::uint32_t, bool> tatweel;
};

namespace {

// Every face this process opened, by file and face index. A run uses a handful of font files;
// they stay open until the process ends (cairo may hold them in its caches anyway).
struct FaceStore {
  FT_Library library = nullptr;
  bool library_failed = false;
  std::map<std::pair<std::string, unsigned>, OpenFace> faces;
};

FaceStore& face_store() {
  static FaceStore* store = new FaceStore;  // never destroyed: cairo's caches outlive main()
  return *store;
}

// Opens the file's face for cairo; nullptr with `error` set when it cannot.
OpenFace* open_face(const FaceFile& file, std::string& error) {
  FaceStore& store = face_store();
  auto key = std::make_pair(file.file.string(), file.index);
  if (auto found = store.faces.find(key); found != store.faces.end()) return &found->second;
  if (!store.library && !store.library_failed)
    store.library_failed = FT_Init_FreeType(&store.library) != 0;
  if (store.library_failed) {
    error = "cannot start FreeType";
    return nullptr;
  }
  FT_Face ft = nullptr;
  if (FT_New_Face(store.library, file.file.c_str(), static_cast<FT_Long>(file.index), &ft) != 0) {
    error = "cannot open font " + file.file.string() + " (face " + std::to_string(file.index) + ")";
    return nullptr;
  }
  // cairo 1.16 looks up each glyph it embeds in the face's cmap to name the glyph's character:
  // for every glyph without one (Arabic contextual forms, ligatures) it walks the whole cmap with
  // FT_Get_Next_Char, a quarter of all the time spent on a policy. Our glyphs' text comes from
  // cairo_show_text_glyphs' clusters, so the face is left without a selected cmap and the walk
  // ends at once; glyph_index() uses the cmap explicitly. (cairo maps characters to glyphs only
  // in cairo_show_text and text_to_glyphs, which this stage does not call.)
  const FT_CharMap unicode = ft->charmap;
  ft->charmap = nullptr;
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft, FT_LOAD_NO_HINTING);
  if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    FT_Done_Face(ft);
    error = "cannot use font " + file.file.string() + " with cairo";
    return nullptr;
  }
  return &store.faces.emplace(key, OpenFace{face, ft, unicode, {}}).first->second;
}

}  // namespace

cairo_font_face_t* FontFaces::face(FaceId id, std::string& error) {
  if (auto found = faces_.find(id); found != faces_.end()) return found->second->cairo;
  OpenFace* open = open_face(lookup_(id), error);
  if (!open) return nullptr;
  faces_.emplace(id, open);
  return open->cairo;
}

std::uint32_t FontFaces::glyph_index(FaceId id, char32_t c) {
  auto found = faces_.find(id);
  if (found == faces_.end() || !found->second->unicode) return 0;
  FT_Face ft = found->second->ft;
  if (FT_Set_Charmap(ft, found->second->unicode) != 0) return 0;
  const FT_UInt glyph = FT_Get_Char_Index(ft, c);
  ft->charmap = nullptr;
  return glyph;
}

bool FontFaces::is_tatweel(FaceId id, std::uint32_t glyph) {
  auto found = faces_.find(id);
  if (found == faces_.end()) return false;
  OpenFace& face = *found->second;
  if (auto known = face.tatweel.find(glyph); known != face.tatweel.end()) return known->second;
  bool tatweel = false;
  char name[64] = {};
  if (FT_HAS_GLYPH_NAMES(face.ft) && FT_Get_Glyph_Name(face.ft, glyph, name, sizeof name) == 0) {
    const std::string n = name;
    tatweel = n.rfind("uni0640", 0) == 0 || n.rfind("tatweel", 0) == 0 || n.rfind("kashida", 0) == 0;
  }
  face.tatweel.emplace(glyph, tatweel);
  return tatweel;
}

}  // namespace siyasa
