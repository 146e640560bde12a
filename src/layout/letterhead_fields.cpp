// The letterhead's reference fields: which ones, and their values in the organisation's digits.
#include "layout/letterhead.h"
#include "layout/numbering.h"

namespace siyasa {
namespace {

// "١٥ / ٠٩ / ٢٠٢٥ م"; a day of 0 is left blank to fill in by hand.
std::string gregorian_field(const Date& d, Numerals numerals) {
  auto two = [&](int v) { return v == 0 ? std::string("    ") : localize_digits((v < 10 ? "0" : "") + std::to_string(v), numerals); };
  return two(d.day) + " / " + two(d.month) + " / " + format_number(d.year, numerals) + " م";
}

}  // namespace

std::vector<LetterheadField> letterhead_fields(const OrgData& org) {
  if (!org.letterhead_fields) return {};
  std::vector<LetterheadField> fields;
  fields.push_back({"الرقم", org.reference_number});
  fields.push_back({"التاريخ", org.reference_date ? gregorian_field(*org.reference_date, org.numerals) : ""});
  fields.push_back({"الموافق", ""});
  fields.push_back({"المرفقات", org.reference_attachments});
  return fields;
}

}  // namespace siyasa
