// load_fonts: the checkout's fonts.toml, fallbacks between roles, and errors that point at the
// line of fonts.toml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <hb.h>

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

// Amiri's tables plus one more (`extra`, empty but present), written into `dir` as `name`: a font
// that claims to be variable ("fvar") or to carry CFF2 outlines.
void write_font_with_table(const std::filesystem::path& dir, const std::string& name, const char* extra) {
  const FontSet& fonts = test::test_fonts();
  hb_blob_t* file = hb_blob_create_from_file(face_file(fonts, face_for_role(fonts, FontRole::body)).file.c_str());
  hb_face_t* amiri = hb_face_create(file, 0);
  hb_face_t* builder = hb_face_builder_create();
  hb_tag_t tags[64];
  unsigned count = 64;
  hb_face_get_table_tags(amiri, 0, &count, tags);
  for (unsigned i = 0; i < count; ++i) {
    hb_blob_t* table = hb_face_reference_table(amiri, tags[i]);
    hb_face_builder_add_table(builder, tags[i], table);
    hb_blob_destroy(table);
  }
  static const char bytes[16] = {0, 1};  // a version and nothing more: the check looks only for the table
  hb_blob_t* added = hb_blob_create(bytes, sizeof bytes, HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_builder_add_table(builder, HB_TAG(extra[0], extra[1], extra[2], extra[3]), added);
  hb_blob_destroy(added);
  hb_blob_t* built = hb_face_reference_blob(builder);
  unsigned length = 0;
  const char* data = hb_blob_get_data(built, &length);
  std::ofstream(dir / name, std::ios::binary).write(data, length);
  hb_blob_destroy(built);
  hb_face_destroy(builder);
  hb_face_destroy(amiri);
  hb_blob_destroy(file);
}

TEST(Fonts, VariableAndCff2FontsAreRefusedAtTheirLine) {
  for (const char* table : {"fvar", "CFF2"}) {
    auto dir = temp_fonts_dir("latin = \"NotoSans-Regular.ttf\"\n# the body\nbody = \"Odd.ttf\"\n");
    write_font_with_table(dir, "Odd.ttf", table);
    auto r = load_fonts(dir);
    ASSERT_FALSE(r.ok()) << table;
    ASSERT_EQ(r.diagnostics.size(), 1u) << table;
    EXPECT_EQ(r.diagnostics[0].where.line, 3) << table;
    EXPECT_NE(r.diagnostics[0].message.find("Odd.ttf"), std::string::npos);
    EXPECT_NE(r.diagnostics[0].message.find(std::string(table) == "fvar" ? "variable font" : "CFF2"),
              std::string::npos) << r.diagnostics[0].message;
    EXPECT_FALSE(r.diagnostics[0].hint.empty());
    std::filesystem::remove_all(dir);
  }
}

// The errors of loading a fonts folder that holds `toml` as its fonts.toml (and `extra` files).
Diagnostics load_errors(const std::string& toml, const std::map<std::string, std::string>& extra = {}) {
  auto dir = temp_fonts_dir(toml);
  for (const auto& [name, bytes] : extra) std::ofstream(dir / name, std::ios::binary) << bytes;
  auto r = load_fonts(dir);
  EXPECT_FALSE(r.ok());
  std::filesystem::remove_all(dir);
  return r.diagnostics;
}

TEST(Fonts, MissingFileIsAnErrorAtItsLine) {
  const Diagnostics errors = load_errors("# comment\nbody = \"NoSuchFont.ttf\"\nlatin = \"NotoSans-Regular.ttf\"\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.line, 2);
  EXPECT_NE(errors[0].message.find("NoSuchFont.ttf"), std::string::npos);
}

TEST(Fonts, FileThatIsNoFontIsAnErrorAtItsLine) {
  const Diagnostics errors = load_errors("latin = \"NotoSans-Regular.ttf\"\nbody = \"Saved.ttf\"\n",
                                         {{"Saved.ttf", "<html>404</html>"}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.line, 2);
  EXPECT_EQ(errors[0].where.column, 8);
  EXPECT_NE(errors[0].message.find("cannot read font"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[0].hint, "is it a TrueType/OpenType file?");
}

TEST(Fonts, ArabicRoleNeedsArabicLetters) {
  const Diagnostics errors = load_errors("body = \"NotoSans-Regular.ttf\"\nlatin = \"NotoSans-Regular.ttf\"\n");
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].where.line, 1);
  EXPECT_NE(errors[0].message.find("no Arabic"), std::string::npos);
}

TEST(Fonts, RequiredRoleMissing) {
  const Diagnostics errors = load_errors("body = \"Amiri-Regular.ttf\"\n");
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("'latin'"), std::string::npos);
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
