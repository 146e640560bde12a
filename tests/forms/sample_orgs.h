// Two organisations built in code for the forms tests: a feminine association with Arabic-Indic
// digits and a masculine endowment with Western digits (the grammar and numerals forms vary by).
#pragma once

#include "data/org.h"

namespace siyasa::test {

inline OrgData association() {
  OrgData o;
  o.slug = "kiswa";
  o.name = "جمعية كسوة الكاسي بمحافظة أبي عريش";
  o.short_name = "جمعية كسوة الكاسي";
  o.kind = "association";
  o.gender = Gender::feminine;
  o.self_name = "الجمعية";
  o.country_line = "المملكة العربية السعودية";
  o.registration_authority = "وزارة الموارد البشرية والتنمية الاجتماعية";
  o.registration_number = "656";
  o.city = "أبو عريش";
  o.numerals = Numerals::arab;
  return o;
}

inline OrgData endowment() {
  OrgData o;
  o.slug = "mafatih";
  o.name = "وقف مفاتيح الخير";
  o.kind = "endowment";
  o.gender = Gender::masculine;
  o.self_name = "الوقف";
  o.country_line = "المملكة العربية السعودية";
  o.numerals = Numerals::latn;
  return o;
}

}  // namespace siyasa::test
