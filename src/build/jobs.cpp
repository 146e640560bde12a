#include "build/jobs.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace siyasa {
namespace {

bool outputs_exist(const Job& job) {
  std::error_code ec;
  for (const auto& output : job.outputs) {
    if (!std::filesystem::exists(output, ec)) return false;
  }
  return true;
}

JobOutcome run_one(const Job& job, const RunOptions& options, BuildCache& cache) {
  JobOutcome outcome{job.key, job.group, JobStatus::built, {}, 0};
  auto start = std::chrono::steady_clock::now();
  auto print = cache.fingerprint(job.inputs, job.salt);
  if (!options.force && print && cache.recorded(job.key) == print && outputs_exist(job)) {
    outcome.status = JobStatus::skipped;
    return outcome;
  }
  try {
    outcome.report = job.run();
  } catch (const std::exception& e) {
    // A stage that throws must not take the other jobs down with it.
    outcome.report.diagnostics.push_back(
        make_error({job.key, 0, 0}, std::string("internal error: ") + e.what()));
  }
  outcome.status = has_errors(outcome.report.diagnostics) ? JobStatus::failed : JobStatus::built;
  if (outcome.status == JobStatus::built && print) cache.record(job.key, *print);
  outcome.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace

std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done) {
  cache.forget_contents();
  std::vector<JobOutcome> outcomes(jobs.size());
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
