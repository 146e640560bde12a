// The logical structure layout hands to the PDF writer (paged_document.h): which node each
// placed text belongs to, and how the nodes nest, for headings, paragraphs, lists and tables.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "fake_typesetter.h"
#include "layout/blocks.h"
#include "markdown/doctree.h"

namespace siyasa {
namespace {

// The tags of the TextItems of `slices`, in order.
std::vector<int> text_tags(const std::vector<Slice>& slices) {
  std::vector<int> tags;
  for (const Slice& slice : slices)
    for (const PageItem& item : slice.items)
      if (const auto* text = std::get_if<TextItem>(&item)) tags.push_back(text->tag);
  return tags;
}

// The text of the TextItems tagged `node`, without spaces (the fake text engine sets a word
// per run and keeps no spaces).
std::string text_of(const std::vector<Slice>& slices, int node) {
  std::string out;
  for (const Slice& slice : slices)
    for (const PageItem& item : slice.items)
      if (const auto* text = std::get_if<TextItem>(&item); text && text->tag == node)
        for (char c : text->run.text)
          if (c != ' ') out += c;
  return out;
}

std::vector<int> children(const Structure& s, int parent, StructRole role) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(s.nodes.size()); ++i)
    if (s.nodes[i].parent == parent && s.nodes[i].role == role) out.push_back(i);
  return out;
}

// A body laid out by the fake text engine: its slices and the structure it recorded.
struct LaidOut {
  Typesetter ts = testing::fake_typesetter();
  std::vector<Slice> slices;
};

// `in_section`: the body hangs under a section node (node 0), as a booklet's policy does.
LaidOut lay_out(const std::string& markdown, bool in_section = false) {
  LaidOut out;
  const auto tree = parse_markdown(markdown, "test.md");
  EXPECT_TRUE(tree.ok());
  if (!tree.ok()) return out;
  const DocumentStyle style;
  const PageGeometry geometry;
  BodyOptions options;
  if (in_section) options.structure_parent = out.ts.structure->add(StructRole::section);
  const BodyContext ctx{out.ts, style, geometry, options};
  append_body(ctx, *tree, out.slices);
  return out;
}

TEST(Structure, BodyBlocksBecomeNestedNodes) {
  const LaidOut laid = lay_out(
      "# عنوان\n\nفقرة أولى\n\n- بند أول\n- بند ثان\n\n| الاسم | الصفة |\n|---|---|\n| خلية |  |\n", true);
  const std::vector<Slice>& slices = laid.slices;
  const Structure& s = *laid.ts.structure;

  // Every placed text has a node: nothing of the body is left as page furniture.
  for (int tag : text_tags(slices)) EXPECT_NE(tag, kArtifact);

  const auto headings = children(s, 0, StructRole::heading);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_EQ(s.nodes[headings[0]].level, 2);  // the title above it is level 1
  EXPECT_EQ(text_of(slices, headings[0]), "عنوان");

  const auto paragraphs = children(s, 0, StructRole::paragraph);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(text_of(slices, paragraphs[0]), "فقرةأولى");

  const auto lists = children(s, 0, StructRole::list);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(s.nodes[lists[0]].level, 0);  // bulleted
  const auto items = children(s, lists[0], StructRole::list_item);
  ASSERT_EQ(items.size(), 2u);
  const std::vector<std::string> item_texts = {"بندأول", "بندثان"};
  for (std::size_t i = 0; i < items.size(); ++i) {
    // Each item: its marker as a Lbl, then its body (PDF/UA 7.6), the Lbl first in the tree
    // and in drawing order.
    const auto labels = children(s, items[i], StructRole::label);
    const auto bodies = children(s, items[i], StructRole::list_body);
    ASSERT_EQ(labels.size(), 1u);
    ASSERT_EQ(bodies.size(), 1u);
    EXPECT_LT(labels[0], bodies[0]);
    EXPECT_EQ(text_of(slices, labels[0]), "•");
    const auto inside = children(s, bodies[0], StructRole::paragraph);
    ASSERT_EQ(inside.size(), 1u);
    EXPECT_EQ(text_of(slices, inside[0]), item_texts[i]);
    const std::vector<int> tags = text_tags(slices);
    const auto marker_at = std::find(tags.begin(), tags.end(), labels[0]);
    const auto text_at = std::find(tags.begin(), tags.end(), inside[0]);
    EXPECT_LT(marker_at, text_at);
  }

  const auto tables = children(s, 0, StructRole::table);
  ASSERT_EQ(tables.size(), 1u);
  const auto rows = children(s, tables[0], StructRole::table_row);
  ASSERT_EQ(rows.size(), 2u);
  const auto heads = children(s, rows[0], StructRole::table_header);
  ASSERT_EQ(heads.size(), 2u);
  EXPECT_EQ(text_of(slices, heads[0]), "الاسم");  // the first column (on the right) first
  EXPECT_EQ(text_of(slices, heads[1]), "الصفة");
  const auto cells = children(s, rows[1], StructRole::table_cell);
  ASSERT_EQ(cells.size(), 2u);  // the empty cell too: it keeps the column
  EXPECT_EQ(text_of(slices, cells[0]), "خلية");
  EXPECT_EQ(text_of(slices, cells[1]), "");

  // Parents always come before their children (the PDF writer relies on it).
  for (std::size_t i = 0; i < s.nodes.size(); ++i) EXPECT_LT(s.nodes[i].parent, static_cast<int>(i));
}

TEST(Structure, HeadingTagsSkipNoLevel) {
  const LaidOut laid = lay_out("# أ\n\n### ب\n\n## ج\n\n# د\n\n### هـ\n");
  std::vector<int> levels;
  for (const StructNode& node : laid.ts.structure->nodes)
    if (node.role == StructRole::heading) levels.push_back(node.level);
  EXPECT_EQ(levels, (std::vector<int>{2, 3, 3, 2, 3}));  // under the title's H1
}

TEST(Structure, RepeatedTableHeaderIsFurniture) {
  std::string markdown = "| رأس أ | رأس ب |\n|---|---|\n";
  for (int i = 0; i < 80; ++i) markdown += "| خلية | أخرى |\n";
  const LaidOut laid = lay_out(markdown);
  const PageGeometry geometry;
  const FlowResult flow = flow_slices(laid.slices, geometry);
  ASSERT_GE(flow.pages.size(), 2u);
  std::set<int> header_nodes;
  for (std::size_t p = 0; p < flow.pages.size(); ++p) {
    int tagged_headers = 0;
    for (const PageItem& item : flow.pages[p].items)
      if (const auto* text = std::get_if<TextItem>(&item); text && text->run.text.find("رأس") != std::string::npos) {
        if (text->tag != kArtifact) {
          ++tagged_headers;
          header_nodes.insert(text->tag);
        }
      }
    // The header's cells are content on the first page, artifacts where they are drawn again.
    EXPECT_EQ(tagged_headers, p == 0 ? 2 : 0) << "page " << p + 1;
  }
  EXPECT_EQ(header_nodes.size(), 2u);
}

}  // namespace
}  // namespace siyasa
