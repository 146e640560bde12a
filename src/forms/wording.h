// Stage "forms", fixed wording: the Arabic texts every form prints around the spec's own labels
// (letterhead lines, yes/no, date parts, the office-use panel), shared by the PDF and HTML forms.
#pragma once

#include <string>
#include <vector>

#include "data/org.h"
#include "forms/form_spec.h"

namespace siyasa::form_words {

inline constexpr const char* kYes = "نعم";
inline constexpr const char* kNo = "لا";
inline constexpr const char* kDay = "اليوم";
inline constexpr const char* kMonth = "الشهر";
inline constexpr const char* kYear = "السنة";
inline constexpr const char* kHijri = "هـ";
inline constexpr const char* kGregorian = "م";
inline constexpr const char* kRequiredNote = "* حقل مطلوب";
inline constexpr const char* kRowNumber = "م";
inline constexpr const char* kStatement = "العبارة";
inline constexpr const char* kSignName = "الاسم";
inline constexpr const char* kSignature = "التوقيع";
inline constexpr const char* kSignDate = "التاريخ";
inline constexpr const char* kAgree = "أُقرّ بما ورد أعلاه";
inline constexpr const char* kOfficeReceivedBy = "اسم المستلم";
inline constexpr const char* kOfficeDate = "تاريخ الاستلام";
inline constexpr const char* kOfficeNumber = "رقم القيد";
inline constexpr const char* kOfficeDecision = "القرار";
inline constexpr const char* kOfficeNotes = "ملاحظات";
inline constexpr const char* kOfficeSignature = "توقيع المختص";
inline constexpr const char* kOfficeCommittee = "توقيع رئيس اللجنة";
inline constexpr const char* kOfficeStamp = "الختم";
inline constexpr const char* kPage = "صفحة";
// The browser form's buttons and notes.
inline constexpr const char* kCheckAndPrint = "التحقق من البيانات وطباعة النموذج";
inline constexpr const char* kPrintBlank = "طباعة نموذج فارغ";
inline constexpr const char* kClear = "مسح البيانات";
inline constexpr const char* kKeptNote =
    "يُحفظ ما تكتبه في هذا المتصفح على جهازك وحده، ولا يُرسَل إلى أي جهة، ويبقى حتى تضغط «مسح البيانات». "
    "اطبع النموذج بعد تعبئته ووقّعه، ثم سلّمه مع مرفقاته.";
inline constexpr const char* kPrintNote =
    "لإخفاء عنوان الصفحة وتاريخ الطباعة من الورقة، أزل علامة «الرؤوس والتذييلات» (Headers and footers) "
    "من «مزيد من الإعدادات» في نافذة الطباعة.";
inline constexpr const char* kOf = "من";

// "الهوية الوطنية" / "الإقامة" / both, for the hint under an ID field, in the organisation's digits.
std::string id_kind_hint(IdKind kind, Numerals numerals);
// What a mobile number looks like (ten digits starting 05), in the organisation's digits.
std::string mobile_hint(Numerals numerals);
// "هجري" / "ميلادي" / "" for a date field's calendar.
std::string calendar_hint(Calendar calendar);

// The letterhead's lines: country, organisation name, registration sentence (gender agreed).
std::vector<std::string> letterhead_lines(const OrgData& org);

}  // namespace siyasa::form_words
