#include "core/atomic_write.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/scratch.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = siyasa::test::test_scratch_folder("atomic");
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::filesystem::path dir;
};

TEST_F(AtomicWrite, WritesWholeFileAndCreatesFolders) {
  auto target = dir / "a" / "b" / "out.txt";
  EXPECT_EQ(all_messages(write_file_atomically(target, "سياسة")), "");
  EXPECT_EQ(read(target), "سياسة");
}

TEST_F(AtomicWrite, FailureKeepsOldFileAndLeavesNoTemporary) {
  auto target = dir / "out.pdf";
  ASSERT_EQ(all_messages(write_file_atomically(target, "good")), "");
  auto errors = write_file_atomically_with(target, [&](const std::filesystem::path& tmp) {
    std::ofstream(tmp) << "partial";
    return Diagnostics{write_failure(target, "cannot write the file", std::make_error_code(std::errc::no_space_on_device))};
  });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(format_diagnostic(errors[0]), target.string() + ": error: cannot write the file: No space left on device\n"
                                          "  hint: the disk is full: free some space, or write to another folder, and build again");
  EXPECT_EQ(read(target), "good");
  int files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++files;
  EXPECT_EQ(files, 1);
}

// Root writes in any folder, so a folder without write permission is not tested here; the hint
// for it is hint_for's EACCES case.
TEST_F(AtomicWrite, FileWhereAFolderShouldBeIsAnErrorAtTheDestinationWithAHint) {
  std::ofstream(dir / "blocker") << "a file";
  const auto target = dir / "blocker" / "site" / "index.html";
  const Diagnostics errors = write_file_atomically(target, "bytes");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, target.string());
  EXPECT_EQ(errors[0].message.rfind("cannot create the folder " + (dir / "blocker" / "site").string() + ": ", 0), 0u)
      << errors[0].message;
  EXPECT_NE(errors[0].hint.find("a file stands where a folder of the output should be"), std::string::npos);
}

TEST_F(AtomicWrite, FolderWhereTheFileShouldBeIsAnErrorWithAHint) {
  std::filesystem::create_directories(dir / "out.pdf" / "inside");
  const Diagnostics errors = write_file_atomically(dir / "out.pdf", "bytes");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, (dir / "out.pdf").string());
  EXPECT_EQ(errors[0].message.rfind("cannot replace the file: ", 0), 0u) << errors[0].message;
  EXPECT_NE(errors[0].hint.find("a folder stands where the output file should be"), std::string::npos) << errors[0].hint;
}

}  // namespace
}  // namespace siyasa
