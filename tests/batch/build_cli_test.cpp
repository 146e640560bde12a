// siyasa build end to end, through the binary: what it writes, what it skips, how one broken
// organisation fails alone.
#include <gtest/gtest.h>

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <sys/wait.h>

#include "data/org.h"

#include "support/scratch.h"

namespace {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string output;  // stdout and stderr together
};

Run siyasa(const std::string& args) {
  std::string command = std::string(SIYASA_BINARY) + " " + args + " 2>&1";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) run.output.append(buffer.data(), n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

// The line of `output` that starts with `prefix` (empty when there is none).
std::string line_starting(const std::string& output, const std::string& prefix) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return {};
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// Every relative link (href, src) of every page below `folder` that points at no file, or out of
// the page's site folder.
std::vector<std::string> dead_links(const fs::path& folder) {
  static const std::regex link(R"re((?:href|src)="([^"#]*)[^"]*")re");
  static const std::regex scheme("^(https?|mailto|tel|data):");
  std::vector<std::string> dead;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    const std::string html = read(entry.path());
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      const std::string target = (*it)[1];
      if (target.empty() || std::regex_search(target, scheme)) continue;
      const fs::path resolved = (entry.path().parent_path() / target).lexically_normal();
      // Every link stays inside the page's site folder: uploading that folder publishes it all.
      fs::path site = entry.path().parent_path();
      while (site.has_relative_path() && site.filename() != "site") site = site.parent_path();
      const bool inside = resolved.lexically_relative(site).string().rfind("..", 0) != 0;
      if (!fs::exists(resolved) || !inside) dead.push_back(entry.path().string() + " -> " + target);
    }
  }
  return dead;
}

// The relative links to PDFs in one page.
std::set<std::string> pdf_links(const fs::path& page) {
  static const std::regex link(R"re(href="([^"]*\.pdf)")re");
  const std::string html = read(page);
  std::set<std::string> links;
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) links.insert((*it)[1]);
  return links;
}

// Every file below `folder` (relative to it), sorted.
std::set<std::string> files_below(const fs::path& folder) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) files.insert(entry.path().lexically_relative(folder).string());
  }
  return files;
}

class BuildCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = siyasa::test::test_scratch_folder("build");
    fs::create_directories(dir / "orgs");
    fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "mafatih.toml", dir / "orgs" / "mafatih.toml");
    fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "kiswa.toml", dir / "orgs" / "kiswa.toml");
  }
  void TearDown() override { fs::remove_all(dir); }

  std::string build(const std::string& extra = "") {
    return "build --orgs " + (dir / "orgs").string() + " --templates " + SIYASA_SOURCE_DIR +
           "/templates --fonts " + SIYASA_SOURCE_DIR + "/fonts --out " + (dir / "out").string() +
           " --jobs 2 " + extra;
  }
  fs::path dir;
};

