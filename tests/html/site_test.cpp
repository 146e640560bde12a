// Policy pages, the index and write_site: every input shows up, nothing from data or templates
// becomes markup, anchors are unique and resolve, files land where the site links to them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "html/html_text.h"
#include "html/site.h"
#include "html/site_assets.h"
#include "sample_site.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;
using siyasa::test::sample_association;
using siyasa::test::sample_endowment;
using siyasa::testing::sample_forms;
using siyasa::testing::sample_policies;
using siyasa::testing::sample_site_options;

SiteTemplates templates() {
  Result<SiteTemplates> t = load_site_templates(sample_site_options().templates_dir);
  EXPECT_TRUE(t.ok()) << (t.diagnostics.empty() ? "" : format_diagnostic(t.diagnostics[0]));
  return *t;
}

std::string policy_page(const OrgData& org, const MergedPolicy& policy,
                        PageMode mode = PageMode::site) {
  Result<std::string> page = render_policy_page(templates(), org, policy, sample_site_options(), mode);
  EXPECT_TRUE(page.ok());
  return page.ok() ? *page : std::string();
}

std::vector<std::string> all_matches(const std::string& html, const std::string& pattern) {
  std::vector<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator();
       ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const MergedPolicy& beneficiary(const std::vector<MergedPolicy>& policies) {
  for (const MergedPolicy& p : policies) {
    if (p.id == "beneficiary-relations") return p;
  }
  throw std::logic_error("sample policy missing");
}

TEST(PolicyPage, IsArabicRightToLeftUtf8) {
  const OrgData org = sample_association();
  const std::string html = policy_page(org, beneficiary(sample_policies(org)));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(contains(html, "name=\"viewport\""));
  EXPECT_TRUE(contains(html, "numerals-arab"));
}

TEST(PolicyPage, ShowsEveryPartOfThePolicy) {
  const OrgData org = sample_association();
  const std::vector<MergedPolicy> policies = sample_policies(org);
  const MergedPolicy& policy = beneficiary(policies);
  const std::string html = policy_page(org, policy);
  for (const std::string& part :
       {policy.title, policy.approval->heading, escape_html_keeping_dates(policy.approval->sentence),
        std::string("<span class=\"date\">٢٣/٠٣/١٤٤٧هـ</span>"),  // a date never breaks
        policy.approval->hijri_date, policy.approval->gregorian_date,
        policy.approval->chairman_name, policy.approval->chairman_title, org.name,
        std::string("الأهداف التفصيلية"), std::string("قنوات التواصل ومدد الرد"),
        std::string("<th scope=\"col\">مدة الرد</th>"), std::string("<ol>"),
        std::string("<blockquote>"), std::string("href=\"beneficiary-relations.pdf\""),
        std::string("href=\"index.html\""), std::string("src=\"assets/logo.svg\""),
        std::string("href=\"assets/site.css\""), std::string("href=\"assets/fonts.css\"")}) {
    EXPECT_TRUE(contains(html, part)) << part;
  }
}

TEST(PolicyPage, AnchorsAreUniqueAndEveryTocLinkResolves) {
  const OrgData org = sample_association();
  const std::string html = policy_page(org, beneficiary(sample_policies(org)));
  const std::vector<std::string> ids = all_matches(html, R"re(\sid="([^"]*)")re");
  const std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  const std::vector<std::string> fragments = all_matches(html, R"re(href="#([^"]*)")re");
  EXPECT_GE(fragments.size(), 5u);  // four top-level headings, one subheading, the skip link
  for (const std::string& f : fragments) EXPECT_TRUE(unique.count(f)) << f;
}

TEST(PolicyPage, ScriptInTemplateTextComesOutInert) {
  const OrgData org = sample_association();
  const std::string html = policy_page(org, beneficiary(sample_policies(org)));
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "javascript:"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  EXPECT_TRUE(contains(html, "رابط خطر"));
}

TEST(PolicyPage, ScriptInOrganisationDataComesOutInert) {
  OrgData org = sample_association();
  org.name = "جمعية <script>alert(1)</script>";
  org.registration_number = "\"><img src=x onerror=alert(1)>";
  org.website = "javascript:alert(1)//";
  org.phone = "<b>123</b>";
  MergedPolicy policy = beneficiary(sample_policies(org));
  policy.title = "سياسة <img src=x onerror=alert(2)>";
  policy.approval->chairman_name = "</p><script>alert(3)</script>";
  const std::string html = policy_page(org, policy);
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<img src=x"));
  EXPECT_FALSE(contains(html, "<b>"));
  EXPECT_FALSE(contains(html, "=\"javascript:"));  // shown as text only, never a link
  EXPECT_TRUE(contains(html, "جمعية &lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}

TEST(PolicyPage, CanonicalAndOpenGraphOnlyWhenTheWebsiteIsKnown) {
  const OrgData with_site = sample_association();
  const std::string html = policy_page(with_site, beneficiary(sample_policies(with_site)));
  EXPECT_TRUE(contains(html, "<link rel=\"canonical\" href=\"https://kiswa.example.org.sa/policies/beneficiary-relations.html\">"));
  EXPECT_TRUE(contains(html, "<meta property=\"og:title\""));
  EXPECT_TRUE(contains(html, "<meta property=\"og:image\" content=\"https://kiswa.example.org.sa/policies/assets/logo.svg\">"));
  EXPECT_TRUE(contains(html, "<meta property=\"og:description\" content=\"يضع الجمعية"));

  const OrgData without = sample_endowment();
  const std::string plain = policy_page(without, beneficiary(sample_policies(without)));
  EXPECT_FALSE(contains(plain, "canonical"));
  EXPECT_FALSE(contains(plain, "og:"));
  EXPECT_FALSE(contains(plain, "<img"));
  EXPECT_TRUE(contains(plain, "numerals-latn"));
  EXPECT_TRUE(contains(plain, "مسجّل لدى"));  // masculine agreement for an endowment
}

TEST(PolicyPage, SubtitleAndApprovalUnderTheTitleWhenTheTemplateSaysSo) {
  const OrgData org = sample_association();
  MergedPolicy policy = beneficiary(sample_policies(org));
  policy.subtitle = "جمعية كسوة الكاسي";
  const std::string at_end = policy_page(org, policy);
  EXPECT_TRUE(contains(at_end, "<p class=\"policy-subtitle\">جمعية كسوة الكاسي</p>"));
  EXPECT_GT(at_end.find("id=\"approval-heading\""), at_end.find("class=\"policy-body\""));

  policy.approval->placement = "after_title";
  for (PageMode mode : {PageMode::site, PageMode::fragment}) {
    const std::string html = policy_page(org, policy, mode);
    const size_t approval = html.find("id=\"approval-heading\"");
    ASSERT_NE(approval, std::string::npos);
    EXPECT_LT(approval, html.find("class=\"policy-body\""));
    EXPECT_EQ(html.find("id=\"approval-heading\"", approval + 1), std::string::npos);
  }
}

TEST(PolicyPage, SignatureOnlyApprovalLeavesNoEmptyHeadingOrDate) {
  // Seed 003: signed by the chairman, with neither an approval sentence nor a date.
  const OrgData org = sample_association();
  MergedPolicy policy = beneficiary(sample_policies(org));
  policy.approval->heading.clear();
  policy.approval->sentence.clear();
  policy.approval->hijri_date.clear();
  policy.approval->gregorian_date.clear();
  const std::string html = policy_page(org, policy);
  EXPECT_FALSE(contains(html, "<h2 id=\"approval-heading\">"));
  EXPECT_FALSE(contains(html, "تاريخ الاعتماد"));
  EXPECT_FALSE(contains(html, "<p></p>"));
  EXPECT_TRUE(contains(html, "<section class=\"approval\" aria-label=\"اعتماد السياسة\">"));
  EXPECT_TRUE(contains(html, policy.approval->chairman_name));
  const std::string index = render_site_index(templates(), org, {policy}, {}, sample_site_options());
  EXPECT_FALSE(contains(index, "تاريخ الاعتماد"));
}

// «اعتمدت الجمعية السياسات التالية بقرارات من مجلس الإدارة» only when the board approved every
// policy listed; in the number of the policies; and in the organisation's gender.
TEST(SiteIndex, SaysTheBoardApprovedOnlyWhenItDid) {
  const OrgData org = sample_association();
  const auto policies = sample_policies(org);
  const std::string approved = render_site_index(templates(), org, policies, {}, sample_site_options());
  EXPECT_TRUE(contains(approved, "اعتمدت الجمعية السياسات التالية بقرارات من مجلس الإدارة"));
  EXPECT_TRUE(contains(approved, ">السياسات المعتمدة</h2>"));
  const std::string one = render_site_index(templates(), org, {policies[0]}, {}, sample_site_options());
  EXPECT_TRUE(contains(one, "اعتمدت الجمعية السياسة التالية بقرار من مجلس الإدارة"));

  auto unapproved = policies;
  unapproved[0].approval->heading.clear();  // seed 003: signed by the chairman, no approval
  unapproved[0].approval->sentence.clear();
  const std::string signed_only = render_site_index(templates(), org, unapproved, {}, sample_site_options());
  EXPECT_FALSE(contains(signed_only, "اعتمدت"));
  EXPECT_FALSE(contains(signed_only, "مجلس الإدارة،"));
  EXPECT_TRUE(contains(signed_only, "تنشر الجمعية هنا سياساتها للاطلاع والتحميل."));
  EXPECT_FALSE(contains(signed_only, "السياسات المعتمدة"));

  const OrgData waqf = sample_endowment();
  auto none = sample_policies(waqf);
  for (auto& p : none) p.approval.reset();
  const std::string masculine = render_site_index(templates(), waqf, {none[0]}, {}, sample_site_options());
  EXPECT_TRUE(contains(masculine, "ينشر الوقف هنا سياسته للاطلاع والتحميل."));
  EXPECT_TRUE(contains(render_site_index(templates(), waqf, sample_policies(waqf), {}, sample_site_options()),
                       "اعتمد الوقف السياسات التالية بقرارات من مجلس الإدارة"));
}

TEST(SiteIndex, NoContactListWithoutContactDetails) {
  const OrgData org = sample_endowment();  // no website, e-mail or phone
  const std::string index =
      render_site_index(templates(), org, sample_policies(org), {}, sample_site_options());
  EXPECT_FALSE(contains(index, "class=\"contact\""));
  EXPECT_TRUE(contains(render_site_index(templates(), sample_association(), {}, {},
                                         sample_site_options()),
                       "class=\"contact\""));
}

TEST(PolicyPage, ShallowestHeadingIsH2UnderTheTitle) {
  const OrgData org = sample_association();
  MergedPolicy policy = beneficiary(sample_policies(org));
  policy.markdown = "### أولاً\n\nنص\n\n#### فرع\n";
  const std::string html = policy_page(org, policy);
  EXPECT_TRUE(contains(html, "<h2 id=\"h-1\">أولاً</h2>"));
  EXPECT_TRUE(contains(html, "<h3 id=\"h-1-1\">فرع</h3>"));
}

TEST(PolicyPage, FragmentIsTheBodyOnly) {
  const OrgData org = sample_association();
  const std::vector<MergedPolicy> policies = sample_policies(org);
  const MergedPolicy& policy = beneficiary(policies);
  const std::string html = policy_page(org, policy, PageMode::fragment);
  EXPECT_EQ(html.rfind("<div class=\"siyasa-policy\" lang=\"ar\" dir=\"rtl\">", 0), 0u);
  EXPECT_FALSE(contains(html, "<html"));
  EXPECT_FALSE(contains(html, "<head"));
  EXPECT_FALSE(contains(html, "<link"));
  EXPECT_FALSE(contains(html, "site-header"));
  EXPECT_TRUE(contains(html, "<h2 id=\"h-3\">الأهداف التفصيلية</h2>"));
  EXPECT_TRUE(contains(html, escape_html_keeping_dates(policy.approval->sentence)));
}

TEST(PolicyPage, StandaloneNeedsNoOtherFile) {
  const OrgData org = sample_association();
  const std::string html = policy_page(org, beneficiary(sample_policies(org)), PageMode::standalone);
  EXPECT_TRUE(contains(html, "<style>"));
  EXPECT_TRUE(contains(html, "font-family: \"SiyasaBody\""));
  EXPECT_FALSE(contains(html, "href=\"assets/"));
  EXPECT_FALSE(contains(html, "src=\"assets/"));
  EXPECT_FALSE(contains(html, ".pdf\""));
  EXPECT_FALSE(contains(html, "index.html"));
  EXPECT_FALSE(contains(html, "class=\"breadcrumbs\""));
  EXPECT_TRUE(contains(html, "<img class=\"logo\" src=\"data:image/svg+xml;base64,PHN2Zy"));
}

TEST(SiteIndex, ListsPoliciesInBookletOrderWithDatesAndLinks) {
  const OrgData org = sample_association();
  const std::vector<MergedPolicy> policies = sample_policies(org);
  const std::string html =
      render_site_index(templates(), org, policies, sample_forms(), sample_site_options());
  const size_t first = html.find("سياسة تنظيم العلاقة مع المستفيدين");
  const size_t second = html.find("سياسة خصوصية المعلومات");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);  // order 1 before order 2 though given the other way round
  for (const MergedPolicy& p : policies) {
    EXPECT_TRUE(contains(html, "href=\"" + p.id + ".html\"")) << p.id;
    EXPECT_TRUE(contains(html, "href=\"" + p.id + ".pdf\"")) << p.id;  // the site's copy
    EXPECT_TRUE(contains(html, p.approval->hijri_date)) << p.id;
    EXPECT_TRUE(contains(html, p.approval->gregorian_date)) << p.id;
  }
  for (const FormRef& f : sample_forms()) {
    EXPECT_TRUE(contains(html, f.title));
    EXPECT_TRUE(contains(html, "href=\"forms/" + f.id + ".html\""));
    EXPECT_TRUE(contains(html, "href=\"forms/" + f.id + ".pdf\""));
  }
  for (const std::string& part :
       {org.name, org.registration_authority, org.registration_number, org.licence_number,
        std::string("مسجّلة لدى"), std::string("href=\"booklet.pdf\""),
        std::string("href=\"mailto:info@kiswa.example.org.sa\""),
        std::string("href=\"tel:+966170000000\""),
        std::string("<link rel=\"canonical\" href=\"https://kiswa.example.org.sa/policies/\">")}) {
    EXPECT_TRUE(contains(html, part)) << part;
  }
}

TEST(SiteIndex, WithoutPdfLinksNamesNoPdf) {
  const OrgData org = sample_association();
  SiteOptions options = sample_site_options();
  options.link_pdfs = false;
  const std::string html =
      render_site_index(templates(), org, sample_policies(org), sample_forms(), options);
  EXPECT_FALSE(contains(html, ".pdf"));
  EXPECT_TRUE(contains(html, "href=\"forms/complaint.html\""));
}

TEST(SiteIndex, LinksOnlyThePdfsThatAreThere) {
  const OrgData org = sample_association();
  const std::vector<MergedPolicy> policies = sample_policies(org);
  SiteOptions options = sample_site_options();
  options.available_pdfs = std::set<std::string>{"beneficiary-relations.pdf", "forms/complaint.pdf"};
  const std::string index = render_site_index(templates(), org, policies, sample_forms(), options);
  EXPECT_EQ(all_matches(index, R"re(href="([^"]*\.pdf)")re"),
            (std::vector<std::string>{"beneficiary-relations.pdf", "forms/complaint.pdf"}));
  EXPECT_FALSE(contains(index, "class=\"booklet\""));

  for (const MergedPolicy& policy : policies) {
    Result<std::string> page = render_policy_page(templates(), org, policy, options);
    ASSERT_TRUE(page.ok());
    const bool there = policy.id == "beneficiary-relations";
    EXPECT_EQ(contains(*page, "href=\"" + policy.id + ".pdf\""), there) << policy.id;
    EXPECT_EQ(contains(*page, "class=\"download\""), there) << policy.id;  // no empty block
  }
}

class WriteSite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = siyasa::test::test_scratch_folder("site");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(WriteSite, LogoDataUrlIsBase64OfTheFile) {
  fs::create_directories(dir_);
  OrgData org = sample_endowment();
  for (const auto& [bytes, expected] : std::vector<std::pair<std::string, std::string>>{
           {"Man", "TWFu"}, {"Ma", "TWE="}, {"M", "TQ=="}, {"", ""}, {std::string("\xff\xfe\x00\x01", 4), "//4AAQ=="}}) {
    org.logo = dir_ / "logo.png";
    std::ofstream(org.logo, std::ios::binary) << bytes;
    EXPECT_EQ(logo_data_url(org), "data:image/png;base64," + expected) << expected;
  }
  org.logo = dir_ / "logo.exe";
  std::ofstream(org.logo) << "MZ";
  EXPECT_EQ(logo_data_url(org), "");
}

TEST_F(WriteSite, WritesEveryPageAndAssetTheyLinkTo) {
  const OrgData org = sample_association();
  const std::vector<MergedPolicy> policies = sample_policies(org);
  const Diagnostics problems = write_site(org, policies, sample_forms(), dir_, sample_site_options());
  EXPECT_TRUE(problems.empty()) << format_diagnostic(problems.front());
  for (const char* file : {"index.html", "beneficiary-relations.html", "information-privacy.html",
                           "assets/site.css", "assets/fonts.css", "assets/logo.svg",
                           "assets/fonts/amiri-regular.woff2", "assets/fonts/amiri-bold.woff2"}) {
    EXPECT_TRUE(fs::is_regular_file(dir_ / file)) << file;
  }
  // Every asset a page or stylesheet names exists.
  for (const char* page : {"index.html", "beneficiary-relations.html"}) {
    for (const std::string& href :
         all_matches(read(dir_ / page), R"re((?:href|src)="(assets/[^"]*)")re")) {
      EXPECT_TRUE(fs::is_regular_file(dir_ / href)) << page << " → " << href;
    }
  }
  for (const std::string& url : all_matches(read(dir_ / "assets/fonts.css"), R"re(url\("([^"]*)"\))re")) {
    EXPECT_TRUE(fs::is_regular_file(dir_ / "assets" / url)) << url;
  }
  EXPECT_EQ(read(dir_ / "assets/site.css"), read(sample_site_options().templates_dir / "site.css"));

  // site_files names exactly what was written (what `siyasa build` records as its own).
  std::set<fs::path> written, named;
  for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
    if (entry.is_regular_file()) written.insert(entry.path().lexically_relative(dir_));
  }
  for (const auto& file : site_files(org, {"beneficiary-relations", "information-privacy"}, sample_site_options())) {
    named.insert(file);
  }
  EXPECT_EQ(named, written);
}

// The governance page (issue 18): the adopted policies with their approval dates, the forms, and
// the documents the organisation lists — a file copied beside the site, a link left a link; the
// index links it, and a kind the organisation does not list does not appear.
TEST_F(WriteSite, GovernancePageListsPoliciesFormsAndDocuments) {
  OrgData org = sample_association();
  fs::create_directories(dir_ / "in");
  std::ofstream(dir_ / "in" / "bylaws.pdf") << "%PDF-1.4 bylaws";
  org.documents = {OrgDocument{"bylaws", "", dir_ / "in" / "bylaws.pdf", ""},
                   OrgDocument{"annual_report", "2024", "", "https://example.org.sa/r-2024.pdf"}};
  const std::vector<MergedPolicy> policies = sample_policies(org);
  const fs::path site = dir_ / "site";
  const Diagnostics problems = write_site(org, policies, sample_forms(), site, sample_site_options());
  ASSERT_TRUE(problems.empty()) << format_diagnostic(problems.front());
  const std::string page = read(site / kGovernancePage);
  EXPECT_TRUE(contains(page, "<h1>الحوكمة</h1>"));
  for (const MergedPolicy& p : policies) {
    EXPECT_TRUE(contains(page, "<a href=\"" + p.id + ".html\">" + p.title + "</a>")) << p.id;
    if (p.approval && !p.approval->gregorian_date.empty())
      EXPECT_TRUE(contains(page, p.approval->gregorian_date)) << p.id;
  }
  for (const FormRef& f : sample_forms()) EXPECT_TRUE(contains(page, "href=\"forms/" + f.id + ".html\"")) << f.id;
  EXPECT_TRUE(contains(page, "<a href=\"documents/bylaws.pdf\">اللائحة الأساسية</a>"));
  EXPECT_TRUE(contains(page, "<a href=\"https://example.org.sa/r-2024.pdf\" rel=\"noopener\">التقرير السنوي: 2024</a>"));
  EXPECT_FALSE(contains(page, "القوائم المالية المدققة"));  // not listed by this organisation
  EXPECT_EQ(read(site / "documents/bylaws.pdf"), "%PDF-1.4 bylaws");
  EXPECT_TRUE(contains(read(site / "index.html"), "<a href=\"governance.html\">"));

  // Without documents the section is left out; only the policies given are listed.
  const OrgData plain = sample_endowment();
  std::vector<MergedPolicy> one = sample_policies(plain);
  one.resize(1);
  ASSERT_TRUE(write_site(plain, one, {}, dir_ / "plain", sample_site_options()).empty());
  const std::string bare = read(dir_ / "plain" / kGovernancePage);
  EXPECT_FALSE(contains(bare, "الوثائق"));
  EXPECT_FALSE(contains(bare, "النماذج"));
  EXPECT_EQ(all_matches(bare, R"re(<th scope="row"><a href="([^"]*)")re"), std::vector<std::string>{one[0].id + ".html"});
  EXPECT_TRUE(contains(bare, "ينشر "));  // masculine: the endowment
}

TEST_F(WriteSite, FontsAreSubsetYetKeepArabic) {
  const OrgData org = sample_endowment();
  ASSERT_TRUE(write_site(org, sample_policies(org), {}, dir_, sample_site_options()).empty());
  for (const WebFont& font : default_web_fonts()) {
    std::string name = font.face.file.stem().string() + ".woff2";
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    const auto subset = fs::file_size(dir_ / "assets/fonts" / name);
    // Subset and compressed: about a third of the face a PDF embeds, or less.
    EXPECT_LT(subset, fs::file_size(font.face.file) * 2 / 5) << name;
    EXPECT_GT(subset, 50'000u) << name;  // the Arabic block with its shaping tables is not tiny
  }
}

TEST_F(WriteSite, BrokenTemplateWritesNothing) {
  const fs::path broken = dir_ / "templates";
  fs::create_directories(broken);
  for (const auto& entry : fs::directory_iterator(sample_site_options().templates_dir)) {
    fs::copy_file(entry.path(), broken / entry.path().filename());
  }
  std::ofstream(broken / "index.mustache") << "{{#policies}} never closed";
  SiteOptions options = sample_site_options();
  options.templates_dir = broken;
  const OrgData org = sample_association();
  const Diagnostics problems = write_site(org, sample_policies(org), {}, dir_ / "site", options);
  ASSERT_TRUE(has_errors(problems));
  EXPECT_TRUE(contains(problems.front().where.file, "index.mustache"));
  EXPECT_FALSE(fs::exists(dir_ / "site"));
}

TEST_F(WriteSite, MissingLogoIsAWarningAndNotLinked) {
  OrgData org = sample_association();
  org.logo = dir_ / "no-such-logo.png";
  const Diagnostics problems = write_site(org, sample_policies(org), {}, dir_ / "site", sample_site_options());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].severity, Severity::warning);
  EXPECT_FALSE(contains(read(dir_ / "site/index.html"), "<img"));
  EXPECT_TRUE(fs::is_regular_file(dir_ / "site/index.html"));
}

}  // namespace
}  // namespace siyasa
