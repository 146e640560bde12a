// Stage "text", internal: what a FontSet holds. Only src/text/ includes this header, so
// HarfBuzz types stay inside the stage. Every object here is created by load_fonts and never
// changed afterwards (hb_font_make_immutable), so several threads may shape with it at once.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <hb.h>

#include "text/fonts.h"
#include "text/shape_cache.h"

namespace siyasa {

struct LoadedFace {
  FaceFile file;
  std::string name;        // file stem, for traces
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scale = units per em, so positions come out in font units
  FaceMetrics metrics;
};

class FontSet {
 public:
  FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;
  ~FontSet();

  std::vector<LoadedFace> faces;
  std::array<FaceId, 6> roles{};  // indexed by FontRole
  mutable ShapeCache shape_cache;  // the one thing that changes; it locks itself
  const std::uint64_t serial;      // unique in the process (font_set_serial in fonts.h)
};

}  // namespace siyasa
