// Browser forms: every input has a label, ids are unique, the right types and patterns, every
// label of the spec on the page, everything escaped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "forms/form_html.h"
#include "forms/label.h"
#include "spec_texts.h"

namespace siyasa {
namespace {

const std::filesystem::path kForms = std::filesystem::path(SIYASA_SOURCE_DIR) / "templates/forms";

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
      auto html = render_form_html(org, *spec);
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
  for (const auto& org : {test::sample_association(), test::sample_endowment()}) check_page(render_form_html(org, *spec), *spec, org);
}

TEST(FormHtml, IdAndPhoneInputsCarryPatterns) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  auto html = render_form_html(test::sample_association(), *spec);
  std::regex id_input("<input[^>]*id=\"f-national_id\"[^>]*>");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(html, m, id_input));
  EXPECT_EQ(attribute(m[0].str(), "pattern"), "[12١٢][0-9٠-٩]{9}");  // Western or Arabic-Indic digits
  EXPECT_EQ(attribute(m[0].str(), "maxlength"), "10");
  EXPECT_NE(m[0].str().find(" required"), std::string::npos);
  std::regex phone_input("<input[^>]*id=\"f-mobile\"[^>]*>");
  ASSERT_TRUE(std::regex_search(html, m, phone_input));
  EXPECT_EQ(attribute(m[0].str(), "type"), "tel");
  EXPECT_EQ(attribute(m[0].str(), "pattern"), "[0٠][5٥][0-9٠-٩]{8}");
}

TEST(FormHtml, InTheSiteItLinksThePdfOnlyWhenAsked) {
  auto spec = load_form(kForms / "satisfaction-survey.toml");
  ASSERT_TRUE(spec.ok());
  FormHtmlOptions options;
  options.in_site = true;
  const std::string with_pdf = render_form_html(test::sample_association(), *spec, options);
  EXPECT_NE(with_pdf.find("href=\"../index.html\""), std::string::npos);
  EXPECT_NE(with_pdf.find("href=\"../../forms/satisfaction-survey.pdf\""), std::string::npos);
  options.link_pdf = false;
  const std::string without = render_form_html(test::sample_association(), *spec, options);
  EXPECT_NE(without.find("href=\"../index.html\""), std::string::npos);
  EXPECT_EQ(without.find(".pdf"), std::string::npos);
}

TEST(FormHtml, GenderAgreementAndNumerals) {
  auto spec = load_form(kForms / "privacy-violation-report.toml");
  ASSERT_TRUE(spec.ok());
  auto feminine = render_form_html(test::sample_association(), *spec);
  auto masculine = render_form_html(test::sample_endowment(), *spec);
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
  auto html = render_form_html(hostile, *spec);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("جمعية &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;شركاؤها&quot;"), std::string::npos);
}

}  // namespace
}  // namespace siyasa
