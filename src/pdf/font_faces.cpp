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
  // cairo 1.16 looks up each glyph it embeds in the face's cmap to name the glyph's character:
  // for every glyph without one (Arabic contextual forms, ligatures) it walks the whole cmap with
  // FT_Get_Next_Char, a quarter of all the time spent on a policy. Our glyphs' text comes from
  // cairo_show_text_glyphs' clusters, so the face is left without a selected cmap and the walk
  // ends at once; glyph_index() below uses the cmap explicitly. (cairo maps characters to
  // glyphs only in cairo_show_text and text_to_glyphs, which this stage does not call.)
  const FT_CharMap unicode = ft_face->charmap;
  ft_face->charmap = nullptr;
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
  ft_faces_.emplace(id, Opened{ft_face, unicode});
  return face;
}

std::uint32_t FontFaces::glyph_index(FaceId id, char32_t c) {
  auto opened = ft_faces_.find(id);
  if (opened == ft_faces_.end() || !opened->second.unicode) return 0;
  FT_Face face = opened->second.face;
  if (FT_Set_Charmap(face, opened->second.unicode) != 0) return 0;
  const FT_UInt glyph = FT_Get_Char_Index(face, c);
  face->charmap = nullptr;
  return glyph;
}

bool FontFaces::is_tatweel(FaceId id, std::uint32_t glyph) {
  auto known = tatweel_.find({id, glyph});
  if (known != tatweel_.end()) return known->second;
  bool tatweel = false;
  auto opened = ft_faces_.find(id);
  char name[64] = {};
  if (opened != ft_faces_.end() && FT_HAS_GLYPH_NAMES(opened->second.face) &&
      FT_Get_Glyph_Name(opened->second.face, glyph, name, sizeof name) == 0) {
    const std::string n = name;
    tatweel = n.rfind("uni0640", 0) == 0 || n.rfind("tatweel", 0) == 0 || n.rfind("kashida", 0) == 0;
  }
  tatweel_.emplace(std::make_pair(id, glyph), tatweel);
  return tatweel;
}

}  // namespace siyasa