TEST_F(BuildCli, WritesTheSiteOfEveryOrganisationThenSkipsWhatIsUpToDate) {
  auto first = siyasa(build("--only web"));
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_TRUE(fs::exists(dir / "out" / "mafatih" / "site" / "index.html"));
  EXPECT_TRUE(fs::exists(dir / "out" / "kiswa" / "site" / "beneficiary-relations.html"));
  EXPECT_NE(first.output.find("0 up to date"), std::string::npos) << first.output;
  // An organisation offers the forms its adopted policies refer to, and no other: kiswa's
  // beneficiary-relations policy addresses its beneficiaries, so the members' forms are not
  // offered; its privacy policy (with the PDPL articles) and its governance policies give theirs;
  // an association has the general assembly's proxy, an endowment (mafatih) has not.
  const fs::path forms = dir / "out" / "kiswa" / "site" / "forms";
  for (const char* offered : {"beneficiary-support-request", "satisfaction-survey", "personal-data-consent",
                              "privacy-violation-report", "data-subject-request", "consent-withdrawal",
                              "conflict-of-interest-declaration", "violation-report", "volunteer-application",
                              "general-assembly-proxy"}) {
    EXPECT_TRUE(fs::exists(forms / (std::string(offered) + ".html"))) << offered;
  }
  for (const char* other : {"member-service-request", "member-satisfaction-survey"}) {
    EXPECT_FALSE(fs::exists(forms / (std::string(other) + ".html"))) << other;
  }
  EXPECT_FALSE(fs::exists(dir / "out" / "mafatih" / "site" / "forms" / "general-assembly-proxy.html"));
  EXPECT_TRUE(fs::exists(dir / "out" / "mafatih" / "site" / "forms" / "volunteer-application.html"));
  const std::string index = read(dir / "out" / "kiswa" / "site" / "index.html");
  EXPECT_EQ(index.find("طلب خدمة عضو"), std::string::npos);
  EXPECT_NE(index.find("سحب الموافقة على معالجة البيانات الشخصية"), std::string::npos);
  EXPECT_NE(read(forms / "beneficiary-support-request.html").find("لجنة البحث"), std::string::npos);

  auto second = siyasa(build("--only web"));
  ASSERT_EQ(second.status, 0) << second.output;
  EXPECT_NE(second.output.find("0 documents built"), std::string::npos) << second.output;

  // An edit to one organisation rebuilds that organisation only.
  std::ofstream(dir / "orgs" / "kiswa.toml", std::ios::app) << "\n# edited\n";
  auto third = siyasa(build("--only web"));
  const std::string kiswa = line_starting(third.output, "kiswa: ");
  EXPECT_EQ(kiswa.find("0 built"), std::string::npos) << third.output;
  EXPECT_EQ(kiswa.find("up to date"), std::string::npos) << third.output;
  EXPECT_EQ(line_starting(third.output, "mafatih: ").find("mafatih: 0 built,"), 0u) << third.output;

  auto forced = siyasa(build("--only web --force"));
  EXPECT_NE(forced.output.find("0 up to date"), std::string::npos) << forced.output;
}

// The cache knows the fonts by their content (the SHA-256 of the bytes load_fonts read), not by
// reading the font files again: a font file replaced under the same name rebuilds what uses it.
TEST_F(BuildCli, AFontFileReplacedUnderItsNameRebuilds) {
  const fs::path fonts = dir / "fonts";
  fs::create_directories(fonts);
  for (const char* name : {"Amiri-Regular.ttf", "Amiri-Bold.ttf"})
    fs::copy_file(fs::path("/usr/share/fonts/opentype/fonts-hosny-amiri") / name, fonts / name);
  fs::copy_file("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", fonts / "NotoSans-Regular.ttf");
  std::ofstream(fonts / "fonts.toml") << "body = \"Amiri-Regular.ttf\"\nbody_bold = \"Amiri-Bold.ttf\"\n"
                                         "heading = \"Amiri-Bold.ttf\"\nlatin = \"NotoSans-Regular.ttf\"\n";
  const std::string args = "build --orgs " + (dir / "orgs").string() + " --org mafatih --only web --templates " +
                           SIYASA_SOURCE_DIR + "/templates --fonts " + fonts.string() + " --out " +
                           (dir / "out").string();
  ASSERT_EQ(siyasa(args).status, 0);
  auto again = siyasa(args);
  EXPECT_NE(line_starting(again.output, "0 documents built"), "") << again.output;
  // The same font, one more byte after its tables (which no reader looks at): another file.
  std::ofstream(fonts / "Amiri-Bold.ttf", std::ios::app | std::ios::binary) << std::string(4, '\0');
  auto replaced = siyasa(args);
  ASSERT_EQ(replaced.status, 0) << replaced.output;
  EXPECT_EQ(line_starting(replaced.output, "0 documents built"), "") << replaced.output;
  EXPECT_NE(line_starting(replaced.output, "mafatih: "), "") << replaced.output;
}

