// What `siyasa build` and `siyasa form` get from the forms stage: files where README.md puts
// them, nothing partial, exit statuses and file:line:col errors from the command line.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "forms/form_list.h"
#include "pipeline/write_form.h"
#include "spec_texts.h"

namespace siyasa {
namespace {

const std::filesystem::path kRoot = SIYASA_SOURCE_DIR;

struct Run {
  int status = 0;
  std::string output;  // stdout and stderr
};
Run run(const std::string& command) {
  Run r;
  if (FILE* p = popen((command + " 2>&1").c_str(), "r")) {
    std::array<char, 4096> buffer;
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), p)) r.output.append(buffer.data(), n);
    int status = pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  return r;
}

std::string read(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// An empty folder of this process, removed with everything in it when the test ends.
struct TempFolder {
  std::filesystem::path path;
  explicit TempFolder(const std::string& name)
      : path(std::filesystem::path(::testing::TempDir()) / (name + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempFolder() { std::filesystem::remove_all(path); }
  operator const std::filesystem::path&() const { return path; }
  std::filesystem::path operator/(const std::string& part) const { return path / part; }
  std::string string() const { return path.string(); }
};

TEST(FormBuild, WritesThePdfAndTheSitePage) {
  TempFolder out("siyasa-forms-build");
  auto fonts = load_fonts(kRoot / "fonts");
  ASSERT_TRUE(fonts.ok());
  auto org = test::sample_association();
  FormSpecs specs(kRoot / "templates/forms");
  auto report = build_form(*fonts, org, specs, "satisfaction-survey", out, true, true);
  ASSERT_TRUE(report.diagnostics.empty()) << format_diagnostic(report.diagnostics[0]);
  EXPECT_EQ(report.pages, 2);
  const auto pdf = out / "kiswa/forms/satisfaction-survey.pdf";
  const auto html = out / "kiswa/site/forms/satisfaction-survey.html";
  EXPECT_EQ(read(pdf).substr(0, 5), "%PDF-");
  std::string page = read(html);
  EXPECT_NE(page.find("href=\"../assets/fonts.css\""), std::string::npos);
  EXPECT_NE(page.find("href=\"satisfaction-survey.pdf\""), std::string::npos);
  EXPECT_NE(page.find("href=\"../index.html\""), std::string::npos);
  // The site holds the PDF it links, the same bytes.
  EXPECT_EQ(read(out / "kiswa/site/forms/satisfaction-survey.pdf"), read(pdf));
  // Nothing but the three files: no temporary file left behind.
  int files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(out.path)) files += e.is_regular_file();
  EXPECT_EQ(files, 3);
}

TEST(FormBuild, UnknownFormIsAnErrorAndWritesNothing) {
  TempFolder out("siyasa-forms-build-missing");
  auto fonts = load_fonts(kRoot / "fonts");
  ASSERT_TRUE(fonts.ok());
  FormSpecs specs(kRoot / "templates/forms");
  auto report = build_form(*fonts, test::sample_association(), specs, "no-such-form", out, true, true);
  EXPECT_TRUE(has_errors(report.diagnostics));
  EXPECT_TRUE(std::filesystem::is_empty(out.path));
}

TEST(FormBuild, ListsTheFormsWithTitlesForTheSite) {
  FormSpecs specs(kRoot / "templates/forms");
  auto list = list_org_forms(test::sample_endowment(), specs, list_forms(kRoot / "templates/forms"));
  EXPECT_TRUE(list.diagnostics.empty());
  ASSERT_GE(list.forms.size(), 5u);
  EXPECT_EQ(list.forms[0].id, "beneficiary-support-request");
  EXPECT_EQ(list.forms[0].title, "طلب دعم مستفيد");
}

TEST(FormSpecs, LoadsEachSpecOnceAndKeepsItsErrors) {
  FormSpecs specs(kRoot / "templates/forms");
  const Result<FormSpec>& first = specs.get("satisfaction-survey");
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(&specs.get("satisfaction-survey"), &first);  // the same spec, not loaded again
  EXPECT_EQ(first->title.source, load_form(kRoot / "templates/forms/satisfaction-survey.toml")->title.source);
  EXPECT_FALSE(specs.get("no-such-form").ok());
  EXPECT_TRUE(has_errors(specs.get("no-such-form").diagnostics));
}

TEST(FormCommand, WritesAPdfOfTheRightSize) {
  TempFolder out("siyasa-forms-cli");
  auto r = run(std::string(SIYASA_BINARY) + " form --org orgs/mafatih.toml --form personal-data-consent -o " +
               (out / "consent.pdf").string());
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.output, "");
  auto info = run("pdfinfo " + (out / "consent.pdf").string()).output;
  EXPECT_NE(info.find("Pages:           2\n"), std::string::npos) << info;
  EXPECT_NE(info.find("Page size:       595.276 x 841.89 pts (A4)"), std::string::npos) << info;
}

TEST(FormCommand, HtmlGoesToStandardOutputWithDash) {
  auto r = run(std::string(SIYASA_BINARY) + " form --org orgs/kiswa.toml --form member-service-request --format html -o -");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output.rfind("<!DOCTYPE html>", 0), 0u);
}

TEST(FormCommand, UnknownFormIsAUsageErrorListingTheForms) {
  auto r = run(std::string(SIYASA_BINARY) + " form --org orgs/kiswa.toml --form consent -o /dev/null");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("no form 'consent'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("personal-data-consent"), std::string::npos) << r.output;
}

TEST(FormCommand, BadSpecIsInvalidInputWithItsPosition) {
  TempFolder templates("siyasa-forms-cli-bad");
  std::filesystem::create_directories(templates / "forms");
  std::filesystem::copy_file(std::filesystem::path(SIYASA_TEST_DATA) / "forms/bad/unknown-kind.toml",
                             templates / "forms/broken.toml");
  auto out = templates / "broken.pdf";
  auto r = run(std::string(SIYASA_BINARY) + " form --templates " + templates.string() +
               " --org orgs/kiswa.toml --form broken -o " + out.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find("forms/broken.toml:7:8: error: unknown field kind 'chioce'"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("hint: did you mean 'choice'?"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(FormCommand, CheckReportsABrokenFormSpec) {
  TempFolder templates("siyasa-forms-check");
  std::filesystem::copy(kRoot / "templates", templates.path, std::filesystem::copy_options::recursive);
  std::filesystem::copy_file(std::filesystem::path(SIYASA_TEST_DATA) / "forms/bad/duplicate-id.toml",
                             templates / "forms/broken.toml");
  auto r = run(std::string(SIYASA_BINARY) + " check --templates " + templates.string());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("forms/broken.toml:13:6: error: duplicate field id 'full_name'"), std::string::npos)
      << r.output;
}

}  // namespace
}  // namespace siyasa
