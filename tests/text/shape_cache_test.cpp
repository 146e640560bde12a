// The shaping cache: a remembered item gives exactly what HarfBuzz gives for it fresh, with its
// clusters at the new place, and the context around an item is part of what is remembered.
#include <gtest/gtest.h>

#include <string>

#include "text/fonts.h"
#include "text/shape.h"
#include "text/shape_cache.h"

namespace siyasa {
namespace {

std::shared_ptr<const FontSet> fresh_fonts() {
  auto fonts = load_fonts(std::filesystem::path(SIYASA_SOURCE_DIR) / "fonts");
  EXPECT_TRUE(fonts.ok());
  return *fonts;
}

bool same(const std::vector<ShapedGlyph>& a, const std::vector<ShapedGlyph>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].glyph != b[i].glyph || a[i].advance != b[i].advance || a[i].x_offset != b[i].x_offset ||
        a[i].y_offset != b[i].y_offset || a[i].cluster != b[i].cluster ||
        a[i].unsafe_to_break != b[i].unsafe_to_break || a[i].safe_for_tatweel != b[i].safe_for_tatweel)
      return false;
  return true;
}

TEST(ShapeCache, ARememberedItemComesBackAsHarfBuzzShapesItAtItsNewPlace) {
  auto warm = fresh_fonts(), cold = fresh_fonts();
  const FaceId body = face_for_role(*warm, FontRole::body);
  const std::string word = "المستفيدين";
  const std::string first = "سياسة " + word + " الأولى";
  const std::string second = "تنظيم العلاقة مع " + word + " الأولى";
  const std::size_t at1 = first.find(word), at2 = second.find(word);
  ASSERT_NE(at1, at2);
  // Same word, same five characters of context on each side ("سياسة " / "مع "+... differ in
  // what lies further away, which HarfBuzz does not read).
  shape_text(*warm, {first, at1, at1 + word.size(), body, true, "Arab", true});
  auto remembered = shape_text(*warm, {second, at2, at2 + word.size(), body, true, "Arab", true});
  auto fresh = shape_text(*cold, {second, at2, at2 + word.size(), body, true, "Arab", true});
  ASSERT_FALSE(fresh.empty());
  EXPECT_TRUE(same(remembered, fresh));
  for (const ShapedGlyph& g : remembered) {
    EXPECT_GE(g.cluster, at2);
    EXPECT_LT(g.cluster, at2 + word.size());
  }
}

TEST(ShapeCache, ContextHarfBuzzReadsIsPartOfTheKey) {
  const std::string joined = "بب", apart = " ب";
  // The second ب: after a joining letter it takes its final form, after a space its isolated.
  const ShapeInput after_letter{joined, 2, 4, 0, true, "Arab", false};
  const ShapeInput after_space{apart, 1, 3, 0, true, "Arab", false};
  EXPECT_NE(ShapeCache::key(after_letter), ShapeCache::key(after_space));

  auto fonts = fresh_fonts();
  const FaceId body = face_for_role(*fonts, FontRole::body);
  auto final_form = shape_text(*fonts, {joined, 2, 4, body, true, "Arab", false});
  auto isolated = shape_text(*fonts, {apart, 1, 3, body, true, "Arab", false});
  ASSERT_EQ(final_form.size(), 1u);
  ASSERT_EQ(isolated.size(), 1u);
  EXPECT_NE(final_form[0].glyph, isolated[0].glyph);
}

TEST(ShapeCache, FaceDirectionScriptAndFlagsAreInTheKey) {
  const std::string text = "abc";
  const ShapeInput base{text, 0, 3, 0, false, "Latn", false};
  ShapeInput other_face = base, rtl = base, arab = base, tatweel = base;
  other_face.face = 1;
  rtl.rtl = true;
  arab.script = "Arab";
  tatweel.tatweel_flags = true;
  for (const ShapeInput& changed : {other_face, rtl, arab, tatweel})
    EXPECT_NE(ShapeCache::key(base), ShapeCache::key(changed));
  EXPECT_EQ(ShapeCache::key(base), ShapeCache::key(ShapeInput{text, 0, 3, 0, false, "Latn", false}));
}

}  // namespace
}  // namespace siyasa
