// The value checks of stage "data": IBANs, dates, the Hijri cross-check, PNG files.
#include <gtest/gtest.h>

#include "data/checks.h"
#include "test_util.h"

namespace siyasa {
namespace {

TEST(Iban, NormalizesSpacesCaseAndArabicDigits) {
  EXPECT_EQ(normalize_iban("sa03 8000 0000 6080 1016 7519"), "SA0380000000608010167519");
  EXPECT_EQ(normalize_iban("SA٠٣ ٨٠٠٠ ٠٠٠٠ ٦٠٨٠ ١٠١٦ ٧٥١٩"), "SA0380000000608010167519");
  EXPECT_EQ(normalize_iban("SA03\xC2\xA0" "8000-0000-6080-1016-7519"), "SA0380000000608010167519");
}

TEST(Iban, AcceptsValidNumbersOfSeveralCountries) {
  EXPECT_EQ(check_iban("SA0380000000608010167519"), "");
  EXPECT_EQ(check_iban("SA1380000123608010123456"), "");  // orgs/example.toml
  EXPECT_EQ(check_iban("GB82WEST12345698765432"), "");
  EXPECT_EQ(check_iban("DE89370400440532013000"), "");
  EXPECT_EQ(check_iban("AE070331234567890123456"), "");
}

TEST(Iban, RejectsWrongCheckDigitsLengthAndCharacters) {
  EXPECT_NE(check_iban("SA0380000000608010167518").find("check digits"), std::string::npos);
  EXPECT_NE(check_iban("SA1480000000608010167519").find("check digits"), std::string::npos);
  EXPECT_NE(check_iban("SA03800000006080101675").find("24 characters"), std::string::npos);
  EXPECT_NE(check_iban("SA038000000060801016751900").find("24 characters"), std::string::npos);
  EXPECT_NE(check_iban("3A0380000000608010167519").find("country code"), std::string::npos);
  EXPECT_NE(check_iban("SA0380000000608010167_19").find("Latin letters and digits"), std::string::npos);
  EXPECT_NE(check_iban("SA"), "");
}

TEST(GregorianDate, KnowsMonthLengthsAndLeapYears) {
  EXPECT_EQ(check_gregorian_date({2021, 6, 13}), "");
  EXPECT_EQ(check_gregorian_date({2024, 2, 29}), "");
  EXPECT_EQ(check_gregorian_date({2000, 2, 29}), "");
  EXPECT_NE(check_gregorian_date({2021, 2, 29}), "");
  EXPECT_NE(check_gregorian_date({1900, 2, 29}), "");
  EXPECT_NE(check_gregorian_date({2021, 4, 31}), "");
  EXPECT_NE(check_gregorian_date({2021, 13, 1}), "");
  EXPECT_NE(check_gregorian_date({2021, 0, 1}), "");
  EXPECT_NE(check_gregorian_date({1850, 6, 13}).find("1900–2100"), std::string::npos);
  EXPECT_NE(check_gregorian_date({2101, 1, 1}), "");
}

TEST(HijriDate, CrossCheckFindsTheSeedDatesConsistent) {
  // Seed 001: ٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م
  EXPECT_LE(hijri_gregorian_gap_days({1447, 3, 23}, {2025, 9, 15}), 2);
  // 1 Ramadan 1445 was 11 March 2024 (Umm al-Qura).
  EXPECT_LE(hijri_gregorian_gap_days({1445, 9, 1}, {2024, 3, 11}), 2);
  EXPECT_GT(hijri_gregorian_gap_days({1447, 5, 23}, {2025, 9, 15}), 50);
  Date near = approximate_hijri({2025, 9, 15});
  EXPECT_EQ(near.year, 1447);
  EXPECT_EQ(near.month, 3);
  EXPECT_NEAR(near.day, 23, 2);
  EXPECT_EQ(check_hijri_date({1447, 3, 23}), "");
  EXPECT_NE(check_hijri_date({1447, 13, 1}), "");
  EXPECT_NE(check_hijri_date({1447, 3, 31}), "");
  EXPECT_NE(check_hijri_date({2025, 3, 1}), "");
}

TEST(Png, AcceptsTheExampleImagesAndRejectsOthers) {
  std::filesystem::path orgs = std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs";
  for (const char* image : {"logo.png", "stamp.png", "signature.png"})
    EXPECT_EQ(check_png_file(orgs / "example" / image), "") << image;
  std::filesystem::path bad = std::filesystem::path(SIYASA_TEST_DATA) / "data" / "bad";
  EXPECT_NE(check_png_file(bad / "jpeg-as-png" / "logo.png").find("JPEG"), std::string::npos);
  EXPECT_NE(check_png_file(bad / "truncated-png" / "stamp.png").find("truncated"), std::string::npos);
  EXPECT_NE(check_png_file(bad / "no-such.png").find("does not exist"), std::string::npos);
  EXPECT_NE(check_png_file(bad / "bad-iban.toml").find("not a PNG"), std::string::npos);
}

TEST(Png, RejectsHugeDimensions) {
  auto folder = test::fresh_folder("png");
  // A PNG header claiming 50000×50000 pixels (the rest of the file is irrelevant to the check):
  // signature, IHDR length 13, "IHDR", width, height, depth 8, RGBA, then CRC and an IEND chunk.
  const unsigned char bytes[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                 0, 0, 0xc3, 0x50, 0, 0, 0xc3, 0x50, 8, 6, 0, 0, 0, 0, 0, 0, 0,
                                 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0, 0, 0, 0};
  test::write_file(folder / "huge.png", std::string(reinterpret_cast<const char*>(bytes), sizeof bytes));
  EXPECT_NE(check_png_file(folder / "huge.png").find("50000×50000"), std::string::npos);
  std::filesystem::remove_all(folder);
}

TEST(Slug, AllowsOnlyLowerCaseLatinDigitsAndDashes) {
  EXPECT_TRUE(is_valid_slug("kiswa"));
  EXPECT_TRUE(is_valid_slug("rahah-coop"));
  EXPECT_TRUE(is_valid_slug("org2"));
  EXPECT_FALSE(is_valid_slug(""));
  EXPECT_FALSE(is_valid_slug("../../etc"));
  EXPECT_FALSE(is_valid_slug("Kiswa"));
  EXPECT_FALSE(is_valid_slug("kiswa org"));
  EXPECT_FALSE(is_valid_slug("kiswa.v2"));
  EXPECT_FALSE(is_valid_slug("-rf"));
  EXPECT_FALSE(is_valid_slug("كسوة"));
}

TEST(Placeholder, RecognisesTheStarterMarkers) {
  EXPECT_TRUE(is_placeholder("<<اسم الجمعية>>"));
  EXPECT_FALSE(is_placeholder("جمعية <<>"));
  EXPECT_FALSE(is_placeholder("<<"));
}

}  // namespace
}  // namespace siyasa
