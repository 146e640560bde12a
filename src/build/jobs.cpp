#include "build/jobs.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include "build/workers.h"

namespace siyasa {
namespace {

bool outputs_exist(const Job& job) {
  std::error_code ec;
  for (const auto& output : job.outputs) {
    if (!std::filesystem::exists(output, ec)) return false;
  }
  return true;
}

bool up_to_date(const Job& job, const RunOptions& options, BuildCache& cache,
                std::optional<std::uint64_t> print) {
  return !options.force && print && cache.recorded(job.key) == print && outputs_exist(job);
}

JobOutcome run_one(const Job& job, const RunOptions& options, BuildCache& cache) {
  auto print = cache.fingerprint(job.inputs, job.salt);
  if (up_to_date(job, options, cache, print))
    return JobOutcome{job.key, job.group, JobStatus::skipped, {}, 0};
  JobOutcome outcome = run_job(job);
  outcome.key = job.key;
  outcome.group = job.group;
  if (outcome.status == JobStatus::built && print) cache.record(job.key, *print);
  return outcome;
}

// The up-to-date check happens here, the building in worker processes (or, when none can be
// started, here one job after another).
void run_in_processes(const std::vector<Job>& jobs, const RunOptions& options, BuildCache& cache,
                      const std::function<void(const JobOutcome&)>& on_done,
                      std::vector<JobOutcome>& outcomes) {
  std::vector<std::optional<std::uint64_t>> prints(jobs.size());
  std::vector<std::size_t> todo;
  const auto finish = [&](std::size_t i, JobOutcome outcome) {
    outcome.key = jobs[i].key;
    outcome.group = jobs[i].group;
    if (outcome.status == JobStatus::built && prints[i]) cache.record(jobs[i].key, *prints[i]);
    outcomes[i] = std::move(outcome);
    if (on_done) on_done(outcomes[i]);
  };
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    prints[i] = cache.fingerprint(jobs[i].inputs, jobs[i].salt);
    if (up_to_date(jobs[i], options, cache, prints[i]))
      finish(i, JobOutcome{{}, {}, JobStatus::skipped, {}, 0});
    else
      todo.push_back(i);
  }
  if (todo.empty() || run_in_workers(jobs, todo, options.jobs, finish)) return;
  for (std::size_t i : todo) finish(i, run_job(jobs[i]));
}

}  // namespace

std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done) {
  cache.forget_contents();
  std::vector<JobOutcome> outcomes(jobs.size());
  if (options.processes && options.jobs > 1) {
    run_in_processes(jobs, options, cache, on_done, outcomes);
    return outcomes;
  }
  std::atomic<std::size_t> next{0};
  std::mutex report_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      outcomes[i] = run_one(jobs[i], options, cache);
      if (on_done) {
        std::lock_guard lock(report_mutex);
        on_done(outcomes[i]);
      }
    }
  };
  int threads = std::max(1, std::min<int>(options.jobs, static_cast<int>(jobs.size())));
  std::vector<std::jthread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();  // joins
  return outcomes;
}

}  // namespace siyasa
