// Shared by the test suites (forms, html, layout): two organisations built in code, the shapes
// the data stage produces, so a stage can be tested without loading TOML. A suite that needs
// other values takes a copy and changes it; it does not build an organisation of its own.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "data/org.h"

namespace siyasa::test {

// What the adopted policies give the forms (OrgData::form_values, as the shipped templates give
// them: the template stage's MergedPolicy::form_values), for a suite that builds every form of an
// organisation without merging its policies. One map serves every form: the names do not clash.
inline std::map<std::string, std::string> sample_form_values(bool arabic_digits) {
  auto article = [&](int n) { return "المادة (" + (arabic_digits ? std::string("٠١٢٣٤٥٦٧٨٩").substr(n * 2, 2) : std::to_string(n)) + ")"; };
  return {{"policy.title", "سياسة خصوصية المعلومات"},
          {"policy.review_body", "لجنة البحث"},
          {"policy.article.third-parties", article(4)},
          {"policy.article.use", article(6)},
          {"policy.article.reporting", article(8)},
          {"audience.plural", "المستفيدين"},
          {"audience.indefinite", "مستفيد"}};
}

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
  org.form_values = sample_form_values(true);
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
  org.form_values = sample_form_values(false);
  return org;
}

}  // namespace siyasa::test
