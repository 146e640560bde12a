#include "preview/font_faces.h"

#include <utility>

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace siyasa {

struct OpenFace {
  cairo_font_face_t* cairo = nullptr;
  FT_Face ft = nullptr;
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
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft, FT_LOAD_NO_HINTING);
  if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    FT_Done_Face(ft);
    error = "cannot use font " + file.file.string() + " with cairo";
    return nullptr;
  }
  return &store.faces.emplace(key, OpenFace{face, ft}).first->second;
}

}  // namespace

cairo_font_face_t* FontFaces::face(FaceId id, std::string& error) {
  if (auto found = faces_.find(id); found != faces_.end()) return found->second->cairo;
  OpenFace* open = open_face(lookup_(id), error);
  if (!open) return nullptr;
  faces_.emplace(id, open);
  return open->cairo;
}

}  // namespace siyasa
