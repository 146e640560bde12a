// Stage "preview", internal: the cairo font face for each FaceId of a PNG preview. A face is
// made once per process through FreeType (cairo-ft) from the bytes the text stage read (never
// from the file again) and kept, so cairo keeps each glyph's outline from one preview to the
// next; callers hold cairo_lock() (cairo_lock.h).
#pragma once

#include <map>
#include <optional>
#include <string>

#include <cairo.h>

#include "core/diagnostic.h"
#include "text/face_lookup.h"

namespace siyasa {

struct OpenFace;  // font_faces.cpp

class FontFaces {
 public:
  explicit FontFaces(FaceLookup lookup) : lookup_(std::move(lookup)) {}

  // The face for `id`, or nullptr with `error` saying why (no font, not a font), at the
  // fonts.toml line that chose it.
  cairo_font_face_t* face(FaceId id, std::optional<Diagnostic>& error);

 private:
  FaceLookup lookup_;
  std::map<FaceId, OpenFace*> faces_;
};

}  // namespace siyasa
