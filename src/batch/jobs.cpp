#include "batch/jobs.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "batch/workers.h"

namespace siyasa {
namespace {

// Its fingerprint is the one recorded, and its outputs are still the files it wrote.
bool recorded_and_there(const Job& job, const std::optional<std::uint64_t>& print, const BuildCache& cache) {
  return print && cache.recorded(job.key) == print && cache.outputs_intact(job.key, job.outputs);
}

// What a run knows of every job: where it stands in the list, whether it has finished, and
// each finished job's outcome. Shared by the thread and the process runners.
class Ledger {
 public:
  explicit Ledger(const std::vector<Job>& jobs) : jobs_(jobs), outcomes_(jobs.size()), finished_(jobs.size(), 0) {
    for (std::size_t i = 0; i < jobs.size(); ++i) position_.emplace(jobs[i].key, i);
  }

  // Whether every earlier job that job i must follow has finished.
  bool prerequisites_finished(std::size_t i) const {
    return each_prerequisite(i, [&](std::size_t p) { return finished_[p] != 0; });
  }
  // Whether none of them failed (call once they have finished).
  bool prerequisites_succeeded(std::size_t i) const {
    return each_prerequisite(i, [&](std::size_t p) { return outcomes_[p].status != JobStatus::failed; });
  }
  void finish(std::size_t i, JobOutcome outcome) {
    outcomes_[i] = std::move(outcome);
    finished_[i] = 1;
  }
  const JobOutcome& outcome(std::size_t i) const { return outcomes_[i]; }
  std::vector<JobOutcome> take_outcomes() { return std::move(outcomes_); }

 private:
  template <class Test>
  bool each_prerequisite(std::size_t i, Test test) const {
    for (const auto& key : jobs_[i].after) {
      auto it = position_.find(key);
      if (it == position_.end() || it->second >= i) continue;  // only earlier jobs count
      if (!test(it->second)) return false;
    }
    return true;
  }

  const std::vector<Job>& jobs_;
  std::map<std::string, std::size_t> position_;
  std::vector<JobOutcome> outcomes_;
  std::vector<char> finished_;
};

// The cache's view of a job about to run: skipped when up to date (its entry stays as it is),
// else nothing.
std::optional<JobOutcome> skip_if_up_to_date(const Job& job, const RunOptions& options, BuildCache& cache,
                                             const std::optional<std::uint64_t>& print) {
  if (options.force || !recorded_and_there(job, print, cache)) return std::nullopt;
  return JobOutcome{job.key, job.group, JobStatus::skipped, {}, 0};
}

// Files a built job's outputs in the cache. Without a fingerprint (an unreadable input) or after
// a failed prerequisite the outputs are still recorded as siyasa's, but never as up to date.
void record_built(const Job& job, JobOutcome& outcome, BuildCache& cache,
                  const std::optional<std::uint64_t>& print, bool prerequisites_ok) {
  outcome.key = job.key;
  outcome.group = job.group;
  if (outcome.status == JobStatus::built)
    cache.record(job.key, prerequisites_ok ? print : std::nullopt, job.group, job.source, job.outputs);
}

void run_on_threads(const std::vector<Job>& jobs, const RunOptions& options, BuildCache& cache,
                    const std::function<void(const JobOutcome&)>& on_done, Ledger& ledger) {
  std::mutex ledger_mutex;
  std::condition_variable finished_changed;
  std::atomic<std::size_t> next{0};
  std::mutex report_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      // The jobs i follows were all taken by some worker before i was, and wait only for jobs
      // before them, so this cannot deadlock.
      bool prerequisites_ok = false;
      {
        std::unique_lock lock(ledger_mutex);
        finished_changed.wait(lock, [&] { return ledger.prerequisites_finished(i); });
        prerequisites_ok = ledger.prerequisites_succeeded(i);
      }
      const Job& job = jobs[i];
      auto print = cache.fingerprint(job.inputs, job.salt);
      std::optional<JobOutcome> outcome = skip_if_up_to_date(job, options, cache, print);
      if (!outcome) {
        outcome = run_job(job);
        record_built(job, *outcome, cache, print, prerequisites_ok);
      }
      {
        std::lock_guard lock(ledger_mutex);
        ledger.finish(i, std::move(*outcome));
      }
      finished_changed.notify_all();
      if (on_done) {
        std::lock_guard lock(report_mutex);
        on_done(ledger.outcome(i));
      }
    }
  };
  int threads = std::max(1, std::min<int>(options.jobs, static_cast<int>(jobs.size())));
  std::vector<std::jthread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();  // joins
}

