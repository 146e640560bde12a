#include "template/dates.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <array>
#include <map>
#include <memory>
#include <string_view>

#include "template/arabic.h"

namespace siyasa {
namespace {

// The locale pins the calendar: nothing is left to the default.
std::unique_ptr<icu::Calendar> make_calendar(Calendar calendar) {
  const char* id = calendar == Calendar::hijri ? "ar@calendar=islamic-umalqura" : "ar@calendar=gregorian";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(id), status));
  if (U_FAILURE(status)) return nullptr;
  cal->setLenient(false);
  return cal;
}

// Opening a calendar reads ICU's locale data, so each thread keeps the ones it has opened and
// hands them new dates; a calendar is cleared before every date it is given.
icu::Calendar* reading_calendar(Calendar calendar) {
  thread_local std::map<Calendar, std::unique_ptr<icu::Calendar>> calendars;
  auto& cal = calendars[calendar];
  if (!cal) cal = make_calendar(calendar);
  return cal.get();
}

// Noon UTC of `date` read in `calendar`, or nullopt when the date does not exist there.
std::optional<UDate> to_instant(const Date& date, Calendar calendar) {
  icu::Calendar* cal = reading_calendar(calendar);
  if (!cal) return std::nullopt;
  cal->clear();
  cal->set(date.year, date.month - 1, date.day, 12, 0, 0);
  UErrorCode status = U_ZERO_ERROR;
  UDate instant = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return instant;
}

// CLDR's Arabic month names (as ICU 72 writes them for "ar"). A date is written from its own
// numbers once ICU has confirmed that it exists: opening an ICU date format reads the locale's
// date symbols and number formats, a third of a cold policy's merge.
constexpr std::array<std::string_view, 12> kGregorianMonths = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr std::array<std::string_view, 12> kHijriMonths = {
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The date in `style`, Western digits, without the calendar's mark.
std::string write_fields(const Date& date, Calendar calendar, DateStyle style) {
  const std::string year = std::to_string(date.year);
  switch (style) {
    case DateStyle::numeric: return two_digits(date.day) + "/" + two_digits(date.month) + "/" + year;
    case DateStyle::spaced:
      return std::to_string(date.day) + " / " + std::to_string(date.month) + " / " + year;
    case DateStyle::long_form: {
      const auto& months = calendar == Calendar::hijri ? kHijriMonths : kGregorianMonths;
      return std::to_string(date.day) + " " + std::string(months[date.month - 1]) + " " + year;
    }
    case DateStyle::year: return year;
  }
  return year;
}

std::string suffix_for(Calendar calendar, DateStyle style) {
  if (style == DateStyle::year) return {};
  std::string mark = calendar == Calendar::hijri ? "هـ" : "م";
  return style == DateStyle::spaced ? " " + mark : mark;
}

}  // namespace

std::optional<Date> to_hijri(const Date& gregorian) {
  auto instant = to_instant(gregorian, Calendar::gregorian);
  icu::Calendar* cal = reading_calendar(Calendar::hijri);
  if (!instant || !cal) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(*instant, status);
  Date out;
  out.year = cal->get(UCAL_YEAR, status);
  out.month = cal->get(UCAL_MONTH, status) + 1;
  out.day = cal->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::string format_date(const Date& date, Calendar calendar, DateStyle style, Numerals numerals) {
  if (!to_instant(date, calendar)) return {};  // ICU knows which dates exist
  return localize_digits(write_fields(date, calendar, style), numerals) + suffix_for(calendar, style);
}

}  // namespace siyasa
