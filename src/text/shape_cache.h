// Stage "text", internal: shaped items remembered by what HarfBuzz saw — face, direction,
// script, flags, the item's text and the up to five characters of context on each side that
// HarfBuzz reads (HB_BUFFER_CONTEXT_LENGTH). The same paragraph of a shared template, shaped for
// the hundredth organisation of a batch, then costs a lookup. Safe to use from several threads;
// bounded in size (it starts over when full).
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/shape.h"

namespace siyasa {

class ShapeCache {
 public:
  // The key for `input`, or nothing when the item is too long to be worth remembering.
  static std::optional<std::string> key(const ShapeInput& input);

  // The glyphs stored under `key`, their clusters moved to start at `start`; nothing on a miss.
  std::optional<std::vector<ShapedGlyph>> find(const std::string& key, std::size_t start) const;

  // Remembers `glyphs` (clusters relative to the context text, the item starting at `start`).
  void store(std::string key, const std::vector<ShapedGlyph>& glyphs, std::size_t start);

  void clear();

 private:
  static constexpr std::size_t kMaxGlyphs = 1 << 19;  // about 12 MB of glyphs
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const std::vector<ShapedGlyph>>> entries_;
  std::size_t glyphs_ = 0;
};

}  // namespace siyasa
