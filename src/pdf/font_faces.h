// Stage "pdf", internal: the cairo font face for each FaceId of a document. A face file is opened
// once per process through FreeType (cairo-ft) and kept, so cairo keeps each glyph's outline and
// extents from one document to the next; callers hold cairo_lock() (cairo_lock.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <cairo.h>

#include "pdf/face_lookup.h"

namespace siyasa {

struct OpenFace;  // font_faces.cpp

class FontFaces {
 public:
  explicit FontFaces(FaceLookup lookup) : lookup_(std::move(lookup)) {}

  // The face for `id`, or nullptr with `error` saying why (file missing, not a font).
  cairo_font_face_t* face(FaceId id, std::string& error);

  // The glyph for a character through the face's Unicode cmap; 0 when it has none or the face
  // was never opened.
  std::uint32_t glyph_index(FaceId id, char32_t c);

  // Whether the glyph is a tatweel (kashida) the font adds by itself inside a letter's cluster:
  // its name says U+0640 ("uni0640", "uni0640.05", "tatweel", "kashida"). False when the font
  // has no glyph names or the face was never opened.
  bool is_tatweel(FaceId id, std::uint32_t glyph);

 private:
  FaceLookup lookup_;
  std::map<FaceId, OpenFace*> faces_;
};

}  // namespace siyasa
