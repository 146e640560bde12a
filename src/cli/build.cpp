// siyasa build: every organisation's documents. Plans one job per output document, runs them in
// worker processes (src/batch/workers.h), skipping what is up to date, prints a line per
// organisation as it finishes and a summary. One organisation's bad data fails that organisation
// only; the exit status says so.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <thread>

#include "batch/plan.h"
#include "batch/stale.h"
#include "cli/commands.h"

namespace siyasa::cli {
namespace {

struct GroupProgress {
  int total = 0, done = 0, built = 0, skipped = 0, failed = 0, pages = 0;
  Diagnostics diagnostics;
};

std::string group_line(const std::string& slug, const GroupProgress& g) {
  std::string line = slug + ": ";
  if (g.failed) {
    line += "FAILED (" + std::to_string(g.failed) + " of " + std::to_string(g.total) + " documents)";
  } else {
    line += std::to_string(g.built) + " built";
    if (g.skipped) line += ", " + std::to_string(g.skipped) + " up to date";
    if (g.pages) line += ", " + std::to_string(g.pages) + " pages";
  }
  return line;
}

int default_jobs() {
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

BuildRequest request_of(const BuildOptions& options) {
  BuildRequest request;
  request.orgs_dir = options.folders.orgs;
  request.templates_dir = options.folders.templates;
  request.fonts_dir = options.folders.fonts;
  request.out_dir = options.out;
  request.only_orgs = options.orgs;
  request.time_limit = Deadline::Seconds(options.time_limit);
  if (!options.only.empty()) {
    auto wants = [&](const char* kind) {
      return std::find(options.only.begin(), options.only.end(), kind) != options.only.end();
    };
    request.pdf = wants("pdf");
    request.forms = wants("forms");
    request.web = wants("web");
  }
  return request;
}

// Each organisation's count of jobs; organisations that failed or have nothing to build are
// said at once.
std::map<std::string, GroupProgress> announce_groups(const BuildPlan& plan, bool quiet) {
  std::map<std::string, GroupProgress> groups;
  for (const auto& job : plan.jobs) ++groups[job.group].total;
  for (const auto& slug : plan.failed_groups) {
    std::cerr << slug << ": FAILED (its file has errors)\n";
  }
  for (const auto& slug : plan.groups) {
    if (!groups.count(slug) && std::find(plan.failed_groups.begin(), plan.failed_groups.end(), slug) ==
                                   plan.failed_groups.end() && !quiet) {
      std::cout << slug << ": nothing to build\n";
    }
  }
  return groups;
}

// Counts a finished job; prints its diagnostics, and its organisation's line when it was the last.
void count_outcome(std::map<std::string, GroupProgress>& groups, const JobOutcome& outcome, bool quiet) {
  auto& g = groups[outcome.group];
  ++g.done;
  g.pages += outcome.report.pages;
  if (outcome.status == JobStatus::built) ++g.built;
  if (outcome.status == JobStatus::skipped) ++g.skipped;
  if (outcome.status == JobStatus::failed) ++g.failed;
  print_diagnostics(outcome.report.diagnostics);
  if (g.done == g.total) {
    if (g.failed) std::cerr << group_line(outcome.group, g) << '\n';
    else if (!quiet) std::cout << group_line(outcome.group, g) << std::endl;
  }
}

// The last line: documents built, pages, up to date, failed, stale files removed, seconds.
// Returns the number of failed documents.
int print_summary(const std::vector<JobOutcome>& outcomes, const StaleRemoval& stale, double seconds,
                  bool quiet) {
  int built = 0, skipped = 0, failed = 0, pages = 0;
  for (const auto& o : outcomes) {
    built += o.status == JobStatus::built;
    skipped += o.status == JobStatus::skipped;
    failed += o.status == JobStatus::failed;
    pages += o.report.pages;
  }
  if (!quiet) {
    char time[32];
    std::snprintf(time, sizeof time, "%.2f", seconds);
    std::cout << built << " documents built, " << pages << " pages, " << skipped << " up to date, "
              << failed << " failed, " << stale.removed << " stale " << (stale.removed == 1 ? "file" : "files")
              << " removed, " << time << " s\n";
  }
  return failed;
}

}  // namespace

int run_build(const BuildOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  if (std::filesystem::exists(options.out, ec) && !std::filesystem::is_directory(options.out, ec)) {
    std::cerr << options.out.string() << ": error: the output folder is a file\n"
              << "  hint: give --out a folder (it is created when missing)\n";
    return kInvalidInput;
  }
  auto fonts = load_fonts(options.folders.fonts);
  if (!fonts.ok()) {
    print_diagnostics(fonts.diagnostics);
    return kInvalidInput;
  }

  BuildCache cache(cache_file(options.out));
  cache.load();
  auto plan = plan_build(request_of(options), *fonts, &cache);
  print_diagnostics(plan.diagnostics);
  std::map<std::string, GroupProgress> groups = announce_groups(plan, options.quiet);

  RunOptions run{options.jobs > 0 ? options.jobs : default_jobs(), options.force, /*processes=*/true};
  auto outcomes = run_jobs(plan.jobs, run, cache,
                           [&](const JobOutcome& outcome) { count_outcome(groups, outcome, options.quiet); });
  auto stale = remove_stale_outputs(plan, outcomes, cache);
  print_diagnostics(stale.problems);
  if (std::string problem = cache.save(); !problem.empty()) {
    std::cerr << "siyasa build: warning: " << problem << '\n';
  }

  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int failed = print_summary(outcomes, stale, seconds, options.quiet);
  bool any_failed = failed > 0 || !plan.failed_groups.empty() || has_errors(plan.diagnostics);
  return any_failed ? kInvalidInput : kOk;
}

}  // namespace siyasa::cli
