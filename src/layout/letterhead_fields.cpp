// The letterhead's reference fields: which ones (OrgData::reference_fields, in order), and their
// values — dates through the template stage's calendar formatting, in the organisation's digits.
#include "layout/letterhead.h"
#include "layout/numbering.h"
#include "template/dates.h"

#include <utility>

namespace siyasa {
namespace {

// "   / ١٢ / ٢٠١٩ م" when the day is left blank to fill in by hand.
std::string gregorian_field(const Date& d, Numerals numerals) {
  if (d.day != 0) return format_date(d, Calendar::gregorian, DateStyle::spaced, numerals);
  return "      / " + format_number(d.month, numerals) + " / " + format_number(d.year, numerals) + " م";
}

std::string hijri_field(const Date& d, Numerals numerals) {
  if (d.day == 0) return {};  // the day is not known, so neither is the Hijri date
  const auto hijri = to_hijri(d);
  return hijri ? format_date(*hijri, Calendar::hijri, DateStyle::spaced, numerals) : std::string{};
}

}  // namespace

std::vector<LetterheadField> letterhead_fields(const OrgData& org) {
  std::vector<LetterheadField> fields;
  if (!org.letterhead_fields) return fields;
  std::vector<std::string> which = org.reference_fields;
  if (which.empty()) which = {"number", "hijri", "date", "attachments"};
  // The first date shown is «التاريخ», a second one «الموافق» (the Hijri date first by default).
  bool dated = false;
  auto date_label = [&dated]() { return std::exchange(dated, true) ? "الموافق" : "التاريخ"; };
  for (const auto& key : which) {
    if (key == "number") fields.push_back({"الرقم", org.reference_number});
    if (key == "date")
      fields.push_back({date_label(), org.reference_date ? gregorian_field(*org.reference_date, org.numerals) : ""});
    if (key == "hijri")
      fields.push_back({date_label(), org.reference_date ? hijri_field(*org.reference_date, org.numerals) : ""});
    if (key == "attachments") fields.push_back({"المرفقات", org.reference_attachments});
  }
  return fields;
}

}  // namespace siyasa
