// Generated numbers in the organisation's digits.
#include <gtest/gtest.h>

#include "text/numerals.h"

namespace siyasa {
namespace {

TEST(Numerals, FormatsArabicIndic) {
  EXPECT_EQ(format_number(0, Numerals::arab), "٠");
  EXPECT_EQ(format_number(12, Numerals::arab), "١٢");
  EXPECT_EQ(format_number(2023, Numerals::arab), "٢٠٢٣");
  EXPECT_EQ(format_number(-45, Numerals::arab), "-٤٥");
}

TEST(Numerals, FormatsWestern) {
  EXPECT_EQ(format_number(12, Numerals::latn), "12");
  EXPECT_EQ(format_number(INT64_MIN, Numerals::latn), "-9223372036854775808");
}

TEST(Numerals, ConvertsDigitsOnly) {
  EXPECT_EQ(convert_digits("١٤٤٥/٣/١٢هـ", Numerals::latn), "1445/3/12هـ");
  EXPECT_EQ(convert_digits("page 7 of 10", Numerals::arab), "page ٧ of ١٠");
  EXPECT_EQ(convert_digits("۱۲", Numerals::arab), "١٢");  // Persian digits too
  EXPECT_EQ(convert_digits("", Numerals::arab), "");
}

}  // namespace
}  // namespace siyasa
