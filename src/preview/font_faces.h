// Stage "preview", internal: the cairo font face for each FaceId of a PNG preview. A face file is
// opened once per process through FreeType (cairo-ft) and kept, so cairo keeps each glyph's
// outline from one preview to the next; callers hold cairo_lock() (cairo_lock.h).
#pragma once

#include <map>
#include <string>

#include <cairo.h>

#include "text/face_lookup.h"

namespace siyasa {

struct OpenFace;  // font_faces.cpp

class FontFaces {
 public:
  explicit FontFaces(FaceLookup lookup) : lookup_(std::move(lookup)) {}

  // The face for `id`, or nullptr with `error` saying why (file missing, not a font).
  cairo_font_face_t* face(FaceId id, std::string& error);

 private:
  FaceLookup lookup_;
  std::map<FaceId, OpenFace*> faces_;
};

}  // namespace siyasa
