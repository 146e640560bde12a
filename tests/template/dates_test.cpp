#include "template/dates.h"

#include <gtest/gtest.h>

namespace siyasa {
namespace {

TEST(Dates, UmmAlQuraOfKnownDays) {
  // Seed 001's minutes: 23/03/1447 AH = 15/09/2025.
  EXPECT_EQ(to_hijri({2025, 9, 15}), (Date{1447, 3, 23}));
  EXPECT_EQ(to_hijri({2021, 6, 13}), (Date{1442, 11, 3}));
  // 1 Ramadan 1444 = 23 March 2023 (Umm al-Qura).
  EXPECT_EQ(to_hijri({2023, 3, 23}), (Date{1444, 9, 1}));
}

TEST(Dates, NumericFormsAsTheSeedsWriteThem) {
  EXPECT_EQ(format_date({1447, 3, 23}, Calendar::hijri, DateStyle::numeric, Numerals::arab), "٢٣/٠٣/١٤٤٧هـ");
  EXPECT_EQ(format_date({2025, 9, 15}, Calendar::gregorian, DateStyle::numeric, Numerals::arab), "١٥/٠٩/٢٠٢٥م");
  EXPECT_EQ(format_date({2021, 6, 13}, Calendar::gregorian, DateStyle::spaced, Numerals::arab), "١٣ / ٦ / ٢٠٢١ م");
  EXPECT_EQ(format_date({2025, 9, 15}, Calendar::gregorian, DateStyle::numeric, Numerals::latn), "15/09/2025م");
}

TEST(Dates, LongFormsHaveMonthNames) {
  EXPECT_EQ(format_date({1447, 3, 23}, Calendar::hijri, DateStyle::long_form, Numerals::arab), "٢٣ ربيع الأول ١٤٤٧هـ");
  EXPECT_EQ(format_date({2025, 9, 15}, Calendar::gregorian, DateStyle::long_form, Numerals::arab), "١٥ سبتمبر ٢٠٢٥م");
  EXPECT_EQ(format_date({1444, 9, 1}, Calendar::hijri, DateStyle::long_form, Numerals::latn), "1 رمضان 1444هـ");
}

TEST(Dates, ImpossibleDatesGiveNothing) {
  EXPECT_EQ(format_date({2025, 2, 30}, Calendar::gregorian, DateStyle::numeric, Numerals::arab), "");
  EXPECT_EQ(to_hijri({2025, 13, 1}), std::nullopt);
}

}  // namespace
}  // namespace siyasa
