// Stage "pdf", internal: the cairo font face for each FaceId of a document, opened once from the
// face's file through FreeType (cairo-ft). Faces live as long as cairo needs them.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <memory>
#include <string>

#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include "pdf/face_lookup.h"

namespace siyasa {

class FontFaces {
 public:
  explicit FontFaces(FaceLookup lookup);
  ~FontFaces();
  FontFaces(const FontFaces&) = delete;
  FontFaces& operator=(const FontFaces&) = delete;

  // The face for `id`, or nullptr with `error` saying why (file missing, not a font).
  cairo_font_face_t* face(FaceId id, std::string& error);

  // The glyph for a character through the face's Unicode cmap; 0 when it has none or the face
  // was never opened.
  std::uint32_t glyph_index(FaceId id, char32_t c);

  // Whether the glyph is a tatweel (kashida) the font adds by itself inside a letter's cluster:
  // its name says U+0640 ("uni0640", "uni0640.05", "tatweel", "kashida"). False when the font
  // has no glyph names or the face was never opened.
  bool is_tatweel(FaceId id, std::uint32_t glyph);

 struct Library;  // FreeType, shared with the faces cairo may keep after this object is gone

 private:
  FaceLookup lookup_;
  std::shared_ptr<Library> library_;
  std::map<FaceId, cairo_font_face_t*> faces_;
  struct Opened {
    FT_Face face;
    FT_CharMap unicode;  // the cmap FreeType chose; the face itself is left with none (.cpp)
  };
  std::map<FaceId, Opened> ft_faces_;
  std::map<std::pair<FaceId, std::uint32_t>, bool> tatweel_;
};

}  // namespace siyasa
