// The data commands of the siyasa binary: check, list and new-org, end to end.
#include <gtest/gtest.h>

#include <regex>

#include "test_util.h"

namespace siyasa {
namespace {

const std::filesystem::path kOrgs = std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs";

class Cli : public ::testing::Test {
 protected:
  void SetUp() override { scratch_ = test::fresh_folder("cli"); }
  void TearDown() override { std::filesystem::remove_all(scratch_); }
  test::Run siyasa(const std::string& arguments) { return test::run_siyasa(arguments, scratch_); }
  std::filesystem::path scratch_;
};

TEST_F(Cli, CheckIsCleanOnTheSamples) {
  setenv("SIYASA_TODAY", "2023-01-01", 1);  // before any sample policy's review falls due
  auto run = siyasa("check --orgs '" + kOrgs.string() + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  // Only the note that ghiras, a foundation, adopts 3 of the 8 governance policies.
  EXPECT_EQ(run.err.find("warning"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("ghiras.toml: note: adopts 3 of the 8 governance policies"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "siyasa check: 7 organisations (51 policy adoptions), 8 policy templates (51 merges), no errors\n");
}

// Nothing silent: a key no output prints gets a warning at its line; check still succeeds.
TEST_F(Cli, CheckWarnsAboutKeysNoOutputPrints) {
  auto orgs = scratch_ / "orgs";
  std::filesystem::create_directories(orgs / "t");
  std::filesystem::copy_file(kOrgs / "example" / "stamp.png", orgs / "t" / "stamp.png");
  test::write_file(orgs / "t.toml",
                   "name = \"جمعية الاختبار\"\n"                                   // 1
                   "kind = \"association\"\n"                                       // 2
                   "[registration]\nlicence = \"L-1\"\n"                            // 3-4
                   "[contact.social]\nx = \"@t_x\"\ninstagram = \"@t_ig\"\n"         // 5-7
                   "[footer]\ncontacts = [\"x\"]\n"                                 // 8-9
                   "[images]\nstamp = \"t/stamp.png\"\n"                            // 10-11
                   "[letterhead]\nfields = [\"date\"]\nnumber = \"12\"\nlines = [\"name\"]\n"  // 12-15
                   "[policies.beneficiary-relations]\n"                             // 16
                   "sections = [\"objectives\", \"procedures\"]\n"                  // 17
                   "channels = [\"المقابلة\"]\n"                                    // 18
                   "response_weeks = 3\n");                                         // 19
  auto run = siyasa("check --orgs '" + orgs.string() + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  for (const char* expected :
       {"t.toml:7:1: warning: 'contact.social.instagram' is printed nowhere: [footer] contacts leaves it out",
        "t.toml:4:1: warning: 'registration.licence' is printed nowhere: [letterhead] lines leaves out \"licence\"",
        "t.toml:11:1: warning: 'images.stamp' is printed nowhere: no policy has an approval block to put it in",
        "t.toml:14:1: warning: 'letterhead.number' is printed nowhere: fields leaves out \"number\"",
        "t.toml:18:1: warning: option 'channels' of policy 'beneficiary-relations' changes nothing"})
    EXPECT_NE(run.err.find(expected), std::string::npos) << expected << "\n" << run.err;
  // An option the printed parts use is not reported.
  EXPECT_EQ(run.err.find("option 'response_weeks'"), std::string::npos) << run.err;
}

// Review dates are judged against SIYASA_TODAY: kiswa (approved 2021-06-13, every 3 years),
// khayrat-albaha (the year 2023 only) and example's information-privacy (2024-09-12, every 2
// years) are overdue on 2026-12-06; example's beneficiary-relations (version 2 of 2024-05-30,
// every 3 years) and mafatih (2025-09-15) are not.
TEST_F(Cli, CheckWarnsAboutOverduePoliciesAtTheApprovalLine) {
  setenv("SIYASA_TODAY", "2026-12-06", 1);
  auto run = siyasa("check --orgs '" + kOrgs.string() + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("no errors"), std::string::npos);
  EXPECT_NE(run.err.find("kiswa.toml:48:1: warning: policy 'beneficiary-relations' was due for review on 2024-06-13"),
            std::string::npos) << run.err;
  EXPECT_NE(run.err.find("example.toml:164:1: warning: policy 'information-privacy' was due for review on 2026-09-12 "
                         "(85 days ago)"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("mafatih.toml"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("'beneficiary-relations' was due for review on 2027"), std::string::npos) << run.err;
}

TEST_F(Cli, StatusTabulatesEachOrganisationAndExitsThreeWhenOverdue) {
  setenv("SIYASA_TODAY", "2026-12-06", 1);
  auto run = siyasa("status --orgs '" + kOrgs.string() + "'");
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_NE(run.out.find("example — "), std::string::npos) << run.out;
  const std::regex example_row("beneficiary-relations +2 +2024-05-30 +2024-06-16 +2027-05-30 +current\n");
  EXPECT_TRUE(std::regex_search(run.out, example_row)) << run.out;
  const std::regex privacy_row("information-privacy +1 +2024-09-12 +2024-09-12 +2026-09-12 +overdue \\(85 days\\)");
  EXPECT_TRUE(std::regex_search(run.out, privacy_row)) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex("beneficiary-relations +- +- +- +- +not adopted"))) << run.out;

  // The same day two months before example's review: due, not overdue — when nothing else is.
  setenv("SIYASA_TODAY", "2027-04-15", 1);
  auto due = siyasa("status --orgs '" + kOrgs.string() + "' --json");
  EXPECT_EQ(due.status, 3);  // kiswa is still overdue
  EXPECT_NE(due.out.find("\"today\": \"2027-04-15\""), std::string::npos) << due.out;
  EXPECT_NE(due.out.find("{\"policy\": \"beneficiary-relations\", \"state\": \"review due\", \"version\": 2, "
                         "\"approved\": \"2024-05-30\""), std::string::npos) << due.out;

  setenv("SIYASA_TODAY", "2023-01-01", 1);  // kiswa's anti-money-laundering policy (a yearly review) falls due in June
  EXPECT_EQ(siyasa("status --orgs '" + kOrgs.string() + "'").status, 0);
  EXPECT_EQ(siyasa("status --orgs '" + kOrgs.string() + "' --today 2024-02-30").status, 2);
}

TEST_F(Cli, CheckReportsAMissingFolderAsInvalidInput) {
  auto run = siyasa("check --orgs '" + (scratch_ / "nowhere").string() + "'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("no such folder of organisation files"), std::string::npos);
}

TEST_F(Cli, ListShowsEachOrganisationWithItsPolicies) {
  auto run = siyasa("list --orgs '" + kOrgs.string() + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("organisations (7)"), std::string::npos);
  EXPECT_NE(run.out.find("  kiswa           جمعية كسوة الكاسي بمحافظة أبي عريش  [association]\n"), std::string::npos);
  EXPECT_NE(run.out.find("policies: beneficiary-relations, information-privacy, conflict-of-interest"), std::string::npos);
  // Every sample adopts every governance policy but ghiras, a foundation that adopts three.
  EXPECT_NE(run.out.find("governance: 3 of 8 adopted"), std::string::npos) << run.out;
  std::size_t all = 0;
  for (std::size_t at = run.out.find("governance: 8 of 8 adopted\n"); at != std::string::npos;
       at = run.out.find("governance: 8 of 8 adopted\n", at + 1))
    ++all;
  EXPECT_EQ(all, 6u) << run.out;
  EXPECT_LT(run.out.find("example"), run.out.find("rahah-coop"));
}

TEST_F(Cli, NewOrgWritesAStarterThatCheckAcceptsOnceFilled) {
  auto orgs = scratch_ / "orgs";
  auto run = siyasa("new-org --orgs '" + orgs.string() + "' al-amal");
  ASSERT_EQ(run.status, 0) << run.err;
  auto file = orgs / "al-amal.toml";
  ASSERT_TRUE(std::filesystem::exists(file));
  std::string starter = test::read_file(file);

  // As written, every placeholder is an error with its line.
  auto unfilled = siyasa("check --orgs '" + orgs.string() + "'");
  EXPECT_EQ(unfilled.status, 1);
  std::size_t placeholders = 0;  // on lines that are not comments
  std::istringstream lines(starter);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("#", 0) != 0 && line.find("\"<<") != std::string::npos) ++placeholders;
  EXPECT_EQ(placeholders, 6u);
  std::size_t reported = 0;
  for (std::size_t at = unfilled.err.find("placeholder"); at != std::string::npos;
       at = unfilled.err.find("placeholder", at + 1))
    ++reported;
  EXPECT_GE(reported, placeholders);

  // Fill it in as a user would: a date without quotes, text for the rest.
  std::string filled = std::regex_replace(starter, std::regex("\"<<YYYY-MM-DD>>\""), "2024-05-30");
  filled = std::regex_replace(filled, std::regex("\"<<[^\"]*>>\""), "\"جمعية الأمل\"");
  test::write_file(file, filled);
  auto checked = siyasa("check --orgs '" + orgs.string() + "'");
  EXPECT_EQ(checked.status, 0) << checked.err;
  EXPECT_EQ(checked.out, "siyasa check: 1 organisation (1 policy adoption), 8 policy templates (1 merge), no errors\n");
  // The starter adopts one governance policy: a note names the seven others; list says the same.
  EXPECT_NE(checked.err.find("al-amal.toml: note: adopts 1 of the 8 governance policies; not adopted: "
                             "information-privacy, conflict-of-interest"),
            std::string::npos)
      << checked.err;
  EXPECT_EQ(checked.err.find("error"), std::string::npos) << checked.err;
  auto listed = siyasa("list --orgs '" + orgs.string() + "'");
  EXPECT_EQ(listed.status, 0) << listed.err;
  EXPECT_NE(listed.out.find("governance: 1 of 8 adopted; missing: information-privacy, conflict-of-interest, "
                            "whistleblowing, records-retention, fundraising, volunteers, anti-money-laundering\n"),
            std::string::npos)
      << listed.out;
}

TEST_F(Cli, NewOrgNeverOverwrites) {
  auto orgs = scratch_ / "orgs";
  std::filesystem::create_directories(orgs);
  test::write_file(orgs / "kiswa.toml", "# my work\n");
  auto run = siyasa("new-org --orgs '" + orgs.string() + "' kiswa");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("already exists"), std::string::npos);
  EXPECT_EQ(test::read_file(orgs / "kiswa.toml"), "# my work\n");
}

TEST_F(Cli, NewOrgRefusesUnsafeSlugsAsUsageErrors) {
  auto orgs = scratch_ / "orgs";
  for (const char* slug : {"../../etc", "Kiswa", "kiswa org", "كسوة", "-rf"}) {
    auto run = siyasa("new-org --orgs '" + orgs.string() + "' -- '" + slug + "'");
    EXPECT_EQ(run.status, 2) << slug << "\n" << run.err;
    EXPECT_NE(run.err.find("hint: use lower-case Latin letters"), std::string::npos) << slug;
  }
  EXPECT_FALSE(std::filesystem::exists(orgs));
  EXPECT_FALSE(std::filesystem::exists(scratch_ / "etc.toml"));
}

}  // namespace
}  // namespace siyasa
