// The one "did you mean" of every stage: edit distance with swaps, and when a name is close
// enough to be offered.
#include <gtest/gtest.h>

#include "core/suggest.h"

namespace siyasa {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(edit_distance("name", "name"), 0);
  EXPECT_EQ(edit_distance("nmae", "name"), 1);
  EXPECT_EQ(edit_distance("ibna", "iban"), 1);
  EXPECT_EQ(edit_distance("abc", "ca"), 3);
  EXPECT_EQ(edit_distance("shortname", "short_name"), 1);
  EXPECT_EQ(edit_distance("", "iban"), 4);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

TEST(ClosestName, SuggestsOnlyNearNames) {
  std::vector<std::string_view> keys{"name", "short_name", "kind", "city"};
  EXPECT_EQ(closest_name("shortname", keys), "short_name");
  EXPECT_EQ(closest_name("knd", keys), "kind");
  EXPECT_EQ(closest_name("registration", keys), "");
  EXPECT_EQ(closest_name("licence", std::vector<std::string_view>{"authority", "number", "licence"}), "licence");
  EXPECT_EQ(closest_name("license", std::vector<std::string_view>{"authority", "number", "licence"}), "licence");
}

TEST(DidYouMean, PhrasesTheHintOrSaysNothing) {
  const std::vector<std::string> kinds{"text", "choice", "scale"};
  EXPECT_EQ(did_you_mean("chioce", kinds), "did you mean 'choice'?");
  EXPECT_EQ(did_you_mean("signature", kinds), "");
  EXPECT_EQ(did_you_mean("x", std::vector<std::string>{}), "");
}

}  // namespace
}  // namespace siyasa
