#include "text/shape_cache.h"

#include <cstring>

namespace siyasa {

namespace {

constexpr int kContextLength = 5;      // HB_BUFFER_CONTEXT_LENGTH, in characters
constexpr std::size_t kMaxItemBytes = 16 * 1024;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset `count` characters before `at` (not before 0).
std::size_t back(std::string_view text, std::size_t at, int count) {
  while (count-- > 0 && at > 0) {
    --at;
    while (at > 0 && continuation(text[at])) --at;
  }
  return at;
}

// Byte offset `count` characters after `at` (not past the end).
std::size_t forward(std::string_view text, std::size_t at, int count) {
  while (count-- > 0 && at < text.size()) {
    ++at;
    while (at < text.size() && continuation(text[at])) ++at;
  }
  return at;
}

template <typename T>
void append_raw(std::string& out, T value) {
  char bytes[sizeof value];
  std::memcpy(bytes, &value, sizeof value);
  out.append(bytes, sizeof value);
}

}  // namespace

std::optional<std::string> ShapeCache::key(const ShapeInput& input) {
  if (input.end < input.start || input.end > input.context.size() ||
      input.end - input.start > kMaxItemBytes)
    return std::nullopt;
  const std::string_view text = input.context;
  const std::size_t pre = back(text, input.start, kContextLength);
  const std::size_t post = forward(text, input.end, kContextLength);
  std::string key;
  key.reserve(16 + input.script.size() + (post - pre));
  append_raw(key, static_cast<std::int32_t>(input.face));
  key += input.rtl ? 'R' : 'L';
  key += input.tatweel_flags ? 'T' : '-';
  append_raw(key, static_cast<std::uint32_t>(input.script.size()));
  key += input.script;
  // The lengths keep "ab|c" and "a|bc" apart; the start and end of the text (HarfBuzz's BOT and
  // EOT flags) follow from an empty context.
  append_raw(key, static_cast<std::uint32_t>(input.start - pre));
  append_raw(key, static_cast<std::uint32_t>(input.end - input.start));
  key.append(text.substr(pre, post - pre));
  return key;
}

std::optional<std::vector<ShapedGlyph>> ShapeCache::find(const std::string& key,
                                                         std::size_t start) const {
  std::shared_ptr<const std::vector<ShapedGlyph>> found;
  {
    std::lock_guard lock(mutex_);
    auto entry = entries_.find(key);
    if (entry == entries_.end()) return std::nullopt;
    found = entry->second;
  }
  std::vector<ShapedGlyph> glyphs = *found;
  for (ShapedGlyph& g : glyphs) g.cluster += static_cast<std::uint32_t>(start);
  return glyphs;
}

void ShapeCache::store(std::string key, const std::vector<ShapedGlyph>& glyphs, std::size_t start) {
  auto relative = std::make_shared<std::vector<ShapedGlyph>>(glyphs);
  for (ShapedGlyph& g : *relative) g.cluster -= static_cast<std::uint32_t>(start);
  std::lock_guard lock(mutex_);
  if (glyphs_ + relative->size() > kMaxGlyphs) {
    entries_.clear();
    glyphs_ = 0;
  }
  if (entries_.emplace(std::move(key), relative).second) glyphs_ += relative->size();
}

void ShapeCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  glyphs_ = 0;
}

}  // namespace siyasa
