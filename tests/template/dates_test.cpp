#include "template/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

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

// Every month of both calendars, named as ICU 72 names them for "ar" (written out here from
// its output), with the day and year in the organisation's digits.
TEST(Dates, EveryMonthHasItsCldrName) {
  const char* gregorian[] = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                             "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  const char* hijri[] = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                         "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(format_date({2025, m, 1}, Calendar::gregorian, DateStyle::long_form, Numerals::latn),
              "1 " + std::string(gregorian[m - 1]) + " 2025م");
    EXPECT_EQ(format_date({1445, m, 1}, Calendar::hijri, DateStyle::long_form, Numerals::arab),
              "١ " + std::string(hijri[m - 1]) + " ١٤٤٥هـ");
  }
  EXPECT_EQ(format_date({2021, 12, 31}, Calendar::gregorian, DateStyle::spaced, Numerals::latn), "31 / 12 / 2021 م");
  EXPECT_EQ(format_date({1444, 9, 1}, Calendar::hijri, DateStyle::year, Numerals::arab), "١٤٤٤");
}

TEST(Dates, ImpossibleDatesGiveNothing) {
  EXPECT_EQ(format_date({2025, 2, 30}, Calendar::gregorian, DateStyle::numeric, Numerals::arab), "");
  EXPECT_EQ(to_hijri({2025, 13, 1}), std::nullopt);
  EXPECT_EQ(format_date({1445, 12, 31}, Calendar::hijri, DateStyle::long_form, Numerals::arab), "");
  EXPECT_EQ(format_date({2025, 0, 0}, Calendar::gregorian, DateStyle::year, Numerals::arab), "");
}

// Each thread keeps the calendars it has opened: a date checked with kept ones (after other
// dates, styles and an impossible date) reads as one checked by a thread that opens them fresh.
std::vector<std::string> write_dates() {
  std::vector<std::string> out;
  for (Numerals numerals : {Numerals::arab, Numerals::latn}) {
    for (DateStyle style : {DateStyle::numeric, DateStyle::spaced, DateStyle::long_form, DateStyle::year}) {
      out.push_back(format_date({2025, 9, 15}, Calendar::gregorian, style, numerals));
      out.push_back(format_date({2025, 2, 30}, Calendar::gregorian, style, numerals));
      out.push_back(format_date({1447, 3, 23}, Calendar::hijri, style, numerals));
      out.push_back(format_date({1444, 9, 1}, Calendar::hijri, style, numerals));
    }
  }
  auto hijri = to_hijri({2023, 3, 23});
  out.push_back(hijri ? format_date(*hijri, Calendar::hijri, DateStyle::numeric, Numerals::latn) : "none");
  return out;
}

TEST(Dates, KeptCalendarsWriteWhatFreshOnesWrite) {
  std::vector<std::string> fresh;
  std::thread([&] { fresh = write_dates(); }).join();
  ASSERT_EQ(fresh.size(), 33u);
  EXPECT_EQ(fresh[0], "١٥/٠٩/٢٠٢٥م");
  EXPECT_EQ(fresh[1], "");
  EXPECT_EQ(fresh.back(), "01/09/1444هـ");
  write_dates();
  EXPECT_EQ(write_dates(), fresh);
  EXPECT_EQ(to_hijri({2025, 13, 1}), std::nullopt);
  EXPECT_EQ(write_dates(), fresh);
}

}  // namespace
}  // namespace siyasa
