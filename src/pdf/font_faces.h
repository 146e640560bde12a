// Stage "pdf", internal: the cairo font face for each FaceId of a document, opened once from the
// face's file through FreeType (cairo-ft). Faces live as long as cairo needs them.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <cairo.h>

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

 struct Library;  // FreeType, shared with the faces cairo may keep after this object is gone

 private:
  FaceLookup lookup_;
  std::shared_ptr<Library> library_;
  std::map<FaceId, cairo_font_face_t*> faces_;
};

}  // namespace siyasa
