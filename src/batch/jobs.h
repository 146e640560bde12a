// Stage "batch": a list of jobs (one output document each) in, outcomes out. Runs them in
// worker processes or on a pool of threads, skips a job whose inputs have not changed since its
// outputs were last written (content hashes kept in a BuildCache), and reports each outcome
// through a callback so the CLI can show progress. Jobs never share output files, so a parallel build
// writes exactly what a serial build writes.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "batch/cache.h"
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
  bool out_of_memory = false;  // it failed by passing RunOptions::memory_limit
};

struct RunOptions {
  int jobs = 1;          // at most this many jobs at once (at least 1)
  bool force = false;    // ignore the cache
  // With jobs > 1: run jobs in forked worker processes rather than threads. What a job does
  // to this process's memory is then lost, only its files and report come back; the CLI's
  // builds use it (PDF writing is one thread at a time within a process, see src/pdf).
  bool processes = false;
  // With processes: the bytes each worker may use (see run_in_workers); 0 = no limit. A build
  // with a limit runs in a worker process even with one job at a time.
  std::size_t memory_limit = 0;
};

// Whether the job's fingerprint matches the one recorded and all its outputs exist.
bool is_up_to_date(const Job& job, BuildCache& cache);

// Runs every job, each after the jobs of its `after` list; `on_done` (may be empty) is called
// once per job, never concurrently. Returns the outcomes in the order of `jobs`. The cache is
// updated for the jobs that were built successfully or were up to date, with their outputs.
std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done);

}  // namespace siyasa