// The cache is checked here, as each job's prerequisites finish; the jobs to build go to worker
// processes, the first ready one first (a page waiting for its PDFs lets later jobs by). False
// when no process could be started (nothing was run).
bool run_in_processes(const std::vector<Job>& jobs, const RunOptions& options, BuildCache& cache,
                      const std::function<void(const JobOutcome&)>& on_done, Ledger& ledger) {
  std::vector<std::optional<std::uint64_t>> prints(jobs.size());
  std::vector<char> prerequisites_ok(jobs.size(), 1);
  std::vector<char> taken(jobs.size(), 0);
  std::size_t first_untaken = 0;
  const auto finish = [&](std::size_t i, JobOutcome outcome) {
    ledger.finish(i, std::move(outcome));
    if (on_done) on_done(ledger.outcome(i));
  };
  WorkSource source;
  source.left = [&] { return first_untaken < jobs.size(); };
  source.take = [&]() -> std::optional<std::size_t> {
    for (std::size_t i = first_untaken; i < jobs.size();) {
      if (taken[i] || !ledger.prerequisites_finished(i)) {
        ++i;
        continue;
      }
      taken[i] = 1;
      while (first_untaken < jobs.size() && taken[first_untaken]) ++first_untaken;
      prerequisites_ok[i] = ledger.prerequisites_succeeded(i);
      prints[i] = cache.fingerprint(jobs[i].inputs, jobs[i].salt);
      std::optional<JobOutcome> skipped = skip_if_up_to_date(jobs[i], options, cache, prints[i]);
      if (!skipped) return i;
      finish(i, std::move(*skipped));
      i = first_untaken;  // a job passed over may have waited for this one
    }
    return std::nullopt;
  };
  const bool started = run_in_workers(jobs, options.jobs, source, [&](std::size_t i, JobOutcome outcome) {
    record_built(jobs[i], outcome, cache, prints[i], prerequisites_ok[i] != 0);
    finish(i, std::move(outcome));
  }, options.memory_limit);
  if (!started) return false;
  // Left over only when no worker could be started again: those jobs fail, saying why.
  for (std::size_t i = first_untaken; i < jobs.size(); ++i) {
    if (taken[i]) continue;
    JobOutcome failed{jobs[i].key, jobs[i].group, JobStatus::failed, {}, 0};
    failed.report.diagnostics.push_back(
        make_error({jobs[i].key, 0, 0}, "cannot start a process to build this document"));
    finish(i, std::move(failed));
  }
  return true;
}

}  // namespace

bool is_up_to_date(const Job& job, BuildCache& cache) {
  return recorded_and_there(job, cache.fingerprint(job.inputs, job.salt), cache);
}

std::vector<JobOutcome> run_jobs(const std::vector<Job>& jobs, const RunOptions& options,
                                 BuildCache& cache,
                                 const std::function<void(const JobOutcome&)>& on_done) {
  cache.forget_contents();
  Ledger ledger(jobs);
  const bool in_processes = options.processes && !jobs.empty() &&
                            ((options.jobs > 1 && jobs.size() > 1) || options.memory_limit > 0) &&
                            run_in_processes(jobs, options, cache, on_done, ledger);
  if (!in_processes) run_on_threads(jobs, options, cache, on_done, ledger);
  return ledger.take_outcomes();
}

}  // namespace siyasa
