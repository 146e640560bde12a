#include "data/starter.h"

namespace siyasa {
namespace {

constexpr const char* kStarter = R"(# Organisation file for siyasa — fill in every "<<…>>" value, then run: siyasa check
# Every key is explained in orgs/README.md; orgs/example.toml uses all of them.
# Text goes in "quotes"; dates are written without quotes, year first: 2024-05-30.

name = "<<الاسم الرسمي كاملاً، مثل: جمعية كسوة الكاسي بمحافظة أبي عريش>>"
# short_name = "جمعية كسوة الكاسي"      # how the text names it in running prose (default: name)

# association (جمعية), cooperative (جمعية تعاونية), endowment (وقف), foundation (مؤسسة) or other.
# It decides the grammar of the text: an endowment is masculine ("يضع الوقف"), the others feminine.
kind = "association"
# gender = "feminine"                   # only to override the kind's default
# self_name = "الجمعية"                 # how the text refers to itself (default from kind)

country_line = "المملكة العربية السعودية"
city = "<<المدينة أو المحافظة>>"

[registration]
authority = "وزارة الموارد البشرية والتنمية الاجتماعية"
number = "<<رقم التسجيل كما في الشهادة>>"
# licence = "…"                         # licence number, if the organisation has one

# [contact]
# website = "https://example.org.sa"
# email = "info@example.org.sa"
# phone = "+966 11 000 0000"
# [contact.social]
# x = "@example"

# [bank]
# name = "مصرف الراجحي"
# iban = "SA03 8000 0000 6080 1016 7519"   # spaces are fine; it is checked
# account_number = "608010167519"

# Images: PNG files, paths relative to this file, e.g. orgs/SLUG/logo.png → "SLUG/logo.png"
# [images]
# logo = "SLUG/logo.png"
# stamp = "SLUG/stamp.png"
# signature = "SLUG/signature.png"

[chairman]
name = "<<اسم رئيس مجلس الإدارة>>"
title = "رئيس مجلس الإدارة"

[typesetting]
numerals = "arab"                       # "arab" prints ١٢٣, "latn" prints 123
kashida = false                         # true: justify lines with tatweel (ـ) where it is safe

# Letterhead reference fields (الرقم / التاريخ / الموافق / المرفقات): delete to print none.
# [letterhead]
# fields = ["number", "hijri", "date", "attachments"]

# One section per policy the board adopted; the id is the template's name in templates/policies/.
[policies.beneficiary-relations]
order = 1                               # its place in the booklet
audience = "beneficiaries"              # or "members" (أعضاء الجمعية العمومية)
channels = ["المقابلة", "الاتصالات الهاتفية", "وسائل التواصل الاجتماعي", "الخطابات"]
tools = ["اللائحة الأساسية للجمعية", "دليل خدمات البحث الاجتماعي", "طلب دعم مستفيد"]
referral = "مسؤول البحث الاجتماعي"
review_body = "لجنة البحث"
response_weeks = 2
response_bound = "max"                  # "max": خلال مدة لا تزيد على … · "within": خلال … · "min": بعد مدة لا تقل عن …

[policies.beneficiary-relations.approval]
meeting = "<<رقم الاجتماع أو ترتيبه، مثل: الأول>>"
# session = "الأولى"                    # the board's term (الدورة), if the minutes name it
date = "<<YYYY-MM-DD>>"                 # the meeting's date, written without quotes: 2024-05-30
# hijri = 1445-11-22                    # only if the minutes give a Hijri date that differs
# supersedes = true
# supersedes_what = "جميع السياسات الموضوعة سابقاً"
)";

}  // namespace

std::string starter_org_text(const std::string& slug) {
  std::string text = kStarter;
  for (std::size_t at = text.find("SLUG"); at != std::string::npos; at = text.find("SLUG", at + slug.size()))
    text.replace(at, 4, slug);
  return text;
}

}  // namespace siyasa
