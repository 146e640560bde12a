#include "build/jobs.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
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

bool recorded_and_there(const Job& job, const std::optional<std::uint64_t>& print, const BuildCache& cache) {
  return print && cache.recorded(job.key) == print && outputs_exist(job);
}

// `prerequisites_ok`: every job of job.after finished without failing.
JobOutcome run_one(const Job& job, const RunOptions& options, BuildCache& cache, bool prerequisites_ok) {
  JobOutcome outcome{job.key, job.group, JobStatus::built, {}, 0};
  auto start = std::chrono::steady_clock::now();
  auto print = cache.fingerprint(job.inputs, job.salt);
  if (!options.force && recorded_and_there(job, print, cache)) {
    outcome.status = JobStatus::skipped;
    cache.record(job.key, print, job.group, job.source, job.outputs);
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
  if (outcome.status == JobStatus::built) {
    // Without a fingerprint (an unreadable input) or after a failed prerequisite the outputs are
    // still recorded as siyasa's, but never as up to date.
    cache.record(job.key, prerequisites_ok ? print : std::nullopt, job.group, job.source, job.outputs);
  }
  outcome.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace

bool is_up_to_date(const Job& job, BuildCache& cache) {
  return recorded_and_there(job, cache.fingerprint(job.inputs, job.salt), cache);
}

std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done) {
  cache.forget_contents();
  std::vector<JobOutcome> outcomes(jobs.size());
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < jobs.size(); ++i) position.emplace(jobs[i].key, i);
  std::vector<char> finished(jobs.size(), 0);
  std::mutex finished_mutex;
  std::condition_variable finished_changed;
  // Waits for the earlier jobs job i must follow (they were all taken by some worker before i
  // was, and wait only for jobs before them, so this cannot deadlock); true when none failed.
  auto wait_for_prerequisites = [&](std::size_t i) {
    bool ok = true;
    std::unique_lock lock(finished_mutex);
    for (const auto& key : jobs[i].after) {
      auto it = position.find(key);
      if (it == position.end() || it->second >= i) continue;
      finished_changed.wait(lock, [&] { return finished[it->second] != 0; });
      ok = ok && outcomes[it->second].status != JobStatus::failed;
    }
    return ok;
  };

  std::atomic<std::size_t> next{0};
  std::mutex report_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      const bool prerequisites_ok = wait_for_prerequisites(i);
      JobOutcome outcome = run_one(jobs[i], options, cache, prerequisites_ok);
      {
        std::lock_guard lock(finished_mutex);
        outcomes[i] = std::move(outcome);
        finished[i] = 1;
      }
      finished_changed.notify_all();
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
