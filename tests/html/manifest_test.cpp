// manifest.json written and read back: every field, earlier copies of a version included, and
// find_document tells a current file's hash from an earlier copy's.
#include <gtest/gtest.h>

#include <fstream>

#include "html/manifest.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

Manifest two_versions() {
  ManifestEntry v1{"org/p/v1", "p", "سياسة \"أ\"", 1, false, "2023-01-02", "2023-01-02", "الأول",
                   "archive/p/v1.pdf", std::string(64, 'a'), {}};
  ManifestEntry v2{"org/p/v2", "p", "سياسة \"أ\"", 2, true, "2024-05-30", "2024-06-16", "الثالث",
                   "p.pdf", std::string(64, 'b'), {std::string(64, 'c'), std::string(64, 'd')}};
  return Manifest{"org", "جمعية المثال", {v1, v2}};
}

TEST(Manifest, ReadsBackWhatItWrote) {
  const auto file = test::test_scratch_folder("manifest") / "manifest.json";
  std::ofstream(file) << manifest_json(two_versions());
  auto read = read_manifest(file);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->documents.size(), 2u);
  const ManifestEntry& v2 = read->documents[1];
  EXPECT_EQ(read->name, "جمعية المثال");
  EXPECT_EQ(v2.id, "org/p/v2");
  EXPECT_EQ(v2.title, "سياسة \"أ\"");
  EXPECT_TRUE(v2.current);
  EXPECT_FALSE(read->documents[0].current);
  EXPECT_EQ(v2.effective, "2024-06-16");
  EXPECT_EQ(v2.file, "p.pdf");
  EXPECT_EQ(v2.earlier_sha256, (std::vector<std::string>{std::string(64, 'c'), std::string(64, 'd')}));
  EXPECT_TRUE(read->documents[0].earlier_sha256.empty());
}

TEST(Manifest, FindsAFileByItsOwnHashOrAsAnEarlierCopy) {
  const Manifest m = two_versions();
  bool earlier = true;
  const ManifestEntry* found = find_document(m, std::string(64, 'a'), &earlier);
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->version, 1);
  EXPECT_FALSE(earlier);
  found = find_document(m, std::string(64, 'd'), &earlier);
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->version, 2);
  EXPECT_TRUE(earlier);
  EXPECT_EQ(find_document(m, std::string(64, 'e'), &earlier), nullptr);
}

}  // namespace
}  // namespace siyasa
