#include "core/atomic_write.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/scratch.h"

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
  EXPECT_EQ(write_file_atomically(target, "سياسة"), "");
  EXPECT_EQ(read(target), "سياسة");
}

TEST_F(AtomicWrite, FailureKeepsOldFileAndLeavesNoTemporary) {
  auto target = dir / "out.pdf";
  ASSERT_EQ(write_file_atomically(target, "good"), "");
  auto error = write_file_atomically_with(target, [](const std::filesystem::path& tmp) {
    std::ofstream(tmp) << "partial";
    return std::string("disk full");
  });
  EXPECT_EQ(error, "disk full");
  EXPECT_EQ(read(target), "good");
  int files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++files;
  EXPECT_EQ(files, 1);
}

}  // namespace
}  // namespace siyasa
