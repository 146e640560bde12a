// siyasa status: each organisation's register judged against today — per adopted policy the
// current version, its approval, the next review and a state; exit 3 when a review is overdue.
// `check` reuses review_warnings() to warn about overdue policies.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "core/json.h"
#include "data/org.h"
#include "data/register.h"
#include "template/front_matter.h"

namespace siyasa::cli {
namespace {

struct PolicyRow {
  const PolicyAdoption* policy;
  ReviewStatus status;
};

// The review cycle each template declares (templates that do not read are left at 0: default).
std::map<std::string, int> template_cycles(const std::filesystem::path& templates) {
  std::map<std::string, int> cycles;
  auto specs = read_templates(templates / "policies");
  if (specs.ok())
    for (const auto& spec : *specs) cycles[spec.id] = spec.review_years;
  return cycles;
}

std::vector<PolicyRow> rows_of(const OrgData& org, const std::map<std::string, int>& cycles, const Date& today) {
  std::vector<PolicyRow> rows;
  for (const auto& p : org.policies) {
    auto it = cycles.find(p.id);
    rows.push_back({&p, review_status(p, review_cycle(p, it == cycles.end() ? 0 : it->second), today)});
  }
  return rows;
}

// Where the current approval's date was written, for the warning of `check`.
SourcePos approval_position(const OrgData& org, const PolicyAdoption& p) {
  if (p.versioned) return org.where("policies." + p.id + ".versions." + std::to_string(p.versions.size()) + ".date");
  return org.where("policies." + p.id + ".approval.date");
}

std::string pad(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + "  " : text + std::string(width - text.size() + 2, ' ');
}

void print_table(const OrgData& org, const std::vector<PolicyRow>& rows) {
  std::cout << org.slug << " — " << org.name << "\n";
  std::size_t id_width = 6;
  for (const auto& r : rows) id_width = std::max(id_width, r.policy->id.size());
  std::cout << "  " << pad("policy", id_width) << pad("version", 7) << pad("approved", 10) << pad("effective", 10)
            << pad("next review", 11) << "state\n";
  for (const auto& r : rows) {
    const PolicyVersion* v = r.policy->current();
    std::cout << "  " << pad(r.policy->id, id_width) << pad(v ? std::to_string(v->number) : "-", 7)
              << pad(v ? iso_date(v->approval.date) : "-", 10) << pad(v ? iso_date(v->effective_date()) : "-", 10)
              << pad(r.status.next_review ? iso_date(*r.status.next_review) : "-", 11)
              << state_name(r.status.state);
    if (r.status.state == ReviewState::overdue) std::cout << " (" << -r.status.days_left << " days)";
    if (r.status.state == ReviewState::due) std::cout << " (in " << r.status.days_left << " days)";
    std::cout << "\n";
  }
}

std::string json_row(const PolicyRow& r) {
  const PolicyVersion* v = r.policy->current();
  std::ostringstream out;
  out << "{\"policy\": " << json_quote(r.policy->id) << ", \"state\": " << json_quote(state_name(r.status.state));
  if (v) {
    out << ", \"version\": " << v->number << ", \"approved\": " << json_quote(iso_date(v->approval.date))
        << ", \"meeting\": " << json_quote(v->approval.meeting) << ", \"effective\": "
        << json_quote(iso_date(v->effective_date())) << ", \"next_review\": "
        << json_quote(iso_date(*r.status.next_review)) << ", \"days_left\": " << r.status.days_left;
  }
  out << "}";
  return out.str();
}

}  // namespace

std::optional<Date> today_date(const std::string& flag) {
  const char* env = std::getenv("SIYASA_TODAY");
  if (!flag.empty()) return parse_iso_date(flag);
  if (env && *env) return parse_iso_date(env);
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Diagnostics review_warnings(const Folders& folders, const Date& today) {
  Diagnostics warnings;
  const auto cycles = template_cycles(folders.templates);
  for (const auto& org : load_orgs(folders.orgs).orgs)
    for (const auto& r : rows_of(org, cycles, today))
      if (r.status.state == ReviewState::overdue)
        warnings.push_back(Diagnostic{Severity::warning, approval_position(org, *r.policy),
                                      "policy '" + r.policy->id + "' was due for review on " +
                                          iso_date(*r.status.next_review) + " (" +
                                          std::to_string(-r.status.days_left) + " days ago)",
                                      "after the board reviews it, add the new approval as the next "
                                      "[[policies." + r.policy->id + ".versions]]"});
  return warnings;
}

int run_status(const StatusOptions& options) {
  const auto today = today_date(options.today);
  if (!today) {
    std::cerr << "siyasa status: the day (--today or SIYASA_TODAY) must be a date written 2026-03-01\n";
    return kUsage;
  }
  OrgSet set = load_orgs(options.folders.orgs);
  print_diagnostics(set.diagnostics);
  const auto cycles = template_cycles(options.folders.templates);
  bool overdue = false;
  std::ostringstream json;
  json << "{\"today\": " << json_quote(iso_date(*today)) << ", \"organisations\": [";
  for (std::size_t i = 0; i < set.orgs.size(); ++i) {
    const OrgData& org = set.orgs[i];
    const auto rows = rows_of(org, cycles, *today);
    for (const auto& r : rows) overdue = overdue || r.status.state == ReviewState::overdue;
    if (!options.json) {
      if (i > 0) std::cout << "\n";
      print_table(org, rows);
      continue;
    }
    json << (i ? ", " : "") << "\n  {\"slug\": " << json_quote(org.slug) << ", \"name\": " << json_quote(org.name)
         << ", \"policies\": [";
    for (std::size_t k = 0; k < rows.size(); ++k) json << (k ? ", " : "") << "\n    " << json_row(rows[k]);
    json << "]}";
  }
  json << "\n]}\n";
  if (options.json) std::cout << json.str();
  if (has_errors(set.diagnostics)) return kInvalidInput;
  return overdue ? kOverdue : kOk;
}

}  // namespace siyasa::cli
