// subset_font (hb-subset): a real face (Amiri) cut down to some glyphs keeps each glyph's outline
// and advance under its new ID, pulls in the components of composite glyphs, drops hinting and
// shaping tables, and keeps the name table with the font's copyright and licence.
#include <gtest/gtest.h>

#include <hb.h>
#include <hb-ot.h>

#include <string>
#include <utility>

#include "layout/paragraph.h"
#include "pdf/font_subset.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

struct Face {
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  explicit Face(hb_blob_t* blob) : face(hb_face_create(blob, 0)), font(hb_font_create(face)) {
    hb_blob_destroy(blob);
  }
  Face(Face&& other) noexcept
      : face(std::exchange(other.face, nullptr)), font(std::exchange(other.font, nullptr)) {}
  ~Face() {
    hb_font_destroy(font);
    hb_face_destroy(face);
  }
  bool has_table(const char* tag) const {
    hb_blob_t* blob = hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    const bool there = hb_blob_get_length(blob) > 0;
    hb_blob_destroy(blob);
    return there;
  }
  std::string name(hb_ot_name_id_t id) const {
    char text[512] = {};
    unsigned size = sizeof text;
    hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, text);
    return text;
  }
};

// The glyph's outline as text ("M 10 20;L ..."), drawn by HarfBuzz from its contours (a composite
// glyph's from its components).
void add(void* out, const std::string& op, std::initializer_list<float> xy) {
  auto& s = *static_cast<std::string*>(out);
  s += op;
  for (float v : xy) s += " " + std::to_string(static_cast<int>(v));
  s += ";";
}

std::string outline(hb_font_t* font, hb_codepoint_t glyph) {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float x, float y, void*) {
      add(out, "M", {x, y});
    }, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float x, float y, void*) {
      add(out, "L", {x, y});
    }, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float cx,
                                              float cy, float x, float y, void*) {
      add(out, "Q", {cx, cy, x, y});
    }, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  std::string out;
  hb_font_get_glyph_shape(font, glyph, funcs, &out);  // hb_font_draw_glyph from HarfBuzz 7
  return out;
}

// The body face of the checkout's fonts.toml (Amiri), as fonts.toml finds it.
Face amiri() {
  static auto fonts = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
  EXPECT_TRUE(fonts.ok());
  ParagraphSpec spec;
  spec.spans = {StyledText{"ب", {FontRole::body, 14, false, ""}}};
  spec.width = 100;
  const FaceId body = layout_paragraph(**fonts, spec).lines.at(0).runs.at(0).face;
  return Face(hb_blob_create_from_file(face_file(**fonts, body).file.c_str()));
}

TEST(SubsetFont, TrueTypeGlyphsKeepTheirOutlinesAndAdvancesUnderNewIds) {
  Face face = amiri();
  ASSERT_GT(hb_face_get_glyph_count(face.face), 1000u);
  std::vector<std::uint32_t> wanted;
  for (std::uint32_t g = 3; g < 1500; g += 7) wanted.push_back(g);
  const FontSubset subset = subset_font(face.face, false, wanted);
  ASSERT_FALSE(subset.font.empty());
  ASSERT_FALSE(subset.old_ids.empty());
  EXPECT_EQ(subset.old_ids.front(), 0u);  // .notdef stays first
  EXPECT_GT(subset.old_ids.size(), wanted.size());  // components of composites came along
  EXPECT_LT(subset.old_ids.size(), 1500u);

  Face small(hb_blob_create(subset.font.data(), static_cast<unsigned>(subset.font.size()),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  ASSERT_EQ(hb_face_get_glyph_count(small.face), subset.old_ids.size());
  int with_ink = 0;
  for (std::uint32_t now = 0; now < subset.old_ids.size(); ++now) {
    const std::uint32_t old = subset.old_ids[now];
    hb_glyph_extents_t a{}, b{};
    hb_font_get_glyph_extents(face.font, old, &a);
    hb_font_get_glyph_extents(small.font, now, &b);
    EXPECT_EQ(a.x_bearing, b.x_bearing) << old;
    EXPECT_EQ(a.width, b.width) << old;
    EXPECT_EQ(a.height, b.height) << old;
    EXPECT_EQ(hb_font_get_glyph_h_advance(face.font, old), hb_font_get_glyph_h_advance(small.font, now));
    EXPECT_EQ(outline(face.font, old), outline(small.font, now)) << old;
    with_ink += !outline(face.font, old).empty();
  }
  EXPECT_GT(with_ink, 100);
}

TEST(SubsetFont, KeepsTheCopyrightAndLicenceAndDropsHintingAndShaping) {
  Face face = amiri();
  const FontSubset subset = subset_font(face.face, false, {5, 6, 7});
  Face small(hb_blob_create(subset.font.data(), static_cast<unsigned>(subset.font.size()),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  ASSERT_TRUE(small.has_table("name"));
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_COPYRIGHT, HB_OT_NAME_ID_FONT_FAMILY, HB_OT_NAME_ID_LICENSE,
                             HB_OT_NAME_ID_LICENSE_URL}) {
    EXPECT_FALSE(face.name(id).empty()) << "Amiri names " << id;
    EXPECT_EQ(small.name(id), face.name(id)) << "name ID " << id;
  }
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "fpgm", "prep", "cvt "}) EXPECT_FALSE(small.has_table(tag)) << tag;
  for (const char* tag : {"glyf", "loca", "head", "hhea", "hmtx", "maxp", "post"}) EXPECT_TRUE(small.has_table(tag)) << tag;
}

TEST(SubsetFont, NoGlyphsStillGivesAFontWithNotdef) {
  Face face = amiri();
  const FontSubset subset = subset_font(face.face, false, {});
  ASSERT_FALSE(subset.font.empty());
  EXPECT_EQ(subset.old_ids, std::vector<std::uint32_t>{0});
}

}  // namespace
}  // namespace siyasa
