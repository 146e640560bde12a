// Shared by the test suites (forms, html, layout): two organisations built in code, the shapes
// the data stage produces, so a stage can be tested without loading TOML. A suite that needs
// other values takes a copy and changes it; it does not build an organisation of its own.
#pragma once

#include <filesystem>

#include "data/org.h"

namespace siyasa::test {

// A feminine association (جمعية), Arabic-Indic digits, with everything a letterhead, footer or
// site header can show: registration, licence, website, e-mail, phone, an X account, bank and
// IBAN, chairman, and an SVG logo (tests/support/data/logo.svg; not a PNG, so the PDF stages
// leave it out).
inline OrgData sample_association() {
  const std::filesystem::path source = SIYASA_SOURCE_DIR;
  OrgData org;
  org.slug = "kiswa";
  org.source = source / "tests/support/kiswa.toml";
  org.name = "جمعية كسوة الكاسي بمحافظة أبي عريش";
  org.short_name = "كسوة الكاسي";
  org.kind = "association";
  org.gender = Gender::feminine;
  org.self_name = "الجمعية";
  org.country_line = "المملكة العربية السعودية";
  org.registration_authority = "وزارة الموارد البشرية والتنمية الاجتماعية";
  org.registration_number = "656";
  org.licence_number = "1-2345";
  org.city = "أبو عريش";
  org.website = "https://kiswa.example.org.sa";
  org.email = "info@kiswa.example.org.sa";
  org.phone = "+966 17 000 0000";
  org.social = {SocialAccount{"x", "@example_sa"}};
  org.bank_name = "مصرف الراجحي";
  org.iban = "SA03 8000 0000 6080 1016 7519";
  org.logo = source / "tests/support/data/logo.svg";
  org.chairman_name = "م/ أحمد علي الكلي";
  org.chairman_title = "رئيس مجلس الإدارة";
  org.numerals = Numerals::arab;
  return org;
}

// A masculine endowment (وقف), Western digits, registered without a licence; no country line,
// logo, website, e-mail or phone.
inline OrgData sample_endowment() {
  OrgData org;
  org.slug = "mafatih";
  org.source = std::filesystem::path(SIYASA_SOURCE_DIR) / "tests/support/mafatih.toml";
  org.name = "وقف مفاتيح الخير";
  org.short_name = "مفاتيح الخير";
  org.kind = "endowment";
  org.gender = Gender::masculine;
  org.self_name = "الوقف";
  org.registration_authority = "الهيئة العامة للأوقاف";
  org.registration_number = "161-A";
  org.chairman_name = "عبدالله محمد";
  org.chairman_title = "رئيس مجلس النظارة";
  org.numerals = Numerals::latn;
  return org;
}

}  // namespace siyasa::test
