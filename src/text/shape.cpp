// Stage "text": HarfBuzz shaping of one item (see shape.h).
#include "text/shape.h"

#include <optional>
#include <string>

#include "text/font_set.h"

namespace siyasa {

namespace {

// One buffer per thread, reset between calls: shaping allocates nothing once warmed up.
struct ThreadBuffer {
  hb_buffer_t* buffer = hb_buffer_create();
  ~ThreadBuffer() { hb_buffer_destroy(buffer); }
};

hb_buffer_t* thread_buffer() {
  thread_local ThreadBuffer b;
  hb_buffer_reset(b.buffer);
  return b.buffer;
}

std::vector<ShapedGlyph> shape_uncached(const FontSet& fonts, const ShapeInput& input) {
  hb_buffer_t* buffer = thread_buffer();
  hb_buffer_add_utf8(buffer, input.context.data(), static_cast<int>(input.context.size()),
                     static_cast<unsigned>(input.start),
                     static_cast<int>(input.end - input.start));
  hb_buffer_set_direction(buffer, input.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_script_t script = hb_script_from_string(input.script.data(),
                                             static_cast<int>(input.script.size()));
  if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_UNKNOWN || script == HB_SCRIPT_INVALID)
    script = input.rtl ? HB_SCRIPT_ARABIC : HB_SCRIPT_LATIN;
  hb_buffer_set_script(buffer, script);
  hb_buffer_set_language(buffer, hb_language_from_string(script == HB_SCRIPT_ARABIC ? "ar" : "en", -1));
  hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
  unsigned flags = HB_BUFFER_FLAG_DEFAULT;
  if (input.start == 0) flags |= HB_BUFFER_FLAG_BOT;
  if (input.end == input.context.size()) flags |= HB_BUFFER_FLAG_EOT;
  if (input.tatweel_flags) flags |= HB_BUFFER_FLAG_PRODUCE_SAFE_TO_INSERT_TATWEEL;
  hb_buffer_set_flags(buffer, static_cast<hb_buffer_flags_t>(flags));

  hb_shape(fonts.faces.at(input.face).font, buffer, nullptr, 0);

  unsigned count = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  std::vector<ShapedGlyph> glyphs(count);
  for (unsigned i = 0; i < count; ++i) {
    hb_glyph_flags_t gf = hb_glyph_info_get_glyph_flags(&info[i]);
    glyphs[i] = {info[i].codepoint,
                 pos[i].x_advance,
                 pos[i].x_offset,
                 pos[i].y_offset,
                 info[i].cluster,
                 (gf & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0,
                 (gf & HB_GLYPH_FLAG_SAFE_TO_INSERT_TATWEEL) != 0};
  }
  return glyphs;
}

}  // namespace

std::vector<ShapedGlyph> shape_text(const FontSet& fonts, const ShapeInput& input) {
  std::optional<std::string> key = ShapeCache::key(input);
  if (!key) return shape_uncached(fonts, input);
  if (auto known = fonts.shape_cache.find(*key, input.start)) return std::move(*known);
  std::vector<ShapedGlyph> glyphs = shape_uncached(fonts, input);
  fonts.shape_cache.store(std::move(*key), glyphs, input.start);
  return glyphs;
}

void forget_shaped_text(const FontSet& fonts) { fonts.shape_cache.clear(); }

ShapedGlyph tatweel_glyph(const FontSet& fonts, FaceId face) {
  static constexpr std::string_view kTatweel = "\u0640";
  std::vector<ShapedGlyph> g =
      shape_text(fonts, {kTatweel, 0, kTatweel.size(), face, true, "Arab", false});
  if (g.size() != 1 || !face_has_glyph(fonts, face, 0x0640)) return {};
  return g[0];
}

}  // namespace siyasa