TEST_F(BuildCli, OneBrokenOrganisationFailsAloneWithExitOne) {
  std::ofstream(dir / "orgs" / "broken.toml") << "name = \"جمعية\"\nkind = \"association\"\nnmae = 1\n";
  auto run = siyasa(build("--only web"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("broken.toml:3:1: error:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("broken: FAILED"), std::string::npos) << run.output;
  EXPECT_TRUE(fs::exists(dir / "out" / "mafatih" / "site" / "index.html"));
  EXPECT_FALSE(fs::exists(dir / "out" / "broken"));
}

TEST_F(BuildCli, UnknownOrganisationIsAnError) {
  auto run = siyasa(build("--org nobody"));
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("no organisation 'nobody'"), std::string::npos) << run.output;
}

TEST_F(BuildCli, PagesLinkOnlyThePdfsThatAreThere) {
  const fs::path out = dir / "out";
  auto web = siyasa(build("--only web"));
  ASSERT_EQ(web.status, 0) << web.output;
  EXPECT_FALSE(fs::exists(out / "kiswa" / "policies"));
  EXPECT_EQ(dead_links(out), std::vector<std::string>{});
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "index.html"), std::set<std::string>{});
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "beneficiary-relations.html"), std::set<std::string>{});
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "forms" / "satisfaction-survey.html"), std::set<std::string>{});
  // No empty download block is left where the link was.
  EXPECT_EQ(read(out / "kiswa" / "site" / "beneficiary-relations.html").find("class=\"download\""),
            std::string::npos);

  // The PDFs are made: the pages are made again, with the links.
  auto all = siyasa(build());
  ASSERT_EQ(all.status, 0) << all.output;
  EXPECT_EQ(dead_links(out), std::vector<std::string>{});
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "beneficiary-relations.html"),
            std::set<std::string>{"beneficiary-relations.pdf"});
  const auto index = pdf_links(out / "kiswa" / "site" / "index.html");
  EXPECT_TRUE(index.count("beneficiary-relations.pdf")) << all.output;
  EXPECT_TRUE(index.count("booklet.pdf"));
  EXPECT_TRUE(index.count("forms/satisfaction-survey.pdf"));
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "forms" / "satisfaction-survey.html"),
            std::set<std::string>{"satisfaction-survey.pdf"});
  // The site folder holds every PDF it links, the same bytes as the PDF beside it: uploading
  // site/ alone publishes everything.
  EXPECT_EQ(read(out / "kiswa" / "site" / "beneficiary-relations.pdf"),
            read(out / "kiswa" / "policies" / "beneficiary-relations.pdf"));
  EXPECT_EQ(read(out / "kiswa" / "site" / "booklet.pdf"), read(out / "kiswa" / "booklet.pdf"));
  EXPECT_EQ(read(out / "kiswa" / "site" / "forms" / "satisfaction-survey.pdf"),
            read(out / "kiswa" / "forms" / "satisfaction-survey.pdf"));

  // The PDFs left by that build are up to date: a web build keeps linking them.
  auto again = siyasa(build("--only web"));
  EXPECT_NE(again.output.find("0 documents built"), std::string::npos) << again.output;
  EXPECT_TRUE(pdf_links(out / "kiswa" / "site" / "index.html").count("booklet.pdf"));

  // After an edit the old PDFs are out of date: a web build alone does not link them.
  std::ofstream(dir / "orgs" / "kiswa.toml", std::ios::app) << "\n# edited\n";
  auto edited = siyasa(build("--only web"));
  ASSERT_EQ(edited.status, 0) << edited.output;
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "index.html"), std::set<std::string>{});
  EXPECT_EQ(pdf_links(out / "kiswa" / "site" / "beneficiary-relations.html"), std::set<std::string>{});
  EXPECT_TRUE(pdf_links(out / "mafatih" / "site" / "index.html").count("booklet.pdf"));
}

// Leaves `file` without the tables from `from` on (the last ones of the file).
void cut_from(const fs::path& file, const std::string& from) {
  std::string text = read(file);
  ASSERT_NE(text.find(from), std::string::npos) << file;
  std::ofstream(file, std::ios::trunc) << text.substr(0, text.find(from));
}

