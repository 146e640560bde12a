// Stage "batch", internal: runs jobs in worker processes forked from this one, each with its own
// copy of the fonts, templates and caches loaded before the fork. A job that crashes its worker
// fails alone: the worker is replaced and the batch goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "batch/jobs.h"

namespace siyasa {

// Runs one job here and now: its report, status (failed when it has errors or throws) and time.
// A job that runs out of memory (std::bad_alloc) fails saying so, naming `memory_limit` (bytes;
// 0 = none was set).
JobOutcome run_job(const Job& job, std::size_t memory_limit = 0);

// The message of a job that passed its memory limit: "ran out of memory (limit 1024 MiB)".
Diagnostic out_of_memory_error(const Job& job, std::size_t memory_limit);

// Where the workers' work comes from. `take` gives the next job to build now, or nothing when
// none can start yet (it follows a job still being built) or none is left; `left` says whether
// any is left to take.
struct WorkSource {
  std::function<std::optional<std::size_t>()> take;
  std::function<bool()> left;
};

// Builds the jobs `source` hands out in up to `workers` processes and calls `on_result(i,
// outcome)` in this process, one at a time, as each finishes (a job whose worker dies fails,
// saying so). The outcome carries the job's status, report and time; its key and group are
// left to the caller. Returns false, having taken nothing, when no process could be started.
// When it returns true, what is still left in `source` could not be run: no worker could be
// started again.
// Each worker runs under `memory_limit` bytes (0 = none): its address space may grow that much
// past what it had when it was forked (setrlimit; a sanitized build, whose address space is
// terabytes of reservations, skips that), and a worker whose anonymous memory (its heap) grows
// that much past what it was forked with is killed.
// Either way its job fails with out_of_memory_error and a new worker takes the next job.
bool run_in_workers(const std::vector<Job>& jobs, int workers, const WorkSource& source,
                    const std::function<void(std::size_t, JobOutcome)>& on_result,
                    std::size_t memory_limit = 0);

}  // namespace siyasa
