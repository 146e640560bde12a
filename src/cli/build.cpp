// siyasa build: every organisation's documents. Plans one job per output document, runs them in
// worker processes (src/batch/workers.h), skipping what is up to date, prints a line per
// organisation as it finishes and a summary. One organisation's bad data fails that organisation
// only; the exit status says so.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "batch/out_folder.h"
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

// How long a build waits for another one writing the same output folder.
constexpr int kLockWaitSeconds = 120;

int cores() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

// --jobs, or one per core; never more than there are documents to build, nor more than four per
// core (each worker holds its own fonts and caches: a thousand would only fight for memory).
// Says so when it lowers what was asked for.
int worker_count(const BuildOptions& options, std::size_t documents) {
  if (options.jobs <= 0) return std::max(1, std::min(cores(), static_cast<int>(documents)));
  const int most_cores = 4 * cores();
  const int most = std::max(1, std::min<int>(most_cores, static_cast<int>(std::min<std::size_t>(documents, 1 << 20))));
  if (options.jobs <= most) return options.jobs;
  if (!options.quiet) {
    std::cerr << "siyasa build: note: --jobs " << options.jobs << " lowered to " << most << " ("
              << (most == most_cores && static_cast<std::size_t>(most) < documents
                      ? "four per core"
                      : "the number of documents to build")
              << ")\n";
  }
  return most;
}

// The passphrase: the file --sign-passphrase-file names (its first line), else the environment.
// It is never printed, logged or written anywhere.
std::optional<std::string> sign_passphrase(const BuildOptions& options) {
  if (options.sign_passphrase_file.empty()) {
    const char* env = std::getenv("SIYASA_SIGN_PASSPHRASE");
    return std::string(env ? env : "");
  }
  std::ifstream in(options.sign_passphrase_file, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) {
    std::error_code ec;
    if (!in && !std::filesystem::is_regular_file(options.sign_passphrase_file, ec)) {
      std::cerr << options.sign_passphrase_file.string() << ": error: cannot read the passphrase file\n"
                << "  hint: --sign-passphrase-file names a file whose first line is the passphrase\n";
      return std::nullopt;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

BuildRequest request_for(const BuildOptions& options) {
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
  request.sign = !options.no_sign;
  if (!options.sign_key.empty()) {
    SigningFiles files;
    (options.sign_cert.empty() ? files.pkcs12 : files.key) = options.sign_key;
    files.certificates = options.sign_cert;
    files.where = SourcePos{options.sign_key.string(), 0, 0};
    request.sign_with = std::move(files);
  }
  return request;
}

// One build at a time writes a folder: another waits a while, saying so.
Result<OutputLock> lock_output(const BuildOptions& options) {
  Result<OutputLock> lock = lock_output_folder(options.out);
  if (!lock.ok() && lock.diagnostics.front().message.starts_with("another siyasa build")) {
    std::cerr << "siyasa build: note: " << lock.diagnostics.front().message << "; waiting up to "
              << kLockWaitSeconds << " s\n";
    lock = wait_for_output_folder(options.out, kLockWaitSeconds);
  }
  return lock;
}

// Each organisation's count of jobs; the ones whose file failed and the ones with nothing to do
// are said at once.
std::map<std::string, GroupProgress> announce_groups(const BuildPlan& plan, const BuildOptions& options) {
  std::map<std::string, GroupProgress> groups;
  for (const auto& job : plan.jobs) ++groups[job.group].total;
  for (const auto& slug : plan.failed_groups) std::cerr << slug << ": FAILED (nothing built: see the errors above)\n";
  for (const auto& slug : plan.groups) {
    const bool failed = std::find(plan.failed_groups.begin(), plan.failed_groups.end(), slug) != plan.failed_groups.end();
    if (!groups.count(slug) && !failed && !options.quiet) std::cout << slug << ": nothing to build\n";
  }
  return groups;
}

// The last line: documents built, pages, up to date, failed, stale files removed, time.
void print_summary(const std::vector<JobOutcome>& outcomes, int stale_removed, double seconds) {
  int built = 0, skipped = 0, failed = 0, pages = 0;
  for (const auto& o : outcomes) {
    built += o.status == JobStatus::built;
    skipped += o.status == JobStatus::skipped;
    failed += o.status == JobStatus::failed;
    pages += o.report.pages;
  }
  char time[32];
  std::snprintf(time, sizeof time, "%.2f", seconds);
  std::cout << built << " documents built, " << pages << " pages, " << skipped << " up to date, "
            << failed << " failed, " << stale_removed << " stale " << (stale_removed == 1 ? "file" : "files")
            << " removed, " << time << " s\n";
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
  BuildRequest request = request_for(options);
  if (auto passphrase = sign_passphrase(options))
    request.sign_passphrase = std::move(*passphrase);
  else
    return kInvalidInput;
  const Result<OutputLock> lock = lock_output(options);
  if (!lock.ok()) {
    print_diagnostics(lock.diagnostics);
    return kInvalidInput;
  }
  remove_temporary_files(options.out);  // what a stopped build left half-written
  BuildCache cache(cache_file(options.out));
  cache.load();
  auto plan = plan_build(request, *fonts, &cache);
  print_diagnostics(plan.diagnostics);
  std::map<std::string, GroupProgress> groups = announce_groups(plan, options);

  RunOptions run{worker_count(options, plan.jobs.size()), options.force, /*processes=*/true,
                 options.memory_limit_mib * 1024 * 1024};
  auto outcomes = run_jobs(plan.jobs, run, cache, [&](const JobOutcome& outcome) {
    auto& g = groups[outcome.group];
    ++g.done;
    g.pages += outcome.report.pages;
    if (outcome.status == JobStatus::built) ++g.built;
    if (outcome.status == JobStatus::skipped) ++g.skipped;
    if (outcome.status == JobStatus::failed) ++g.failed;
    print_diagnostics(outcome.report.diagnostics);
    if (g.done == g.total) {
      if (g.failed) std::cerr << group_line(outcome.group, g) << '\n';
      else if (!options.quiet) std::cout << group_line(outcome.group, g) << std::endl;
    }
  });
  auto stale = remove_stale_outputs(plan, outcomes, cache);
  print_diagnostics(stale.problems);
  print_diagnostics(cache.save());
  if (!options.quiet)
    print_summary(outcomes, stale.removed, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  const bool any_failed = std::any_of(outcomes.begin(), outcomes.end(), [](const JobOutcome& o) { return o.status == JobStatus::failed; });
  return any_failed || !plan.failed_groups.empty() || has_errors(plan.diagnostics) ? kInvalidInput : kOk;
}

}  // namespace siyasa::cli
