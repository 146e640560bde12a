// load_fonts: the checkout's fonts.toml, fallbacks between roles, and errors that point at the
// line of fonts.toml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "text/fonts.h"
#include "trace.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

std::filesystem::path temp_fonts_dir(const std::string& toml) {
  auto dir = siyasa::test::test_scratch_folder("fonts");
  std::ofstream(dir / "fonts.toml") << toml;
  return dir;
}

TEST(Fonts, LoadsTheCheckoutsFontsToml) {
  const FontSet& fonts = test::test_fonts();
  EXPECT_EQ(face_name(fonts, face_for_role(fonts, FontRole::body)), "Amiri-Regular");
  EXPECT_EQ(face_name(fonts, face_for_role(fonts, FontRole::body_bold)), "Amiri-Bold");
  EXPECT_EQ(face_name(fonts, face_for_role(fonts, FontRole::heading)), "Amiri-Bold");
  EXPECT_EQ(face_name(fonts, face_for_role(fonts, FontRole::latin)), "NotoSans-Regular");
  // mono is not named: it falls back to latin
  EXPECT_EQ(face_for_role(fonts, FontRole::mono), face_for_role(fonts, FontRole::latin));
  const FaceFile& body = face_file(fonts, face_for_role(fonts, FontRole::body));
  EXPECT_TRUE(std::filesystem::exists(body.file));
  EXPECT_EQ(body.units_per_em, 1000);
  EXPECT_TRUE(face_has_glyph(fonts, face_for_role(fonts, FontRole::body), U'ب'));
  EXPECT_FALSE(face_has_glyph(fonts, face_for_role(fonts, FontRole::latin), U'ب'));
}

TEST(Fonts, MissingFileIsAnErrorAtItsLine) {
  auto dir = temp_fonts_dir("# comment\nbody = \"NoSuchFont.ttf\"\nlatin = \"NotoSans-Regular.ttf\"\n");
  auto r = load_fonts(dir);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where.line, 2);
  EXPECT_NE(r.diagnostics[0].message.find("NoSuchFont.ttf"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(Fonts, ArabicRoleNeedsArabicLetters) {
  auto dir = temp_fonts_dir("body = \"NotoSans-Regular.ttf\"\nlatin = \"NotoSans-Regular.ttf\"\n");
  auto r = load_fonts(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].where.line, 1);
  EXPECT_NE(r.diagnostics[0].message.find("no Arabic"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(Fonts, RequiredRoleMissing) {
  auto dir = temp_fonts_dir("body = \"Amiri-Regular.ttf\"\n");
  auto r = load_fonts(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics[0].message.find("'latin'"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(Fonts, SameFileIsLoadedOnce) {
  auto dir = temp_fonts_dir(
      "body = \"Amiri-Regular.ttf\"\nbody_bold = { file = \"Amiri-Regular.ttf\" }\n"
      "latin = \"Amiri-Regular.ttf\"\n");
  auto r = load_fonts(dir);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(face_for_role(**r, FontRole::body), face_for_role(**r, FontRole::body_bold));
  EXPECT_EQ(face_for_role(**r, FontRole::body), face_for_role(**r, FontRole::latin));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace siyasa
