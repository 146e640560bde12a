// subset_truetype: the subset of a real face (Amiri) keeps each glyph's outline and advance
// under its new ID, pulls in the components of composite glyphs, and refuses broken tables.
#include <gtest/gtest.h>

#include <hb.h>

#include <utility>

#include "layout/paragraph.h"
#include "pdf/truetype_subset.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

struct Face {
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  std::vector<hb_blob_t*> tables;
  explicit Face(hb_blob_t* b) : blob(b), face(hb_face_create(b, 0)), font(hb_font_create(face)) {}
  Face(Face&& other) noexcept
      : blob(std::exchange(other.blob, nullptr)), face(std::exchange(other.face, nullptr)),
        font(std::exchange(other.font, nullptr)), tables(std::move(other.tables)) {}
  ~Face() {
    for (hb_blob_t* t : tables) hb_blob_destroy(t);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  std::string_view table(const char* tag) {
    tables.push_back(hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3])));
    unsigned length = 0;
    const char* data = hb_blob_get_data(tables.back(), &length);
    return {data ? data : "", length};
  }
  TrueTypeTables all() {
    return {table("head"), table("hhea"), table("maxp"), table("hmtx"),
            table("loca"), table("glyf"), table("OS/2"), table("post")};
  }
};

// The body face of the checkout's fonts.toml (Amiri), as fonts.toml finds it.
// The glyph's outline as text ("M 10 20 L ..."), drawn by HarfBuzz from the glyph's contours
// (a composite glyph's from its components).
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

Face amiri() {
  static auto fonts = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
  EXPECT_TRUE(fonts.ok());
  ParagraphSpec spec;
  spec.spans = {StyledText{"ب", {FontRole::body, 14, false, ""}}};
  spec.width = 100;
  const FaceId body = layout_paragraph(**fonts, spec).lines.at(0).runs.at(0).face;
  return Face(hb_blob_create_from_file(face_file(**fonts, body).file.c_str()));
}

TEST(SubsetTrueType, GlyphsKeepTheirOutlinesAndAdvancesUnderNewIds) {
  Face face = amiri();
  ASSERT_GT(hb_face_get_glyph_count(face.face), 1000u);
  std::vector<std::uint32_t> wanted;
  for (std::uint32_t g = 3; g < 1500; g += 7) wanted.push_back(g);
  const auto subset = subset_truetype(face.all(), wanted);
  ASSERT_TRUE(subset);
  EXPECT_EQ(subset->old_ids.front(), 0u);  // .notdef stays first
  EXPECT_GT(subset->old_ids.size(), wanted.size());  // components of composites came along
  EXPECT_LT(subset->old_ids.size(), 1500u);

  Face small(hb_blob_create(subset->font.data(), static_cast<unsigned>(subset->font.size()),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  ASSERT_EQ(hb_face_get_glyph_count(small.face), subset->old_ids.size());
  int with_ink = 0;
  for (std::uint32_t now = 0; now < subset->old_ids.size(); ++now) {
    const std::uint32_t old = subset->old_ids[now];
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

  // The whole file sums to the magic number head.checkSumAdjustment is there to reach.
  std::uint32_t sum = 0;
  const std::string& f = subset->font;
  ASSERT_EQ(f.size() % 4, 0u);
  for (std::size_t i = 0; i < f.size(); i += 4)
    sum += (std::uint32_t(std::uint8_t(f[i])) << 24) | (std::uint32_t(std::uint8_t(f[i + 1])) << 16) |
           (std::uint32_t(std::uint8_t(f[i + 2])) << 8) | std::uint8_t(f[i + 3]);
  EXPECT_EQ(sum, 0xB1B0AFBAu);
}

TEST(SubsetTrueType, BrokenTablesAreRefused) {
  Face face = amiri();
  TrueTypeTables tables = face.all();
  tables.loca = tables.loca.substr(0, 10);
  EXPECT_FALSE(subset_truetype(tables, {5, 6}));
  tables = face.all();
  tables.glyf = tables.glyf.substr(0, 100);
  EXPECT_FALSE(subset_truetype(tables, {5, 6}));
  EXPECT_FALSE(subset_truetype(TrueTypeTables{}, {5}));
}

}  // namespace
}  // namespace siyasa
