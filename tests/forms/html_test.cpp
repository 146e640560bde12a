// Browser forms: every input has a label, ids are unique, the right types and patterns, every
// label of the spec on the page, everything escaped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <unistd.h>

#include "forms/form_html.h"
#include "forms/label.h"
#include "spec_texts.h"

namespace siyasa {
namespace {

const std::filesystem::path kForms = std::filesystem::path(SIYASA_SOURCE_DIR) / "templates/forms";

// templates/forms/form.css and form.js, as every page carries them.
const FormPage& page() {
  static const FormPage loaded = [] {
    auto page = load_form_page(kForms);
    EXPECT_TRUE(page.ok());
    return page.ok() ? *page : FormPage{};
  }();
  return loaded;
}

std::string input_tag(const std::string& html, const std::string& id) {
  std::smatch m;
  std::regex re("<input[^>]*id=\"" + id + "\"[^>]*>");
  return std::regex_search(html, m, re) ? m[0].str() : std::string{};
}

std::string attribute(const std::string& tag, const std::string& name) {
  std::smatch m;
  std::regex re("\\s" + name + "=\"([^\"]*)\"");
  return std::regex_search(tag, m, re) ? m[1].str() : std::string{};
}

std::string escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&#39;";
    else out += c;
  }
  return out;
}

void check_page(const std::string& html, const FormSpec& spec, const OrgData& org) {
  SCOPED_TRACE(spec.id + " / " + org.slug);
  EXPECT_NE(html.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
  EXPECT_NE(html.find("<form "), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);

  std::set<std::string> ids, label_targets;
  std::regex id_re("\\sid=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id_re); it != std::sregex_iterator(); ++it)
    EXPECT_TRUE(ids.insert((*it)[1].str()).second) << "duplicate id " << (*it)[1].str();
  std::regex for_re("<label[^>]*\\sfor=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), for_re); it != std::sregex_iterator(); ++it) {
    label_targets.insert((*it)[1].str());
    EXPECT_TRUE(ids.count((*it)[1].str())) << "label for a missing id " << (*it)[1].str();
  }
  int inputs = 0;
  std::regex input_re("<(input|textarea|select)\\b[^>]*>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), input_re); it != std::sregex_iterator(); ++it) {
    std::string tag = (*it)[0].str();
    ++inputs;
    std::string id = attribute(tag, "id");
    EXPECT_FALSE(id.empty()) << tag;
    EXPECT_FALSE(attribute(tag, "name").empty()) << tag;
    EXPECT_TRUE(label_targets.count(id) || !attribute(tag, "aria-label").empty()) << "unlabelled: " << tag;
  }
  EXPECT_GT(inputs, 5);
  for (const auto& text : test::spec_texts(spec, org))
    EXPECT_NE(html.find(escaped(text)), std::string::npos) << "missing on the page: " << text;
}

TEST(FormHtml, EveryShippedFormForBothOrganisations) {
  for (const auto& id : list_forms(kForms)) {
    auto spec = load_form(kForms / (id + ".toml"));
    ASSERT_TRUE(spec.ok()) << id;
    for (const auto& org : {test::sample_association(), test::sample_endowment()}) {
      auto html = render_form_html(org, *spec, page());
      check_page(html, *spec, org);
      // To look at the pages: SIYASA_PREVIEW_DIR=/tmp/forms ./forms_test
      if (const char* dir = std::getenv("SIYASA_PREVIEW_DIR")) {
        std::filesystem::create_directories(dir);
        std::ofstream(std::filesystem::path(dir) / (org.slug + "-" + id + ".html")) << html;
      }
    }
  }
}

TEST(FormHtml, EveryKindIsLabelled) {
  auto spec = load_form(std::filesystem::path(SIYASA_TEST_DATA) / "forms/good/every-kind.toml");
  ASSERT_TRUE(spec.ok());
  for (const auto& org : {test::sample_association(), test::sample_endowment()}) check_page(render_form_html(org, *spec, page()), *spec, org);
}

TEST(FormHtml, IdAndPhoneInputsCarryPatterns) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  auto html = render_form_html(test::sample_association(), *spec, page());
  const std::string id = input_tag(html, "f-national_id");
  // Western, Arabic-Indic or Persian digits
  EXPECT_EQ(attribute(id, "pattern"), "[12١٢۱۲][0-9٠-٩۰-۹]{9}");
  EXPECT_EQ(attribute(id, "maxlength"), "10");
  EXPECT_EQ(attribute(id, "inputmode"), "numeric");
  EXPECT_NE(id.find(" required"), std::string::npos);
  EXPECT_EQ(attribute(id, "data-name"), "رقم الهوية الوطنية / الإقامة");
  const std::string phone = input_tag(html, "f-mobile");
  EXPECT_EQ(attribute(phone, "type"), "tel");
  EXPECT_EQ(attribute(phone, "pattern"), "[0٠۰][5٥۵][0-9٠-٩۰-۹]{8}");
  EXPECT_EQ(attribute(phone, "placeholder"), "");  // the cells show where the digits go
}

TEST(FormHtml, NumbersAreTextBoxesThatTakeAnyDigits) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  auto html = render_form_html(test::sample_association(), *spec, page());
  EXPECT_EQ(html.find("type=\"number\""), std::string::npos);  // no spinner, no dropped digits
  const std::string income = input_tag(html, "f-monthly_income");
  ASSERT_FALSE(income.empty());
  EXPECT_EQ(attribute(income, "type"), "text");
  EXPECT_EQ(attribute(income, "inputmode"), "numeric");
  EXPECT_EQ(attribute(income, "pattern"), "[0-9٠-٩۰-۹]+");
  const std::string age = input_tag(html, "f-family-age-1");
  ASSERT_FALSE(age.empty());
  EXPECT_EQ(attribute(age, "inputmode"), "numeric");
}

