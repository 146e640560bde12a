#include <gtest/gtest.h>

#include "layout/numbering.h"

namespace siyasa {
namespace {

TEST(Numbering, DigitsFollowTheOrganisation) {
  EXPECT_EQ(format_number(2025, Numerals::arab), "٢٠٢٥");
  EXPECT_EQ(format_number(2025, Numerals::latn), "2025");
  EXPECT_EQ(localize_digits("صفحة 3/10", Numerals::arab), "صفحة ٣/١٠");
}

TEST(Numbering, Labels) {
  EXPECT_EQ(list_marker(true, 12, 0, Numerals::arab), "١٢.");
  EXPECT_EQ(list_marker(true, 3, 1, Numerals::latn), "3.");
  EXPECT_EQ(list_marker(false, 1, 0, Numerals::arab), "•");
  EXPECT_NE(list_marker(false, 1, 1, Numerals::arab), "•");
  EXPECT_EQ(article_label(3, Numerals::arab), "المادة (٣)");
  EXPECT_EQ(page_label(2, 4, Numerals::arab), "صفحة ٢ من ٤");
  EXPECT_EQ(page_label(2, 4, Numerals::latn), "صفحة 2 من 4");
}

TEST(Numbering, ListNumberStylesOfTheOrganisation) {
  EXPECT_EQ(list_marker(true, 3, 0, Numerals::arab, "1."), "٣.");
  EXPECT_EQ(list_marker(true, 3, 0, Numerals::arab, "1-"), "٣-");
  EXPECT_EQ(list_marker(true, 3, 0, Numerals::latn, "(1)"), "(3)");
  EXPECT_EQ(list_marker(true, 1, 0, Numerals::arab, "أ-"), "أ-");
  EXPECT_EQ(list_marker(true, 5, 1, Numerals::arab, "أ-"), "هـ-");
  EXPECT_EQ(list_marker(true, 29, 0, Numerals::arab, "أ-"), "٢٩.");  // past the letters: numbers
  EXPECT_EQ(list_marker(false, 1, 0, Numerals::arab, "1-"), "•");   // bullets stay bullets
}

TEST(Numbering, BookletOrdinals) {
  EXPECT_EQ(booklet_ordinal(1, Numerals::arab), "أولاً");
  EXPECT_EQ(booklet_ordinal(2, Numerals::arab), "ثانياً");
  EXPECT_EQ(booklet_ordinal(3, Numerals::arab), "ثالثاً");
  EXPECT_EQ(booklet_ordinal(10, Numerals::arab), "عاشراً");
  EXPECT_EQ(booklet_ordinal(21, Numerals::arab), "٢١");
}

}  // namespace
}  // namespace siyasa
