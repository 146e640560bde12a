#include "sample_site.h"

#include <string>

namespace siyasa::testing {
namespace {

const std::filesystem::path kSource = SIYASA_SOURCE_DIR;

constexpr const char* kBeneficiaryMarkdown = R"md(# مقدمة

يضع {{self}} السياسات والإجراءات التي تنظم علاقته بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق {{self}} وكافة هذه الأطراف.

# الهدف العام

تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم.

# الأهداف التفصيلية

1. تقدير حاجة المستفيد وكافة الفئات المستفيدة من خلال تسهيل الإجراءات.
2. تقديم الخدمات المتكاملة بأحدث الأساليب **الإلكترونية** في خدمة المستفيد.
3. تقديم المعلومات والإجابات بشكل ملائم من خلال عدة قنوات:
   - الهاتف الموحد
   - البريد الإلكتروني: info@example.org.sa
   - الموقع الإلكتروني: <https://example.org.sa/contact>

## قنوات التواصل ومدد الرد

| القناة | مدة الرد |
|---|---|
| الهاتف | يوم عمل واحد |
| البريد الإلكتروني | ثلاثة أيام عمل |
| الزيارة الشخصية | في الحال |

# آلية التعامل مع المستفيد

- استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات.
- التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسته والرد عليه خلال مدة لا تزيد عن أسبوعين.

> يحق للمستفيد التظلم من القرار خلال ثلاثين يوماً.

ملاحظة للاختبار: <script>alert("x")</script> و[رابط خطر](javascript:alert(1)) يبقيان نصاً.
)md";

constexpr const char* kPrivacyMarkdown = R"md(## المادة (1): التعريفات

**البيانات الشخصية:** كل بيان يتعلق بالمستفيد أياً كان مصدره أو شكله.

## المادة (2): نطاق التطبيق

تسري هذه السياسة على جميع منسوبي {{self}} والمتطوعين والجهات المتعاقدة.

## المادة (3): حماية البيانات

1. لا تُجمع إلا البيانات اللازمة لتقديم الخدمة.
2. تُحفظ البيانات في أنظمة محمية لا يصل إليها إلا المخولون.

---

رقم الحساب للتبرعات: `SA03 8000 0000 6080 1016 7519`
)md";

std::string with_self(std::string text, const OrgData& org) {
  const std::string placeholder = "{{self}}";
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at)) {
    text.replace(at, placeholder.size(), org.self_name);
  }
  return text;
}

ApprovalBlock approval_for(const OrgData& org, const std::string& meeting,
                           const std::string& hijri, const std::string& gregorian) {
  ApprovalBlock a;
  a.heading = "اعتماد مجلس الإدارة";
  a.sentence = "اعتُمدت هذه السياسة في اجتماع مجلس إدارة " + org.short_name + " رقم (" + meeting + ") بتاريخ " +
               hijri + " الموافق " + gregorian + ".";
  a.hijri_date = hijri;
  a.gregorian_date = gregorian;
  a.chairman_name = org.chairman_name;
  a.chairman_title = org.chairman_title;
  return a;
}

}  // namespace

std::vector<MergedPolicy> sample_policies(const OrgData& org) {
  const bool arab = org.numerals == Numerals::arab;
  MergedPolicy beneficiary;
  beneficiary.id = "beneficiary-relations";
  beneficiary.title = "سياسة تنظيم العلاقة مع المستفيدين";
  beneficiary.order = 1;
  beneficiary.markdown = with_self(kBeneficiaryMarkdown, org);
  beneficiary.approval = approval_for(org, arab ? "١٦١" : "161",
                                      arab ? "٢٣/٠٣/١٤٤٧هـ" : "23/03/1447هـ",
                                      arab ? "١٥/٠٩/٢٠٢٥م" : "15/09/2025م");
  beneficiary.forms = {"beneficiary-intake"};
  beneficiary.template_file = "templates/policies/beneficiary-relations.md";
  beneficiary.body_first_line = 8;

  MergedPolicy privacy;
  privacy.id = "information-privacy";
  privacy.title = "سياسة خصوصية المعلومات";
  privacy.order = 2;
  privacy.markdown = with_self(kPrivacyMarkdown, org);
  privacy.approval = approval_for(org, arab ? "١٦٢" : "162", arab ? "١٠/٠٥/١٤٤٧هـ" : "10/05/1447هـ",
                                  arab ? "٣١/١٠/٢٠٢٥م" : "31/10/2025م");
  privacy.article_style = true;
  privacy.template_file = "templates/policies/information-privacy.md";
  privacy.body_first_line = 6;
  // Listed out of booklet order: the index must sort by `order`.
  return {privacy, beneficiary};
}

std::vector<FormRef> sample_forms() {
  return {{"beneficiary-intake", "نموذج تسجيل مستفيد"}, {"complaint", "نموذج تقديم شكوى أو مقترح"}};
}

SiteOptions sample_site_options() {
  SiteOptions options;
  options.templates_dir = kSource / "templates/site";
  return options;
}

}  // namespace siyasa::testing
