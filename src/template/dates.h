// Stage "template": calendar dates in, the text the seeds print out. Gregorian and Umm al-Qura
// Hijri (ICU calendar "islamic-umalqura", pinned explicitly in the ICU locale) decide which
// dates exist and convert between them; the text is written with CLDR's Arabic month names and
// the organisation's digits. ICU types stay inside dates.cpp.
#pragma once

#include <string>

#include "data/org.h"

namespace siyasa {

enum class Calendar { gregorian, hijri };

// How a date is written.
enum class DateStyle {
  numeric,  // "٢٣/٠٣/١٤٤٧هـ", "١٥/٠٩/٢٠٢٥م" (two-digit day and month, suffix attached)
  spaced,   // "١٣ / ٦ / ٢٠٢١ م" (as seed 000 writes it)
  long_form,  // "٢٣ ربيع الأول ١٤٤٧هـ", "١٥ سبتمبر ٢٠٢٥م" (month name)
  year,     // "١٤٤٧" (no suffix)
};

// The Umm al-Qura date of a Gregorian date; nullopt when ICU cannot compute it.
std::optional<Date> to_hijri(const Date& gregorian);

// `date` is read in `calendar` (a Hijri date for Calendar::hijri); the result is written in
// the same calendar, with the suffix "هـ" (Hijri) or "م" (Gregorian) except for DateStyle::year.
// Returns an empty string when ICU rejects the date.
std::string format_date(const Date& date, Calendar calendar, DateStyle style, Numerals numerals);

}  // namespace siyasa
