#include "batch/jobs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include "core/atomic_write.h"
#include "support/scratch.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

class Jobs : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = siyasa::test::test_scratch_folder("jobs");
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  // A job that copies `input` to `output` upper-cased, counting its runs.
  Job copy_job(const std::string& name, std::atomic<int>& runs) {
    auto in = dir / (name + ".in");
    auto out = dir / (name + ".out");
    if (!std::filesystem::exists(in)) std::ofstream(in) << name;
    return Job{name, "g", {in}, "", {out}, [in, out, &runs] {
                 ++runs;
                 std::ifstream f(in);
                 std::string s((std::istreambuf_iterator<char>(f)), {});
                 JobReport report;
                 if (s == "bad") report.diagnostics.push_back(make_error({in.string(), 1, 1}, "bad"));
                 else write_file_atomically(out, s + "!");
                 return report;
               }};
  }
  // copy_job, after a pause.
  Job slow_job(const std::string& name, std::atomic<int>& runs, std::chrono::milliseconds pause) {
    Job job = copy_job(name, runs);
    job.run = [copy = job.run, pause] {
      std::this_thread::sleep_for(pause);
      return copy();
    };
    return job;
  }
  // copy_job, once `latch` exists: a latch between processes (a worker is a forked process, so
  // a std::latch would not be shared). Waits at most a minute, then runs anyway.
  Job latched_job(const std::string& name, std::atomic<int>& runs, std::filesystem::path latch) {
    Job job = copy_job(name, runs);
    job.run = [copy = job.run, latch] {
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
      while (!std::filesystem::exists(latch) && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      return copy();
    };
    return job;
  }
  std::filesystem::path dir;
};

TEST_F(Jobs, ParallelRunBuildsEveryJobOnceInOrder) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs;
  for (int i = 0; i < 20; ++i) jobs.push_back(copy_job("j" + std::to_string(i), runs));
  BuildCache cache(dir / "cache");
  int reported = 0;
  auto outcomes = run_jobs(jobs, {4, false}, cache, [&](const JobOutcome&) { ++reported; });
  ASSERT_EQ(outcomes.size(), 20u);
  EXPECT_EQ(runs, 20);
  EXPECT_EQ(reported, 20);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(outcomes[i].key, "j" + std::to_string(i));
    EXPECT_EQ(outcomes[i].status, JobStatus::built);
    std::ifstream f(dir / ("j" + std::to_string(i) + ".out"));
    std::string s((std::istreambuf_iterator<char>(f)), {});
    EXPECT_EQ(s, "j" + std::to_string(i) + "!");
  }
}

TEST_F(Jobs, UnchangedInputsAreSkippedAndEditedOnesRebuilt) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs), copy_job("b", runs)};
  BuildCache cache(dir / "cache");
  run_jobs(jobs, {2, false}, cache, {});
  ASSERT_EQ(all_messages(cache.save()), "");

  BuildCache reloaded(dir / "cache");
  reloaded.load();
  std::ofstream(dir / "b.in") << "edited";
  auto outcomes = run_jobs(jobs, {2, false}, reloaded, {});
  EXPECT_EQ(outcomes[0].status, JobStatus::skipped);
  EXPECT_EQ(outcomes[1].status, JobStatus::built);
  EXPECT_EQ(runs, 3);

  auto forced = run_jobs(jobs, {2, true}, reloaded, {});
  EXPECT_EQ(forced[0].status, JobStatus::built);
  EXPECT_EQ(runs, 5);
}

TEST_F(Jobs, ACacheFileThatCannotBeWrittenIsAWarningAtItsPath) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  std::ofstream(dir / "blocker") << "a file where the cache's folder should be";
  BuildCache cache(dir / "blocker" / "cache");
  run_jobs(jobs, {1, false}, cache, {});
  const Diagnostics problems = cache.save();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].severity, Severity::warning);  // the outputs are written all the same
  EXPECT_EQ(problems[0].where.file, (dir / "blocker" / "cache").string());
  EXPECT_NE(problems[0].message.find("Not a directory"), std::string::npos) << problems[0].message;
  EXPECT_FALSE(problems[0].hint.empty());
}

TEST_F(Jobs, MissingOutputIsRebuilt) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  BuildCache cache(dir / "cache");
  run_jobs(jobs, {1, false}, cache, {});
  std::filesystem::remove(dir / "a.out");
  EXPECT_EQ(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::built);
  EXPECT_EQ(runs, 2);
}

