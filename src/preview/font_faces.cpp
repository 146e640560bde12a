#include "preview/font_faces.h"

#include <utility>

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace siyasa {

struct OpenFace {
  cairo_font_face_t* cairo = nullptr;
  FT_Face ft = nullptr;
  std::shared_ptr<const FontBytes> data;  // FreeType reads the face from these bytes as it draws
};

namespace {

// Every face this process opened, by the font's content (SHA-256) and face index, from the bytes
// the text stage read (the file is not opened again). A run uses a handful of fonts; they stay
// until the process ends (cairo may hold them in its caches anyway).
struct FaceStore {
  FT_Library library = nullptr;
  bool library_failed = false;
  std::map<std::pair<std::string, unsigned>, OpenFace> faces;
};

FaceStore& face_store() {
  static FaceStore* store = new FaceStore;  // never destroyed: cairo's caches outlive main()
  return *store;
}

// A problem with the face, where fonts.toml chose it (or at the file, for a face given directly).
Diagnostic face_problem(const FaceFile& file, const std::string& message) {
  const SourcePos where = file.source.file.empty() ? SourcePos{file.file.string(), 0, 0} : file.source;
  return make_error(where, message);
}

// The face for cairo; nullptr with `error` set when it cannot be made.
OpenFace* open_face(const FaceFile& file, std::optional<Diagnostic>& error) {
  if (!file.data) {
    error = face_problem(file, "the preview has no font for this face");
    return nullptr;
  }
  FaceStore& store = face_store();
  auto key = std::make_pair(file.data->sha256, file.index);
  if (auto found = store.faces.find(key); found != store.faces.end()) return &found->second;
  if (!store.library && !store.library_failed)
    store.library_failed = FT_Init_FreeType(&store.library) != 0;
  if (store.library_failed) {
    error = make_error({}, "cannot start FreeType");
    return nullptr;
  }
  FT_Face ft = nullptr;
  const auto* bytes = reinterpret_cast<const FT_Byte*>(file.data->bytes.data());
  if (FT_New_Memory_Face(store.library, bytes, static_cast<FT_Long>(file.data->bytes.size()),
                         static_cast<FT_Long>(file.index), &ft) != 0) {
    error = face_problem(file, "FreeType cannot read face " + std::to_string(file.index) + " of " +
                                   file.file.string());
    return nullptr;
  }
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft, FT_LOAD_NO_HINTING);
  if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    FT_Done_Face(ft);
    error = face_problem(file, "cairo cannot draw with " + file.file.string());
    return nullptr;
  }
  return &store.faces.emplace(key, OpenFace{face, ft, file.data}).first->second;
}

}  // namespace

cairo_font_face_t* FontFaces::face(FaceId id, std::optional<Diagnostic>& error) {
  if (auto found = faces_.find(id); found != faces_.end()) return found->second->cairo;
  OpenFace* open = open_face(lookup_(id), error);
  if (!open) return nullptr;
  faces_.emplace(id, open);
  return open->cairo;
}

}  // namespace siyasa
