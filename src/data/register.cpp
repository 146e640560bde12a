// Review dates of a policy's register: calendar arithmetic on civil (proleptic Gregorian) days.
#include "data/register.h"

#include <cstdio>

#include "data/checks.h"

namespace siyasa {
namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
long civil_days(const Date& d) {
  const int month = d.month == 0 ? 1 : d.month;
  const int day = d.day == 0 ? 1 : d.day;
  const int y = d.year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

Date add_years(const Date& date, int years) {
  Date out{date.year + years, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day};
  if (out.month == 2 && out.day == 29 && !leap(out.year)) out.day = 28;
  return out;
}

long days_between(const Date& from, const Date& to) { return civil_days(to) - civil_days(from); }

int compare_dates(const Date& a, const Date& b) {
  const long d = days_between(b, a);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

int review_cycle(const PolicyAdoption& policy, int template_years) {
  if (policy.review_years > 0) return policy.review_years;
  return template_years > 0 ? template_years : kDefaultReviewYears;
}

ReviewStatus review_status(const PolicyAdoption& policy, int cycle_years, const Date& today) {
  ReviewStatus status;
  const PolicyVersion* current = policy.current();
  if (!current) return status;
  status.next_review = add_years(current->approval.date, cycle_years);
  status.days_left = days_between(today, *status.next_review);
  status.state = status.days_left < 0              ? ReviewState::overdue
                 : status.days_left <= kReviewDueDays ? ReviewState::due
                                                      : ReviewState::current;
  return status;
}

std::string_view state_name(ReviewState state) {
  switch (state) {
    case ReviewState::current: return "current";
    case ReviewState::due: return "review due";
    case ReviewState::overdue: return "overdue";
    case ReviewState::not_adopted: return "not adopted";
  }
  return "";
}

std::string document_id(const std::string& slug, const std::string& policy_id, int version) {
  return slug + "/" + policy_id + "/v" + std::to_string(version);
}

std::string published_site_url(const OrgData& org) {
  if (!org.site_url.empty()) return org.site_url.back() == '/' ? org.site_url : org.site_url + "/";
  std::string base = org.website;
  if (base.empty()) return {};
  if (base.find("://") == std::string::npos) base = "https://" + base;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/policies/";
}

std::string verify_url(const OrgData& org, const std::string& policy_id, int version) {
  const std::string base = published_site_url(org);
  if (base.empty()) return {};
  return base + "verify.html#" + document_id(org.slug, policy_id, version);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  const std::string s(text);
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  Date date{y, m, d};
  if (!check_gregorian_date(date).empty()) return std::nullopt;
  return date;
}

std::string iso_date(const Date& date) {
  if (date.month == 0) return std::to_string(date.year);  // a year-only approval
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

}  // namespace siyasa
