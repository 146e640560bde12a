// Stage "build": a list of independent jobs (one output document each) in, outcomes out.
// Runs them on a pool of threads, skips a job whose inputs have not changed since its outputs
// were last written (content hashes kept in a BuildCache), and reports each outcome through a
// callback so the CLI can show progress. Jobs never share output files, so a parallel build
// writes exactly what a serial build writes.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "build/cache.h"
#include "core/diagnostic.h"
#include "core/report.h"

namespace siyasa {

// Errors make the job fail; its old outputs stay as they were. Pages feed the summary.
using JobReport = OutputReport;

struct Job {
  std::string key;                           // unique, e.g. "kiswa/policies/beneficiary-relations.pdf"
  std::string group;                         // what fails together, e.g. the organisation slug
  std::vector<std::filesystem::path> inputs; // every file the output depends on
  std::string salt;                          // anything else it depends on (options, version)
  std::vector<std::filesystem::path> outputs;
  std::function<JobReport()> run;
  // Keys of jobs earlier in the list that must finish before this one starts (a page that links
  // to a PDF runs after the PDF's job). When one of them failed this job still runs, but it is
  // not recorded as up to date, so the next build makes it again.
  std::vector<std::string> after;
  // The file the group comes from (the organisation file): when it is gone, a later build may
  // remove this job's outputs as stale (see stale.h).
  std::filesystem::path source;
};

enum class JobStatus { built, skipped, failed };

struct JobOutcome {
  std::string key;
  std::string group;
  JobStatus status = JobStatus::built;
  JobReport report;
  double seconds = 0;
};

struct RunOptions {
  int jobs = 1;         // worker threads (at least 1)
  bool force = false;   // ignore the cache
};

// Whether the job's fingerprint matches the one recorded and all its outputs exist.
bool is_up_to_date(const Job& job, BuildCache& cache);

// Runs every job; `on_done` (may be empty) is called once per job, from worker threads but
// never concurrently. Returns the outcomes in the order of `jobs`. The cache is updated for the
// jobs that were built successfully or were up to date, with the outputs they wrote.
std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done);

}  // namespace siyasa