TEST_F(BuildCli, OutputsTheDataNoLongerAsksForAreRemovedButNothingElse) {
  const fs::path out = dir / "out";
  fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "rahah-coop.toml", dir / "orgs" / "rahah-coop.toml");
  auto first = siyasa(build());
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_NE(first.output.find("0 stale files removed"), std::string::npos) << first.output;
  ASSERT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "information-privacy.pdf"));
  ASSERT_TRUE(fs::exists(out / "rahah-coop" / "site" / "information-privacy.html"));
  // What a user keeps in the output folder, even beside siyasa's own files.
  std::ofstream(out / "notes.txt") << "mine";
  std::ofstream(out / "rahah-coop" / "policies" / "draft.pdf") << "mine";
  std::ofstream(out / "mafatih" / "site" / "extra.html") << "mine";

  // rahah-coop stops adopting the privacy policy, but adopts one there is no template for: its
  // build fails, and it keeps every file it had.
  cut_from(dir / "orgs" / "rahah-coop.toml", "[policies.information-privacy]");
  const std::string without_privacy = read(dir / "orgs" / "rahah-coop.toml");
  std::ofstream(dir / "orgs" / "rahah-coop.toml", std::ios::app) << "[policies.no-such-policy]\norder = 3\n";
  auto failing = siyasa(build());
  EXPECT_EQ(failing.status, 1) << failing.output;
  EXPECT_NE(failing.output.find("rahah-coop: FAILED"), std::string::npos) << failing.output;
  EXPECT_NE(failing.output.find("0 stale files removed"), std::string::npos) << failing.output;
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "information-privacy.pdf"));
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "site" / "information-privacy.html"));

  // Fixed. A build of the PDFs alone leaves the policy's files: the site from before still
  // links them, and no page may be left with a dead link.
  std::ofstream(dir / "orgs" / "rahah-coop.toml", std::ios::trunc) << without_privacy;
  auto pdfs_only = siyasa(build("--only pdf"));
  ASSERT_EQ(pdfs_only.status, 0) << pdfs_only.output;
  EXPECT_NE(pdfs_only.output.find("0 stale files removed"), std::string::npos) << pdfs_only.output;
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "information-privacy.pdf"));
  EXPECT_EQ(dead_links(out), std::vector<std::string>{});

  // A build that makes the pages again removes the privacy policy's PDF, the site's copy of it
  // and its page, and the two forms only that policy refers to (their PDFs, the site's copies and
  // pages).
  auto dropped = siyasa(build());
  ASSERT_EQ(dropped.status, 0) << dropped.output;
  EXPECT_NE(dropped.output.find("9 stale files removed"), std::string::npos) << dropped.output;
  EXPECT_FALSE(fs::exists(out / "rahah-coop" / "policies" / "information-privacy.pdf"));
  EXPECT_FALSE(fs::exists(out / "rahah-coop" / "site" / "information-privacy.pdf"));
  EXPECT_FALSE(fs::exists(out / "rahah-coop" / "site" / "information-privacy.html"));
  for (const char* form : {"personal-data-consent", "privacy-violation-report"}) {
    EXPECT_FALSE(fs::exists(out / "rahah-coop" / "forms" / (std::string(form) + ".pdf"))) << form;
    EXPECT_FALSE(fs::exists(out / "rahah-coop" / "site" / "forms" / (std::string(form) + ".html"))) << form;
  }
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "forms" / "beneficiary-support-request.pdf"));
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "beneficiary-relations.pdf"));
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "draft.pdf"));
  EXPECT_EQ(pdf_links(out / "rahah-coop" / "site" / "index.html").count("information-privacy.pdf"), 0u);
  EXPECT_EQ(dead_links(out), std::vector<std::string>{});

  // A bad edit to mafatih's file fails mafatih and removes none of its published files.
  const auto mafatih_files = files_below(out / "mafatih");
  cut_from(dir / "orgs" / "mafatih.toml", "[policies.");
  std::ofstream(dir / "orgs" / "mafatih.toml", std::ios::app) << "nmae = 1\n";
  auto broken = siyasa(build());
  EXPECT_EQ(broken.status, 1) << broken.output;
  EXPECT_NE(broken.output.find("0 stale files removed"), std::string::npos) << broken.output;
  EXPECT_EQ(files_below(out / "mafatih"), mafatih_files);

  // A build of another organisation leaves a removed one alone ...
  fs::remove(dir / "orgs" / "mafatih.toml");
  auto other = siyasa(build("--org kiswa"));
  ASSERT_EQ(other.status, 0) << other.output;
  EXPECT_EQ(files_below(out / "mafatih"), mafatih_files);

  // ... a build of every organisation removes what siyasa wrote for it, and only that.
  auto removed = siyasa(build());
  ASSERT_EQ(removed.status, 0) << removed.output;
  const std::string expected = std::to_string(mafatih_files.size() - 1) + " stale files removed";
  EXPECT_NE(removed.output.find(expected), std::string::npos) << removed.output;
  EXPECT_EQ(files_below(out / "mafatih"), std::set<std::string>{"site/extra.html"});
  EXPECT_TRUE(fs::exists(out / "notes.txt"));
  EXPECT_TRUE(fs::exists(out / "kiswa" / "site" / "index.html"));
  EXPECT_TRUE(fs::exists(out / "rahah-coop" / "booklet.pdf"));
}