TEST_F(Jobs, FailureIsReportedKeepsOldOutputAndIsNotCached) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  BuildCache cache(dir / "cache");
  run_jobs(jobs, {1, false}, cache, {});
  std::ofstream(dir / "a.in") << "bad";
  auto outcomes = run_jobs(jobs, {1, false}, cache, {});
  EXPECT_EQ(outcomes[0].status, JobStatus::failed);
  std::ifstream f(dir / "a.out");
  std::string s((std::istreambuf_iterator<char>(f)), {});
  EXPECT_EQ(s, "a!");
  EXPECT_EQ(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::failed);
  EXPECT_EQ(runs, 3);
}

TEST_F(Jobs, ThrowingJobBecomesAnErrorNotACrash) {
  BuildCache cache(dir / "cache");
  std::vector<Job> jobs{Job{"boom", "g", {}, "", {dir / "x"}, []() -> JobReport {
                              throw std::runtime_error("kaput");
                            }}};
  auto outcomes = run_jobs(jobs, {1, false}, cache, {});
  ASSERT_EQ(outcomes[0].status, JobStatus::failed);
  EXPECT_NE(outcomes[0].report.diagnostics[0].message.find("kaput"), std::string::npos);
}

// Worker processes: what comes back is the files and the reports (the `runs` counter lives in
// this process and stays at 0, which shows the jobs really ran elsewhere).
TEST_F(Jobs, ProcessesBuildEveryJobAndSendTheirReportsBack) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs;
  for (int i = 0; i < 12; ++i) jobs.push_back(copy_job("p" + std::to_string(i), runs));
  std::ofstream(dir / "p5.in") << "bad";
  jobs[5] = copy_job("p5", runs);
  BuildCache cache(dir / "cache");
  std::vector<std::string> reported;
  auto outcomes = run_jobs(jobs, {3, false, /*processes=*/true}, cache,
                           [&](const JobOutcome& o) { reported.push_back(o.key); });
  EXPECT_EQ(runs, 0);
  ASSERT_EQ(outcomes.size(), 12u);
  EXPECT_EQ(reported.size(), 12u);
  for (int i = 0; i < 12; ++i) {
    const std::string name = "p" + std::to_string(i);
    EXPECT_EQ(outcomes[i].key, name);
    EXPECT_EQ(outcomes[i].group, "g");
    if (i == 5) continue;
    EXPECT_EQ(outcomes[i].status, JobStatus::built) << name;
    std::ifstream f(dir / (name + ".out"));
    std::string s((std::istreambuf_iterator<char>(f)), {});
    EXPECT_EQ(s, name + "!");
  }
  ASSERT_EQ(outcomes[5].status, JobStatus::failed);
  ASSERT_EQ(outcomes[5].report.diagnostics.size(), 1u);
  const Diagnostic& d = outcomes[5].report.diagnostics[0];
  EXPECT_EQ(d.where.file, (dir / "p5.in").string());
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 1);
  EXPECT_EQ(d.message, "bad");

  // The cache was kept in this process: a second run skips every job that was built.
  auto again = run_jobs(jobs, {3, false, true}, cache, {});
  for (int i = 0; i < 12; ++i)
    EXPECT_EQ(again[i].status, i == 5 ? JobStatus::failed : JobStatus::skipped) << i;
}

TEST_F(Jobs, AJobThatKillsItsWorkerFailsAloneAndTheOthersAreBuilt) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs;
  for (int i = 0; i < 6; ++i) jobs.push_back(copy_job("k" + std::to_string(i), runs));
  jobs[2].run = []() -> JobReport {
    std::raise(SIGKILL);
    return {};
  };
  BuildCache cache(dir / "cache");
  auto outcomes = run_jobs(jobs, {2, false, true}, cache, {});
  for (int i = 0; i < 6; ++i) {
    if (i == 2) continue;
    EXPECT_EQ(outcomes[i].status, JobStatus::built) << i;
    EXPECT_TRUE(std::filesystem::exists(dir / ("k" + std::to_string(i) + ".out"))) << i;
  }
  ASSERT_EQ(outcomes[2].status, JobStatus::failed);
  ASSERT_FALSE(outcomes[2].report.diagnostics.empty());
  const Diagnostic& d = outcomes[2].report.diagnostics[0];
  EXPECT_EQ(d.where.file, "k2");
  EXPECT_NE(d.message.find("signal 9"), std::string::npos) << d.message;
  EXPECT_FALSE(std::filesystem::exists(dir / "k2.out"));
}

