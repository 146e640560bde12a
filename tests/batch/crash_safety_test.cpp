// What a build leaves when it is stopped at any moment, and what the next build makes of it:
// each finished job's cache entry is in the journal at once, an output that is no longer the file
// its job wrote is built again, a second build cannot take the same output folder, the
// temporary files of a stopped build go, and a worker that outgrows its memory limit fails its
// job alone (issue 16).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <string>
#include <vector>

#include "batch/jobs.h"
#include "batch/out_folder.h"
#include "core/atomic_write.h"
#include "support/scratch.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

class CrashSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = siyasa::test::test_scratch_folder("crash");
  }
  void TearDown() override { fs::remove_all(dir); }

  Job copy_job(const std::string& name, std::atomic<int>& runs) {
    auto in = dir / (name + ".in");
    auto out = dir / (name + ".out");
    if (!fs::exists(in)) std::ofstream(in) << name;
    return Job{name, "g", {in}, "", {out}, [in, out, &runs] {
                 ++runs;
                 std::ifstream f(in);
                 std::string s((std::istreambuf_iterator<char>(f)), {});
                 write_file_atomically(out, s + "!");
                 return JobReport{};
               }};
  }
  static std::string read(const fs::path& file) {
    std::ifstream f(file);
    return std::string((std::istreambuf_iterator<char>(f)), {});
  }
  fs::path dir;
};

// The run is "killed" before the cache is saved: a cache loaded afresh still knows the job.
TEST_F(CrashSafety, AFinishedJobIsInTheJournalBeforeTheCacheIsSaved) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  {
    BuildCache cache(dir / "cache");
    run_jobs(jobs, {1, false}, cache, {});
  }  // never saved
  EXPECT_FALSE(fs::exists(dir / "cache"));
  BuildCache reloaded(dir / "cache");
  reloaded.load();
  EXPECT_EQ(run_jobs(jobs, {1, false}, reloaded, {})[0].status, JobStatus::skipped);
  ASSERT_EQ(all_messages(reloaded.save()), "");
  EXPECT_FALSE(fs::exists(dir / "cache.journal"));  // folded into the cache file
  BuildCache again(dir / "cache");
  again.load();
  EXPECT_EQ(run_jobs(jobs, {1, false}, again, {})[0].status, JobStatus::skipped);
  EXPECT_EQ(runs, 1);
}

// An input edited and a build stopped after writing the output but before recording it: the
// entry is the old one; once the edit is reverted, the output (from the edit) must be rebuilt.
TEST_F(CrashSafety, AnOutputNewerThanItsEntryIsRebuilt) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  BuildCache cache(dir / "cache");
  run_jobs(jobs, {1, false}, cache, {});
  ASSERT_EQ(all_messages(cache.save()), "");
  write_file_atomically(dir / "a.out", "edited!");  // what the stopped build wrote
  BuildCache reloaded(dir / "cache");
  reloaded.load();
  EXPECT_EQ(run_jobs(jobs, {1, false}, reloaded, {})[0].status, JobStatus::built);
  EXPECT_EQ(read(dir / "a.out"), "a!");
}

TEST_F(CrashSafety, AnOutputCutShortReplacedByAFolderOrALinkIsRebuilt) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  BuildCache cache(dir / "cache");
  run_jobs(jobs, {1, false}, cache, {});
  EXPECT_EQ(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::skipped);

  std::ofstream(dir / "a.out", std::ios::trunc).close();  // 0 bytes
  EXPECT_EQ(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::built);
  EXPECT_EQ(read(dir / "a.out"), "a!");

  fs::remove(dir / "a.out");
  fs::create_directory(dir / "a.out");  // a folder: the job's atomic write cannot replace it
  EXPECT_NE(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::skipped);
  fs::remove(dir / "a.out");

  run_jobs(jobs, {1, false}, cache, {});
  std::ofstream(dir / "other") << "a!";  // same bytes, but a link is not the file the job wrote
  fs::remove(dir / "a.out");
  fs::create_symlink(dir / "other", dir / "a.out");
  EXPECT_EQ(run_jobs(jobs, {1, false}, cache, {})[0].status, JobStatus::built);
  EXPECT_EQ(fs::symlink_status(dir / "a.out").type(), fs::file_type::regular);
  EXPECT_EQ(runs, 5);  // the first build, then every damaged output again (the folder twice: it stayed)
}

TEST_F(CrashSafety, ASecondBuildCannotTakeTheOutputFolder) {
  auto first = lock_output_folder(dir / "out");
  ASSERT_TRUE(first.ok());
  auto second = lock_output_folder(dir / "out");
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.diagnostics[0].message.find("another siyasa build (process " + std::to_string(::getpid()) + ")"),
            std::string::npos)
      << second.diagnostics[0].message;
  first = Result<OutputLock>{};  // released
  EXPECT_TRUE(lock_output_folder(dir / "out").ok());
}

TEST_F(CrashSafety, OnlyTemporaryFilesOfAStoppedBuildAreRemoved) {
  const fs::path out = dir / "out";
  fs::create_directories(out / "org" / "site");
  for (const char* name : {"org/.booklet.pdf.tmp779797399", "org/site/.index.html.tmp12", ".x.tmp1"})
    std::ofstream(out / name) << "half";
  for (const char* name : {"org/booklet.pdf", "org/notes.tmp", "org/.hidden", "org/.a.tmpx", "org/site/tmp12"})
    std::ofstream(out / name) << "keep";
  fs::create_directory(out / "org" / ".folder.tmp5");  // a folder by that name is not ours
  EXPECT_EQ(remove_temporary_files(out), 3);
  EXPECT_FALSE(fs::exists(out / "org/.booklet.pdf.tmp779797399"));
  EXPECT_FALSE(fs::exists(out / "org/site/.index.html.tmp12"));
  for (const char* name : {"org/booklet.pdf", "org/notes.tmp", "org/.hidden", "org/.a.tmpx", "org/site/tmp12", "org/.folder.tmp5"})
    EXPECT_TRUE(fs::exists(out / name)) << name;
}

// A job that allocates without end, in a worker under a 64 MiB limit: it fails with the memory
// message, and the jobs after it are built by a new worker.
TEST_F(CrashSafety, AJobPastTheMemoryLimitFailsAlone) {
  std::atomic<int> runs{0};
  std::vector<Job> jobs{copy_job("a", runs)};
  jobs.push_back(Job{"hog", "g", {}, "", {dir / "hog.out"}, [] {
                       std::vector<std::string> kept;
                       for (int i = 0; i < 4096; ++i) kept.emplace_back(std::size_t{1} << 20, 'x');  // 4 GiB
                       return JobReport{};
                     }});
  jobs.push_back(copy_job("b", runs));
  BuildCache cache(dir / "cache");
  RunOptions options{2, false, /*processes=*/true, std::size_t{64} << 20};
  auto outcomes = run_jobs(jobs, options, cache, {});
  ASSERT_EQ(outcomes.size(), 3u);
  EXPECT_EQ(outcomes[0].status, JobStatus::built);
  EXPECT_EQ(outcomes[1].status, JobStatus::failed);
  ASSERT_FALSE(outcomes[1].report.diagnostics.empty());
  EXPECT_EQ(outcomes[1].report.diagnostics[0].message, "ran out of memory (limit 64 MiB)");
  EXPECT_EQ(outcomes[2].status, JobStatus::built);
  EXPECT_EQ(read(dir / "b.out"), "b!");
}

}  // namespace
}  // namespace siyasa
