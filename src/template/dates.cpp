#include "template/dates.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <utility>

namespace siyasa {
namespace {

// The locale pins both the calendar and the numbering system: CLDR's defaults for "ar" changed
// in 2024 (latn digits), so nothing is left to the default.
icu::Locale locale_for(Calendar calendar, Numerals numerals) {
  std::string id = "ar@calendar=";
  id += calendar == Calendar::hijri ? "islamic-umalqura" : "gregorian";
  id += ";numbers=";
  id += numerals == Numerals::arab ? "arab" : "latn";
  return icu::Locale(id.c_str());
}

std::unique_ptr<icu::Calendar> make_calendar(Calendar calendar, Numerals numerals) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), locale_for(calendar, numerals), status));
  if (U_FAILURE(status)) return nullptr;
  cal->setLenient(false);
  return cal;
}

// Opening a calendar or a date format reads ICU's locale data (the eight dates of one policy
// were 3% of a cold render), so each thread keeps the ones it has opened and hands them new
// dates. A calendar used for reading is cleared before every date it is given.
icu::Calendar* reading_calendar(Calendar calendar) {
  thread_local std::map<Calendar, std::unique_ptr<icu::Calendar>> calendars;
  auto& cal = calendars[calendar];
  if (!cal) cal = make_calendar(calendar, Numerals::latn);
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

const char* pattern_for(DateStyle style) {
  switch (style) {
    case DateStyle::numeric: return "dd/MM/y";
    case DateStyle::spaced: return "d / M / y";
    case DateStyle::long_form: return "d MMMM y";
    case DateStyle::year: return "y";
  }
  return "y";
}

std::string suffix_for(Calendar calendar, DateStyle style) {
  if (style == DateStyle::year) return {};
  std::string mark = calendar == Calendar::hijri ? "هـ" : "م";
  return style == DateStyle::spaced ? " " + mark : mark;
}

// The thread's format for one calendar and numbering system, set to the style's pattern
// (nullptr if ICU has none). Setting a pattern is cheap; opening a format is not.
icu::SimpleDateFormat* date_format(Calendar calendar, DateStyle style, Numerals numerals) {
  thread_local std::map<std::pair<Calendar, Numerals>, std::unique_ptr<icu::SimpleDateFormat>> formats;
  auto& format = formats[{calendar, numerals}];
  if (!format) {
    auto cal = make_calendar(calendar, numerals);
    if (!cal) return nullptr;
    UErrorCode status = U_ZERO_ERROR;
    auto made = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern_for(style)),
                                                        locale_for(calendar, numerals), status);
    if (U_FAILURE(status)) return nullptr;
    made->adoptCalendar(cal.release());
    format = std::move(made);
  }
  format->applyPattern(icu::UnicodeString::fromUTF8(pattern_for(style)));
  return format.get();
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
  auto instant = to_instant(date, calendar);
  icu::SimpleDateFormat* format = date_format(calendar, style, numerals);
  if (!instant || !format) return {};
  icu::UnicodeString text;
  format->format(*instant, text);
  std::string out;
  text.toUTF8String(out);
  return out + suffix_for(calendar, style);
}

}  // namespace siyasa
