// Stage "layout": remembered paragraph layouts (see paragraph_cache.h).
#include "layout/paragraph_cache.h"

#include <cstdint>
#include <cstring>

namespace siyasa {

namespace {

constexpr std::size_t kMaxTextBytes = 64 * 1024;

template <typename T>
void append_raw(std::string& out, T value) {
  char bytes[sizeof value];
  std::memcpy(bytes, &value, sizeof value);
  out.append(bytes, sizeof value);
}

// A text with its length first, so that no two lists of texts give the same bytes.
void append_text(std::string& out, const std::string& text) {
  append_raw(out, static_cast<std::uint64_t>(text.size()));
  out += text;
}

std::size_t glyph_count(const ParagraphLayout& layout) {
  std::size_t n = 0;
  for (const Line& line : layout.lines)
    for (const GlyphRun& run : line.runs) n += run.glyphs.size();
  return n;
}

}  // namespace

std::optional<std::string> ParagraphCache::key(const FontSet& fonts, const ParagraphSpec& spec) {
  std::size_t bytes = 0;
  for (const StyledText& span : spec.spans) bytes += span.text.size() + span.style.link.size();
  if (bytes > kMaxTextBytes) return std::nullopt;
  std::string key;
  key.reserve(64 + bytes + 32 * spec.spans.size());
  append_raw(key, font_set_serial(fonts));
  append_raw(key, spec.width);
  append_raw(key, static_cast<std::int32_t>(spec.align));
  append_raw(key, spec.kashida);
  append_raw(key, static_cast<std::int32_t>(spec.direction));
  append_raw(key, spec.line_height);
  append_raw(key, spec.total_fit);
  append_raw(key, static_cast<std::uint64_t>(spec.spans.size()));
  for (const StyledText& span : spec.spans) {
    append_raw(key, static_cast<std::int32_t>(span.style.role));
    append_raw(key, span.style.size);
    append_raw(key, span.style.bold);
    append_text(key, span.style.link);
    append_text(key, span.text);
  }
  return key;
}

std::optional<ParagraphLayout> ParagraphCache::find(const std::string& key) const {
  std::shared_ptr<const ParagraphLayout> found;
  {
    std::lock_guard lock(mutex_);
    auto entry = entries_.find(key);
    if (entry == entries_.end()) return std::nullopt;
    found = entry->second;
  }
  return *found;
}

void ParagraphCache::store(std::string key, const ParagraphLayout& layout) {
  auto kept = std::make_shared<const ParagraphLayout>(layout);
  const std::size_t glyphs = glyph_count(layout);
  std::lock_guard lock(mutex_);
  if (glyphs_ + glyphs > kMaxGlyphs) {
    entries_.clear();
    glyphs_ = 0;
  }
  if (entries_.emplace(std::move(key), std::move(kept)).second) glyphs_ += glyphs;
}

void ParagraphCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  glyphs_ = 0;
}

}  // namespace siyasa