TEST_F(BuildCli, WithoutAnySitePdfBuildsRemoveTheirOwnStaleFiles) {
  const fs::path out = dir / "out";
  fs::copy_file(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "rahah-coop.toml", dir / "orgs" / "rahah-coop.toml");
  auto first = siyasa(build("--only pdf --org rahah-coop"));
  ASSERT_EQ(first.status, 0) << first.output;
  ASSERT_TRUE(fs::exists(out / "rahah-coop" / "policies" / "information-privacy.pdf"));
  cut_from(dir / "orgs" / "rahah-coop.toml", "[policies.information-privacy]");
  auto dropped = siyasa(build("--only pdf --org rahah-coop"));
  ASSERT_EQ(dropped.status, 0) << dropped.output;
  // The PDF and the site's copy of it (a PDF build keeps the site's copies in step).
  EXPECT_NE(dropped.output.find("2 stale files removed"), std::string::npos) << dropped.output;
  std::set<std::string> kept{"booklet.pdf", "site/booklet.pdf"};
  const auto left = siyasa::load_org(dir / "orgs" / "rahah-coop.toml");
  ASSERT_TRUE(left.ok());
  for (const auto& adoption : left->policies) {
    kept.insert("policies/" + adoption.id + ".pdf");
    kept.insert("site/" + adoption.id + ".pdf");
  }
  EXPECT_EQ(kept.count("policies/information-privacy.pdf"), 0u);
  EXPECT_EQ(files_below(out / "rahah-coop"), kept);
}

// How many times `needle` occurs in `text`.
std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// A template too large fails every job that merges it; its error is printed once (issue 16: it
// was printed three times).
TEST_F(BuildCli, AnErrorEveryJobMeetsIsPrintedOnce) {
  fs::copy(fs::path(SIYASA_SOURCE_DIR) / "templates", dir / "templates", fs::copy_options::recursive);
  std::ofstream(dir / "templates" / "policies" / "beneficiary-relations.md", std::ios::app)
      << "\n<!-- " << std::string(300 * 1024, 'x') << " -->\n";
  const auto run = siyasa("build --orgs " + (dir / "orgs").string() + " --org mafatih --templates " +
                         (dir / "templates").string() + " --fonts " + SIYASA_SOURCE_DIR + "/fonts --out " +
                         (dir / "out").string() + " --jobs 2");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(count_of(run.output, "a policy template is at most 256 KB"), 1u) << run.output;
}

// The same problem at many places of one file: the first five, then how many more.
TEST_F(BuildCli, ManyAlikeErrorsAreCounted) {
  fs::copy(fs::path(SIYASA_SOURCE_DIR) / "templates", dir / "templates", fs::copy_options::recursive);
  std::string body;
  for (int i = 0; i < 40; ++i) body += "{{org.nmae}} ";
  std::ofstream(dir / "templates" / "policies" / "beneficiary-relations.md", std::ios::app) << "\n" << body << "\n";
  const auto run = siyasa("check --orgs " + (dir / "orgs").string() + " --templates " + (dir / "templates").string());
  EXPECT_EQ(run.status, 1);
  const std::string message = "error: unknown placeholder 'org.nmae'";
  EXPECT_EQ(count_of(run.output, message), 5u) << run.output;  // both organisations meet them: printed once
  EXPECT_NE(run.output.find("note: and "), std::string::npos) << run.output;
  EXPECT_NE(run.output.find(" more of 'unknown placeholder 'org.nmae''"), std::string::npos) << run.output;
}

}  // namespace
