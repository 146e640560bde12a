// Stage "layout", internal: whole paragraph layouts remembered by what they were made from — the
// font set and every field of the ParagraphSpec. A batch lays out the same template paragraph,
// form label or contents line again and again (the five samples' build: 765 distinct paragraphs
// among 5,312); a remembered one then costs a lookup and a copy. Safe to use from several
// threads; bounded in size (it starts over when full).
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "layout/paragraph.h"

namespace siyasa {

class ParagraphCache {
 public:
  // The key for `spec` laid out with `fonts`, or nothing when the paragraph is too long to be
  // worth remembering.
  static std::optional<std::string> key(const FontSet& fonts, const ParagraphSpec& spec);

  // A copy of the layout stored under `key`; nothing on a miss.
  std::optional<ParagraphLayout> find(const std::string& key) const;

  // Remembers a complete layout (never one cut short by its deadline).
  void store(std::string key, const ParagraphLayout& layout);

  void clear();

 private:
  static constexpr std::size_t kMaxGlyphs = 1 << 18;  // about 10 MB of laid-out glyphs
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const ParagraphLayout>> entries_;
  std::size_t glyphs_ = 0;
};

}  // namespace siyasa
