// The letterhead's identity lines and the footer's contacts follow the organisation's choices
// ([letterhead] lines and licence_label, [footer] contacts and labels): orgs/example.toml starts
// with the country line, words the licence "رقم الترخيص : L-2020-0567" and labels its X account.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "data/org.h"
#include "layout/letterhead.h"
#include "layout/typeset.h"
#include "support/project_fonts.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const FontSet> fonts() { return test::project_fonts(); }

OrgData example() {
  auto org = load_org(fs::path(SIYASA_SOURCE_DIR) / "orgs" / "example.toml");
  EXPECT_TRUE(org.ok());
  return org.ok() ? *org : OrgData{};
}

// The logical text of each line (runs on one baseline, in logical order) right of `from_x`.
std::vector<std::string> lines_right_of(const std::vector<PageItem>& items, double from_x) {
  std::map<double, std::map<std::size_t, std::string>> by_line;
  for (const PageItem& item : items)
    if (const auto* t = std::get_if<TextItem>(&item); t && t->x >= from_x)
      by_line[t->y][t->run.text_offset] += t->run.text;
  std::vector<std::string> lines;
  for (const auto& [y, runs] : by_line) {
    std::string text;
    for (const auto& [offset, part] : runs) text += part;
    lines.push_back(text);
  }
  return lines;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(Furniture, LetterheadLinesInTheChosenOrderAndWording) {
  ASSERT_TRUE(fonts());
  const OrgData org = example();
  const PageGeometry geometry;
  const auto items = make_letterhead(make_typesetter(fonts()), DocumentStyle{}, geometry, org,
                                     letterhead_fields(org), std::nullopt);
  const auto lines = lines_right_of(items, geometry.width / 2 + 50);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_TRUE(contains(lines.front(), "المملكة العربية السعودية")) << lines.front();
  EXPECT_TRUE(contains(lines[1], org.name)) << lines[1];
  EXPECT_TRUE(contains(lines.back(), "رقم الترخيص : \u2066L-2020-0567\u2069")) << lines.back();
  for (const auto& line : lines) EXPECT_FALSE(contains(line, "ترخيص رقم")) << line;
}

TEST(Furniture, FooterContactsInTheChosenOrderWithLabels) {
  ASSERT_TRUE(fonts());
  const OrgData org = example();
  const PageGeometry geometry;
  const auto items = make_footer(make_typesetter(fonts()), DocumentStyle{}, geometry, org);
  const auto lines = lines_right_of(items, geometry.body_right() - 165);
  ASSERT_EQ(lines.size(), 3u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "https://example.org.sa");
  EXPECT_EQ(lines[1], "حسابنا في منصة X: \u2066@example_org\u2069");
  EXPECT_EQ(lines[2], "@example.org   example_org");

  // Without [footer]: the website, then every account on one line, unlabelled.
  OrgData plain = org;
  plain.footer_contacts.reset();
  plain.footer_labels.clear();
  const auto plain_lines =
      lines_right_of(make_footer(make_typesetter(fonts()), DocumentStyle{}, geometry, plain), geometry.body_right() - 165);
  ASSERT_EQ(plain_lines.size(), 2u);
  EXPECT_EQ(plain_lines[1], "@example_org   @example.org   example_org");
}

}  // namespace
}  // namespace siyasa
