// Stage "build", internal: runs jobs in worker processes forked from this one. cairo 1.16 must
// draw PDFs one thread at a time (src/pdf/cairo_lock.h), which left the second core idle for
// most of a batch; processes each have their own cairo. A job that crashes its worker fails
// alone: the worker is replaced and the batch goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "build/jobs.h"

namespace siyasa {

// Runs one job here and now: its report, status (failed when it has errors or throws) and time.
JobOutcome run_job(const Job& job);

// Runs `jobs[i]` for each i of `todo` in up to `workers` processes and calls `on_result(i,
// outcome)` in this process, one at a time, as each finishes. The outcome carries the job's
// status, report and time; its key and group are left to the caller. Returns false, having
// run nothing, when no process could be started (the caller then uses threads).
bool run_in_workers(const std::vector<Job>& jobs, const std::vector<std::size_t>& todo, int workers,
                    const std::function<void(std::size_t, JobOutcome)>& on_result);

}  // namespace siyasa
