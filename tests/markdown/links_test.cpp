// Web addresses become links wherever they stand, as e-mails do: the autolink extension links
// "https://…", "www.…" and e-mails; a bare "kiswa.org.sa" is linked by the markdown stage.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markdown/doctree.h"

namespace siyasa {
namespace {

// The spans of the first list item's paragraph (or of the first paragraph).
std::vector<Span> first_spans(const std::string& markdown) {
  auto tree = parse_markdown(markdown, "links.md");
  EXPECT_TRUE(tree.ok());
  if (!tree.ok() || tree->blocks.empty()) return {};
  const Block* b = &tree->blocks.front();
  while (b->kind != BlockKind::paragraph && !b->children.empty()) b = &b->children.front();
  return b->spans;
}

std::string link_of(const std::vector<Span>& spans, const std::string& text) {
  for (const Span& s : spans)
    if (s.text == text) return s.link;
  return "<no span \"" + text + "\">";
}

TEST(Links, AWebsiteInAListItemIsALinkLikeAnEmail) {
  const auto spans = first_spans("- البريد info@kiswa.org.sa والموقع kiswa.org.sa.\n- ثانٍ\n");
  EXPECT_EQ(link_of(spans, "info@kiswa.org.sa"), "mailto:info@kiswa.org.sa");
  EXPECT_EQ(link_of(spans, "kiswa.org.sa"), "https://kiswa.org.sa");
  EXPECT_EQ(plain_text(spans), "البريد info@kiswa.org.sa والموقع kiswa.org.sa.");
}

TEST(Links, FullAddressesAndPathsAreLinked) {
  EXPECT_EQ(link_of(first_spans("- الموقع https://kiswa.org.sa\n"), "https://kiswa.org.sa"),
            "https://kiswa.org.sa");
  EXPECT_EQ(link_of(first_spans("الموقع (kiswa.org.sa/policies) للاطلاع"), "kiswa.org.sa/policies"),
            "https://kiswa.org.sa/policies");
  EXPECT_EQ(link_of(first_spans("الموقع:\u2066kiswa.org.sa\u2069"), "kiswa.org.sa"),
            "https://kiswa.org.sa");
}

// An organisation's website reaches the Markdown escaped ("https://kiswa\\.org\\.sa"): the link
// and its text read without the backslashes.
TEST(Links, AnEscapedAddressIsLinkedWithoutItsEscapes) {
  for (const char* written : {"https://kiswa\\.org\\.sa", "www\\.kiswa\\.org\\.sa", "kiswa\\.org\\.sa"}) {
    const auto spans = first_spans(std::string("- الموقع ") + written + " للاطلاع\n");
    EXPECT_EQ(plain_text(spans).find('\\'), std::string::npos) << written << ": " << plain_text(spans);
    bool linked = false;
    for (const Span& s : spans)
      if (!s.link.empty()) {
        linked = true;
        EXPECT_EQ(s.link.find('\\'), std::string::npos) << s.link;
        EXPECT_NE(s.link.find("kiswa.org.sa"), std::string::npos) << s.link;
      }
    EXPECT_TRUE(linked) << written;
  }
}

TEST(Links, FileNamesNumbersAndWordsStayText) {
  for (const char* text : {"الشعار logo.png في المجلد", "النسبة 1.5 بالمئة", "رقم L-2020-0567",
                           "الإصدار v2.0"}) {
    for (const Span& s : first_spans(text)) EXPECT_EQ(s.link, "") << text;
  }
}

}  // namespace
}  // namespace siyasa
