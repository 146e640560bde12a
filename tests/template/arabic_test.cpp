#include "template/arabic.h"

#include <gtest/gtest.h>

#include "template/escape.h"

namespace siyasa {
namespace {

TEST(Arabic, DigitsFollowTheOrganisation) {
  EXPECT_EQ(localize_digits("المادة (10)", Numerals::arab), "المادة (١٠)");
  EXPECT_EQ(localize_digits("المادة (10)", Numerals::latn), "المادة (10)");
  EXPECT_EQ(western_digits("١٦١ و۲"), "161 و2");
}

TEST(Arabic, PrepositionsJoinTheNoun) {
  EXPECT_EQ(with_li("الجمعية"), "للجمعية");
  EXPECT_EQ(with_li("لجنة البحث"), "للجنة البحث");
  EXPECT_EQ(with_li("اللجنة التنفيذية"), "للجنة التنفيذية");  // regression: was لللجنة
  EXPECT_EQ(with_li("اللائحة"), "للائحة");
  EXPECT_EQ(with_li("مسؤول البحث"), "لمسؤول البحث");
  EXPECT_EQ(with_bi("الوقف"), "بالوقف");
}

TEST(Arabic, GenderedPairs) {
  EXPECT_EQ(choose_gendered("تضع|يضع", Gender::feminine), "تضع");
  EXPECT_EQ(choose_gendered("تضع|يضع", Gender::masculine), "يضع");
  EXPECT_EQ(choose_gendered("تقدم {{org.self}}|يقدم {{org.self}}", Gender::masculine), "يقدم {{org.self}}");
  EXPECT_EQ(choose_gendered("بلا زوج", Gender::masculine), "بلا زوج");
}

TEST(Arabic, FormsByNumber) {
  EXPECT_EQ(choose_form("موقعه|مواقعهم", 0), "موقعه");
  EXPECT_EQ(choose_form("موقعه|مواقعهم", 1), "مواقعهم");
  EXPECT_EQ(choose_form("{{audience.to_generic}}|{{audience.to_plural}}", 1), "{{audience.to_plural}}");
  EXPECT_EQ(choose_form("أ|ب|ج", 2), "ج");
  EXPECT_EQ(choose_form("أ|ب", 5), "ب");
  EXPECT_EQ(choose_form("بلا بدائل", 1), "بلا بدائل");
  // a gendered pair inside one form stays whole
  EXPECT_EQ(choose_form("يراجع{{#g}}ها|ه{{/g}}|يراجعون{{#g}}ها|ه{{/g}}", 1), "يراجعون{{#g}}ها|ه{{/g}}");
}

TEST(Arabic, WeeksAsArabicCountsThem) {
  EXPECT_EQ(weeks_phrase(1, Numerals::arab), "أسبوع");
  EXPECT_EQ(weeks_phrase(2, Numerals::arab), "أسبوعين");
  EXPECT_EQ(weeks_phrase(4, Numerals::arab), "٤ أسابيع");
  EXPECT_EQ(weeks_phrase(12, Numerals::latn), "12 أسبوعاً");
}

TEST(Escape, RoundTrip) {
  for (std::string s : {"*a* _b_ [c](d) <e> `f` # g", "1. h", "- i", "\\ back", "a & b", "عربي بلا رموز"}) {
    EXPECT_EQ(unescape_markdown(escape_markdown(s)), s);
  }
  EXPECT_EQ(escape_markdown("a\nb"), "a b");
}

}  // namespace
}  // namespace siyasa
