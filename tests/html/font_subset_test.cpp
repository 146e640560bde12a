// The web fonts are subsets of the PDF's fonts, served as WOFF2: Arabic text must shape exactly
// as it does with the whole font (same advances, offsets and clusters: joining forms, lam-alef,
// harakat, digits), or the site would show broken words while the font "loaded" fine.
#include <gtest/gtest.h>
#include <hb.h>
#include <woff2/decode.h>

#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "html/site.h"
#include "html/site_assets.h"

namespace siyasa {
namespace {

struct Position {
  unsigned cluster;
  int x_advance, x_offset, y_offset;
  bool operator==(const Position&) const = default;
};

std::vector<Position> shape(hb_face_t* face, const std::string& text) {
  std::unique_ptr<hb_font_t, decltype(&hb_font_destroy)> font(hb_font_create(face), &hb_font_destroy);
  std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> buffer(hb_buffer_create(),
                                                                    &hb_buffer_destroy);
  hb_buffer_add_utf8(buffer.get(), text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer.get());
  hb_shape(font.get(), buffer.get(), nullptr, 0);
  unsigned count = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.get(), &count);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer.get(), &count);
  std::vector<Position> out;
  for (unsigned i = 0; i < count; ++i) {
    out.push_back({info[i].cluster, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset});
  }
  return out;
}

using Face = std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)>;

// The font inside a WOFF2 file, as a browser unpacks it.
std::string unpacked(const std::string& woff2) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(woff2.data());
  std::string font(woff2::ComputeWOFF2FinalSize(data, woff2.size()), '\0');
  if (!woff2::ConvertWOFF2ToTTF(reinterpret_cast<std::uint8_t*>(font.data()), font.size(), data, woff2.size()))
    return {};
  return font;
}

Face face_from_woff2(const std::string& woff2) {
  static thread_local std::vector<std::string> kept;  // hb_face_t reads the bytes in place
  kept.push_back(unpacked(woff2));
  const std::string& bytes = kept.back();
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  Face face(hb_face_create(blob, 0), &hb_face_destroy);
  hb_blob_destroy(blob);
  return face;
}

TEST(WebFontSubset, ShapesArabicExactlyLikeTheWholeFont) {
  const std::vector<std::string> samples = {
      "سياسة تنظيم العلاقة مع المستفيدين",
      "لا إله إلا الله، الإجراءات والأهداف",       // lam-alef ligatures
      "مُسَجَّلَةٌ لَدَى وِزَارَةِ المَوَارِدِ",   // harakat on their letters
      "رقم (١٦١) وتاريخ ٢٣/٠٣/١٤٤٧هـ",              // digits, brackets
      "IBAN SA03 8000 — info@example.org",          // Latin inside
      "اعتماد مجلس الإدارة ـــ كشيدة",              // tatweel
  };
  for (const WebFont& font : default_web_fonts()) {
    SCOPED_TRACE(font.face.file.string());
    hb_blob_t* whole_blob = hb_blob_create_from_file_or_fail(font.face.file.c_str());
    ASSERT_NE(whole_blob, nullptr);
    Face whole(hb_face_create(whole_blob, font.face.index), &hb_face_destroy);
    hb_blob_destroy(whole_blob);

    Result<std::string> bytes = subset_web_font(font.face, "");
    ASSERT_TRUE(bytes.ok());
    ASSERT_EQ(bytes->substr(0, 4), "wOF2");
    // A third of the whole face or less: what the visitor downloads.
    EXPECT_LT(bytes->size(), std::filesystem::file_size(font.face.file) / 3);
    Face subset = face_from_woff2(*bytes);
    ASSERT_GT(hb_face_get_glyph_count(subset.get()), 100u);
    for (const std::string& text : samples) {
      EXPECT_EQ(shape(whole.get(), text), shape(subset.get(), text)) << text;
    }
  }
}

// The tables of an sfnt by tag (head without its checkSumAdjustment, which a decoder recomputes).
std::map<std::string, std::string> tables_of(const std::string& font) {
  const auto u32 = [&](std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(font[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(font[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(font[at + 2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(font[at + 3]));
  };
  std::map<std::string, std::string> tables;
  const std::size_t count = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    std::string data = font.substr(u32(record + 8), u32(record + 12));
    const std::string tag = font.substr(record, 4);
    if (tag == "head" && data.size() >= 12) data.replace(8, 4, 4, '\0');
    tables[tag] = data;
  }
  return tables;
}

// libwoff2's decoder (what browsers use) unpacks every table exactly as it was: the served
// subset, unpacked, encoded again and unpacked again, has the same tables.
TEST(WebFontWoff2, TheReferenceDecoderGetsEveryTableBack) {
  const WebFont font = default_web_fonts().front();
  Result<std::string> served = subset_web_font(font.face, "");
  ASSERT_TRUE(served.ok());
  const std::string subset = unpacked(*served);
  ASSERT_FALSE(subset.empty());
  Result<std::string> again = encode_woff2(subset, font.face.file);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->size() % 4, 0u);
  const std::string back = unpacked(*again);
  ASSERT_FALSE(back.empty());
  EXPECT_EQ(tables_of(back), tables_of(subset));
  EXPECT_GT(tables_of(back).count("GSUB"), 0u);
}

TEST(WebFontWoff2, NotAFontIsAnErrorNamingTheFile) {
  Result<std::string> woff2 = encode_woff2("%PDF-1.4 not a font", "fonts/broken.ttf");
  ASSERT_FALSE(woff2.ok());
  EXPECT_EQ(woff2.diagnostics[0].where.file, "fonts/broken.ttf");
}

bool has_character(const std::string& font_bytes, hb_codepoint_t c) {
  Face face = face_from_woff2(font_bytes);
  std::unique_ptr<hb_font_t, decltype(&hb_font_destroy)> font(hb_font_create(face.get()),
                                                              &hb_font_destroy);
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font.get(), c, &glyph);
}

// Subsets are remembered by the characters outside the kept ranges: text inside them gives the
// same subset, a character outside them one that has it (and the remembered one stays right).
TEST(WebFontSubset, ARememberedSubsetStillHasEveryCharacterOfTheText) {
  const WebFont font = default_web_fonts().front();
  Result<std::string> plain = subset_web_font(font.face, "سياسة");
  Result<std::string> other_arabic = subset_web_font(font.face, "جمعية خيرية");
  Result<std::string> ligature = subset_web_font(font.face, "سياسة \uFDF2");  // ﷲ
  Result<std::string> again = subset_web_font(font.face, "سياسة");
  ASSERT_TRUE(plain.ok() && other_arabic.ok() && ligature.ok() && again.ok());
  EXPECT_EQ(*plain, *other_arabic);
  EXPECT_EQ(*plain, *again);
  EXPECT_FALSE(has_character(*plain, 0xFDF2));
  EXPECT_TRUE(has_character(*ligature, 0xFDF2));
  EXPECT_TRUE(has_character(*plain, U'س'));
}

}  // namespace
}  // namespace siyasa
