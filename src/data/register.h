// Stage "data": a policy's register of approved versions judged against a day — when its next
// review falls and whether it is due — free of toml++ so the CLI, the template stage and tests
// can use it. In: a PolicyAdoption (its versions), a review cycle in years and "today".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "data/org.h"

namespace siyasa {

inline constexpr int kDefaultReviewYears = 3;  // when neither the organisation nor the template says
inline constexpr int kReviewDueDays = 60;      // "review due" this many days before the review date

enum class ReviewState { current, due, overdue, not_adopted };

struct ReviewStatus {
  ReviewState state = ReviewState::not_adopted;
  std::optional<Date> next_review;  // absent when not adopted
  long days_left = 0;               // next_review − today (negative when overdue)
};

// The same day `years` later (29 February → 28 February); a year-only date counts from 1 January.
Date add_years(const Date& date, int years);
// Days from `from` to `to` (negative when `to` is earlier). Month and day 0 count as 1.
long days_between(const Date& from, const Date& to);
// -1, 0, 1 as a is earlier, the same, later than b.
int compare_dates(const Date& a, const Date& b);

// The review cycle in force: the organisation's, else the template's, else kDefaultReviewYears.
int review_cycle(const PolicyAdoption& policy, int template_years);
ReviewStatus review_status(const PolicyAdoption& policy, int cycle_years, const Date& today);

// "current", "review due", "overdue", "not adopted".
std::string_view state_name(ReviewState state);

// The identifier of one approved version of one organisation's policy, as the QR code, the PDF's
// metadata and the site's manifest.json name it: "example/beneficiary-relations/v2".
std::string document_id(const std::string& slug, const std::string& policy_id, int version);
// Where the organisation publishes its policy site: [publication] site_url, else its website +
// "/policies/" ("" when it has neither), and that site's verification page for one document: …/verify.html#<document id>.
std::string published_site_url(const OrgData& org);
std::string verify_url(const OrgData& org, const std::string& policy_id, int version);

// "2026-03-01" → Date; nullopt unless it is a real Gregorian date (for SIYASA_TODAY and --today).
std::optional<Date> parse_iso_date(std::string_view text);
// "2026-03-01"; a year-only date (month 0) is written as its year, "2023".
std::string iso_date(const Date& date);

}  // namespace siyasa