TEST_F(Jobs, AJobRunsAfterItsPrerequisitesAndIsNotCachedWhenOneFailed) {
  std::atomic<int> runs{0};
  Job slow = slow_job("slow", runs, std::chrono::milliseconds(100));
  Job page = copy_job("page", runs);
  page.after = {"slow"};
  bool saw_prerequisite = false;
  auto write_page = page.run;
  page.run = [&, write_page] {
    saw_prerequisite = std::filesystem::exists(dir / "slow.out");
    return write_page();
  };
  BuildCache cache(dir / "cache");
  auto first = run_jobs({slow, page}, {2, false}, cache, {});
  EXPECT_TRUE(saw_prerequisite);
  EXPECT_EQ(first[1].status, JobStatus::built);

  // The prerequisite fails: the page still runs, but the next build makes it again.
  std::ofstream(dir / "slow.in") << "bad";
  std::ofstream(dir / "page.in") << "edited";
  auto second = run_jobs({slow, page}, {2, false}, cache, {});
  EXPECT_EQ(second[0].status, JobStatus::failed);
  EXPECT_EQ(second[1].status, JobStatus::built);
  EXPECT_EQ(run_jobs({slow, page}, {2, false}, cache, {})[1].status, JobStatus::built);
  std::ofstream(dir / "slow.in") << "fixed";
  run_jobs({slow, page}, {2, false}, cache, {});
  EXPECT_EQ(run_jobs({slow, page}, {2, false}, cache, {})[1].status, JobStatus::skipped);
}

// In worker processes a page still starts only once the PDF it follows is written (it records
// what it saw in its own output, the only thing that comes back from a worker), and jobs that
// are up to date clear the way for the ones that wait for them.
TEST_F(Jobs, ProcessesRunAJobAfterItsPrerequisitesAndLetReadyJobsBy) {
  std::atomic<int> runs{0};
  // "slow" finishes only after this process has been told of a free job's outcome.
  const std::filesystem::path free_job_reported = dir / "free-job-reported";
  Job slow = latched_job("slow", runs, free_job_reported);
  Job page = copy_job("page", runs);
  page.after = {"slow"};
  page.run = [this, out = page.outputs.front()] {
    write_file_atomically(out, std::filesystem::exists(dir / "slow.out") ? "saw slow" : "too early");
    return JobReport{};
  };
  std::vector<Job> jobs{slow, page};
  for (int i = 0; i < 4; ++i) jobs.push_back(copy_job("free" + std::to_string(i), runs));
  BuildCache cache(dir / "cache");
  std::vector<std::string> order;
  auto first = run_jobs(jobs, {2, false, /*processes=*/true}, cache, [&](const JobOutcome& o) {
    order.push_back(o.key);
    if (o.key.starts_with("free")) std::ofstream(free_job_reported) << o.key;
  });
  for (const JobOutcome& o : first) EXPECT_EQ(o.status, JobStatus::built) << o.key;
  std::ifstream f(dir / "page.out");
  std::string seen((std::istreambuf_iterator<char>(f)), {});
  EXPECT_EQ(seen, "saw slow");
  // The free jobs did not wait behind the page: one finished while the slow job was running.
  ASSERT_EQ(order.size(), jobs.size());
  EXPECT_NE(order.front(), "slow");

  auto second = run_jobs(jobs, {2, false, true}, cache, {});
  for (const JobOutcome& o : second) EXPECT_EQ(o.status, JobStatus::skipped) << o.key;
}

TEST_F(Jobs, TheCacheRecordsWhatEachJobWroteInsideItsFolderOnly) {
  std::atomic<int> runs{0};
  Job job = copy_job("a", runs);
  job.source = dir / "a.in";
  BuildCache cache(dir / "cache");
  run_jobs({job}, {1, false}, cache, {});
  ASSERT_EQ(all_messages(cache.save()), "");
  // A damaged or hostile cache line must not name files outside the output folder.
  std::ofstream(dir / "cache", std::ios::app) << "1f b\tg\t/x.toml\t../outside\t/etc/passwd\tkept.pdf\n";

  BuildCache reloaded(dir / "cache");
  reloaded.load();
  auto entries = reloaded.entries();
  ASSERT_EQ(entries.count("a"), 1u);
  EXPECT_EQ(entries["a"].group, "g");
  EXPECT_EQ(entries["a"].source, dir / "a.in");
  EXPECT_EQ(entries["a"].outputs, std::vector<std::filesystem::path>{"a.out"});
  EXPECT_EQ(entries["b"].outputs, std::vector<std::filesystem::path>{"kept.pdf"});
  EXPECT_EQ(reloaded.recorded("a"), cache.recorded("a"));
}

}  // namespace
}  // namespace siyasa