TEST(FormHtml, DatesRequiredGroupsAndMessagesForTheScript) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  auto html = render_form_html(test::sample_association(), *spec, page());
  // Day / month / year with the separators and the calendar's sign, as on the PDF form.
  EXPECT_NE(html.find("data-calendar=\"hijri\""), std::string::npos);
  EXPECT_EQ(attribute(input_tag(html, "f-birth_date-day"), "data-part"), "day");
  EXPECT_NE(html.find("<span class=\"sep\" aria-hidden=\"true\">/</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"era\" aria-hidden=\"true\">هـ</span>"), std::string::npos);
  // A starred group of checkboxes is marked for the script, which requires one tick.
  EXPECT_NE(html.find("data-required-group"), std::string::npos);
  // The page carries its script and says that what is typed stays in the browser.
  EXPECT_NE(html.find("<script>\n"), std::string::npos);
  EXPECT_NE(html.find("localStorage"), std::string::npos);
  EXPECT_NE(html.find("يُحفظ ما تكتبه في هذا المتصفح"), std::string::npos);
  EXPECT_NE(html.find("data-action=\"clear\""), std::string::npos);
}

TEST(FormHtml, HintsFollowTheOrganisationsDigits) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  OrgData western = test::sample_association();
  western.numerals = Numerals::latn;
  OrgData arabic = test::sample_association();
  arabic.numerals = Numerals::arab;
  const std::string w = render_form_html(western, *spec, page());
  const std::string a = render_form_html(arabic, *spec, page());
  EXPECT_NE(w.find("الهوية الوطنية تبدأ بـ 1، والإقامة بـ 2"), std::string::npos);
  EXPECT_NE(w.find("تبدأ بـ 05"), std::string::npos);
  EXPECT_NE(w.find("data-digits=\"latn\""), std::string::npos);
  EXPECT_NE(a.find("الهوية الوطنية تبدأ بـ ١، والإقامة بـ ٢"), std::string::npos);
  EXPECT_NE(a.find("تبدأ بـ ٠٥"), std::string::npos);
  EXPECT_NE(a.find("data-digits=\"arab\""), std::string::npos);
  EXPECT_NE(a.find("counter(page, arabic-indic)"), std::string::npos);  // «صفحة ١ من ٢»
}

TEST(FormHtml, AScriptThatWouldCloseItsElementIsRefused) {
  const auto dir = std::filesystem::path(::testing::TempDir()) / ("siyasa-form-page-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "form.css") << "body{}\n";
  std::ofstream(dir / "form.js") << "// one\nvar s = '</SCRIPT>';\n";
  auto page = load_form_page(dir);
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.diagnostics[0].where.line, 2);
  EXPECT_NE(page.diagnostics[0].message.find("</script"), std::string::npos);
}

TEST(FormHtml, InTheSiteItLinksThePdfOnlyWhenAsked) {
  auto spec = load_form(kForms / "satisfaction-survey.toml");
  ASSERT_TRUE(spec.ok());
  FormHtmlOptions options;
  options.in_site = true;
  const std::string with_pdf = render_form_html(test::sample_association(), *spec, page(), options);
  EXPECT_NE(with_pdf.find("href=\"../index.html\""), std::string::npos);
  EXPECT_NE(with_pdf.find("href=\"satisfaction-survey.pdf\""), std::string::npos);  // the site's copy
  options.link_pdf = false;
  const std::string without = render_form_html(test::sample_association(), *spec, page(), options);
  EXPECT_NE(without.find("href=\"../index.html\""), std::string::npos);
  EXPECT_EQ(without.find(".pdf"), std::string::npos);
}

TEST(FormHtml, GenderAgreementAndNumerals) {
  auto spec = load_form(kForms / "privacy-violation-report.toml");
  ASSERT_TRUE(spec.ok());
  auto feminine = render_form_html(test::sample_association(), *spec, page());
  auto masculine = render_form_html(test::sample_endowment(), *spec, page());
  EXPECT_NE(feminine.find("تتيح الجمعية"), std::string::npos);
  EXPECT_NE(masculine.find("يتيح الوقف"), std::string::npos);
  EXPECT_NE(feminine.find("مسجلة لدى وزارة الموارد البشرية والتنمية الاجتماعية برقم (656)"), std::string::npos);
}

TEST(FormHtml, OrganisationValuesAreEscaped) {
  auto spec = load_form(kForms / "member-service-request.toml");
  ASSERT_TRUE(spec.ok());
  OrgData hostile = test::sample_association();
  hostile.name = "جمعية <script>alert(1)</script> & \"شركاؤها\"";
  hostile.self_name = "<b>الجمعية</b>";
  auto html = render_form_html(hostile, *spec, page());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("جمعية &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;شركاؤها&quot;"), std::string::npos);
}

}  // namespace
}  // namespace siyasa
