// Stage "text": how a writer (the PDF writer, the PNG preview) finds a face: its FaceFile, with
// the bytes load_fonts read. The public writers ask the document's FontSet (fonts_of); tests of
// non-text features may answer directly (read_face_file, or an empty FaceFile for no font).
#pragma once

#include <functional>
#include <memory>

#include "text/fonts.h"

namespace siyasa {

using FaceLookup = std::function<FaceFile(FaceId)>;

// Each face answered from `fonts`; with no font set, every face is missing (empty FaceFile).
inline FaceLookup fonts_of(std::shared_ptr<const FontSet> fonts) {
  return [fonts = std::move(fonts)](FaceId id) { return fonts ? face_file(*fonts, id) : FaceFile{}; };
}

}  // namespace siyasa
