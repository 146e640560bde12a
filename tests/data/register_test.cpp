// The register of approved versions ([[policies.<id>.versions]]): how it loads, how a single
// [approval] becomes version 1, and the review dates and states judged against a pinned day.
#include <gtest/gtest.h>

#include "data/org.h"
#include "data/register.h"
#include "test_util.h"

namespace siyasa {
namespace {

const char* kHead = "name = \"جمعية الاختبار\"\nkind = \"association\"\n[policies.beneficiary-relations]\norder = 1\n";

const char* kTwoVersions =
    "review_years = 2\n"
    "[[policies.beneficiary-relations.versions]]\nversion = 1\nmeeting = \"الأول\"\ndate = 2022-03-10\n"
    "changes = \"الإصدار الأول\"\n"
    "[[policies.beneficiary-relations.versions]]\nversion = 2\nmeeting = 7\ndate = 2024-05-30\n"
    "effective = 2024-06-16\nchanges = \"تعديل المادة الثالثة\"\n";

class Register : public ::testing::Test {
 protected:
  void SetUp() override { folder_ = test::fresh_folder("register"); }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  Result<OrgData> load(const std::string& policy_text) {
    auto file = folder_ / "test-org.toml";
    test::write_file(file, std::string(kHead) + policy_text);
    return load_org(file);
  }
  std::filesystem::path folder_;
};

TEST_F(Register, VersionsLoadOldestFirstAndTheLastIsCurrent) {
  auto org = load(kTwoVersions);
  ASSERT_TRUE(org.ok()) << format_diagnostic(org.diagnostics.front());
  const PolicyAdoption& p = org->policies.front();
  ASSERT_EQ(p.versions.size(), 2u);
  EXPECT_TRUE(p.versioned);
  EXPECT_EQ(p.review_years, 2);
  EXPECT_EQ(p.versions[0].number, 1);
  EXPECT_EQ(p.versions[0].supersedes, 0);
  EXPECT_EQ(p.versions[0].effective_date(), (Date{2022, 3, 10}));  // the meeting day by default
  EXPECT_EQ(p.versions[1].supersedes, 1);                          // the one before by default
  EXPECT_EQ(p.versions[1].effective_date(), (Date{2024, 6, 16}));
  EXPECT_EQ(p.versions[1].changes, "تعديل المادة الثالثة");
  ASSERT_TRUE(p.approval.has_value());
  EXPECT_EQ(p.approval->meeting, "7");
  EXPECT_EQ(p.approval->date, (Date{2024, 5, 30}));
}

TEST_F(Register, ASingleApprovalIsVersionOneAndNamesNoNumber) {
  auto org = load("[policies.beneficiary-relations.approval]\nmeeting = \"الأول\"\ndate = 2021-06-13\n");
  ASSERT_TRUE(org.ok());
  const PolicyAdoption& p = org->policies.front();
  ASSERT_EQ(p.versions.size(), 1u);
  EXPECT_FALSE(p.versioned);
  EXPECT_EQ(p.current()->number, 1);
  EXPECT_EQ(p.current()->approval.date, (Date{2021, 6, 13}));
}

TEST_F(Register, EachBrokenRegisterPointsAtTheLineThatBreaksIt) {
  auto out_of_order = load(
      "[[policies.beneficiary-relations.versions]]\nversion = 2\nmeeting = \"الأول\"\ndate = 2022-03-10\n");
  ASSERT_FALSE(out_of_order.ok());
  EXPECT_EQ(out_of_order.diagnostics.front().where.line, 6);
  EXPECT_NE(out_of_order.diagnostics.front().message.find("versions out of order"), std::string::npos);

  auto unknown_key = load(
      "[[policies.beneficiary-relations.versions]]\nversion = 1\nmeeting = \"الأول\"\ndate = 2022-03-10\n"
      "efective = 2022-04-01\n");
  ASSERT_FALSE(unknown_key.ok());
  EXPECT_EQ(unknown_key.diagnostics.front().where.line, 9);
  EXPECT_NE(unknown_key.diagnostics.front().hint.find("effective"), std::string::npos);
}

TEST(ReviewDates, AddYearsKeepsTheDayExceptTheTwentyNinthOfFebruary) {
  EXPECT_EQ(add_years(Date{2024, 5, 30}, 3), (Date{2027, 5, 30}));
  EXPECT_EQ(add_years(Date{2024, 2, 29}, 1), (Date{2025, 2, 28}));
  EXPECT_EQ(add_years(Date{2024, 2, 29}, 4), (Date{2028, 2, 29}));
  EXPECT_EQ(add_years(Date{2023, 0, 0}, 2), (Date{2025, 1, 1}));  // year-only approval
  EXPECT_EQ(days_between(Date{2024, 2, 28}, Date{2024, 3, 1}), 2);
  EXPECT_EQ(days_between(Date{2025, 1, 1}, Date{2024, 1, 1}), -366);
}

TEST(ReviewDates, StatesAroundTheReviewDay) {
  PolicyAdoption p;
  p.versions.push_back(PolicyVersion{1, Approval{"الأول", "", Date{2024, 5, 30}}, std::nullopt, "", 0});
  const int cycle = review_cycle(p, 2);
  EXPECT_EQ(cycle, 2);
  EXPECT_EQ(review_status(p, cycle, Date{2026, 3, 30}).state, ReviewState::current);  // 61 days left
  EXPECT_EQ(review_status(p, cycle, Date{2026, 3, 31}).state, ReviewState::due);      // 60 days left
  EXPECT_EQ(review_status(p, cycle, Date{2026, 5, 30}).state, ReviewState::due);      // the day itself
  const ReviewStatus late = review_status(p, cycle, Date{2026, 6, 9});
  EXPECT_EQ(late.state, ReviewState::overdue);
  EXPECT_EQ(late.days_left, -10);
  EXPECT_EQ(*late.next_review, (Date{2026, 5, 30}));
  p.review_years = 1;  // the organisation's cycle wins over the template's
  EXPECT_EQ(review_cycle(p, 2), 1);
  EXPECT_EQ(review_cycle(PolicyAdoption{}, 0), kDefaultReviewYears);
  EXPECT_EQ(review_status(PolicyAdoption{}, 3, Date{2026, 1, 1}).state, ReviewState::not_adopted);
}

TEST(ReviewDates, TodayParsesOnlyRealDates) {
  EXPECT_EQ(parse_iso_date("2026-03-01"), (Date{2026, 3, 1}));
  EXPECT_FALSE(parse_iso_date("2026-02-30"));
  EXPECT_FALSE(parse_iso_date("2026-3-1"));
  EXPECT_FALSE(parse_iso_date("2026-03-01x"));
  EXPECT_EQ(iso_date(Date{2026, 3, 1}), "2026-03-01");
}

}  // namespace
}  // namespace siyasa
