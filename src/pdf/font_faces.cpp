#include "pdf/font_faces.h"

#include <mutex>

#include <cairo-ft.h>

namespace siyasa {

// One FreeType library per document. Every FT_Face holds a reference to it, so the library
// outlives faces that cairo keeps in its font cache after the document is done.
struct FontFaces::Library {
  FT_Library ft = nullptr;
  std::mutex mutex;  // FT_New_Face / FT_Done_Face on one library must not run concurrently
  ~Library() {
    if (ft) FT_Done_FreeType(ft);
  }
};

namespace {

struct FaceOwner {
  FT_Face face = nullptr;
  std::shared_ptr<FontFaces::Library> library;
};

const cairo_user_data_key_t face_owner_key{};

void destroy_face_owner(void* data) {
  auto* owner = static_cast<FaceOwner*>(data);
  {
    std::lock_guard lock(owner->library->mutex);
    FT_Done_Face(owner->face);
  }
  delete owner;
}

}  // namespace

FontFaces::FontFaces(FaceLookup lookup) : lookup_(std::move(lookup)), library_(std::make_shared<Library>()) {
  if (FT_Init_FreeType(&library_->ft) != 0) library_->ft = nullptr;
}

FontFaces::~FontFaces() {
  for (auto& [id, face] : faces_) cairo_font_face_destroy(face);
}

cairo_font_face_t* FontFaces::face(FaceId id, std::string& error) {
  if (auto found = faces_.find(id); found != faces_.end()) return found->second;
  if (!library_->ft) {
    error = "cannot start FreeType";
    return nullptr;
  }
  FaceFile file = lookup_(id);
  FT_Face ft_face = nullptr;
  {
    std::lock_guard lock(library_->mutex);
    if (FT_New_Face(library_->ft, file.file.c_str(), static_cast<FT_Long>(file.index), &ft_face) != 0) {
      error = "cannot open font " + file.file.string() + " (face " + std::to_string(file.index) + ")";
      return nullptr;
    }
  }
  auto* owner = new FaceOwner{ft_face, library_};
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft_face, FT_LOAD_NO_HINTING);
  if (cairo_font_face_set_user_data(face, &face_owner_key, owner, destroy_face_owner) !=
      CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    destroy_face_owner(owner);
    error = "cannot use font " + file.file.string() + " with cairo";
    return nullptr;
  }
  faces_.emplace(id, face);
  ft_faces_.emplace(id, ft_face);
  return face;
}

bool FontFaces::is_tatweel(FaceId id, std::uint32_t glyph) {
  auto known = tatweel_.find({id, glyph});
  if (known != tatweel_.end()) return known->second;
  bool tatweel = false;
  auto face = ft_faces_.find(id);
  char name[64] = {};
  if (face != ft_faces_.end() && FT_HAS_GLYPH_NAMES(face->second) &&
      FT_Get_Glyph_Name(face->second, glyph, name, sizeof name) == 0) {
    const std::string n = name;
    tatweel = n.rfind("uni0640", 0) == 0 || n.rfind("tatweel", 0) == 0 || n.rfind("kashida", 0) == 0;
  }
  tatweel_.emplace(std::make_pair(id, glyph), tatweel);
  return tatweel;
}

}  // namespace siyasa
