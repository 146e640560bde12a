// Whole documents with the fake text engine: page furniture on every page, contents numbers
// equal to where headings land, nothing outside the margins, the approval block on one page,
// booklet ordinals, list and article numbering in the organisation's digits.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fake_typesetter.h"
#include "layout/geometry.h"
#include "layout/images.h"
#include "layout/policy_layout.h"
#include "support/sample_orgs.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

Block heading(int level, const std::string& text, const std::string& anchor) {
  Block b;
  b.kind = BlockKind::heading;
  b.level = level;
  b.anchor = anchor;
  b.spans = {Span{text}};
  return b;
}

Block paragraph(const std::string& text) {
  Block b;
  b.kind = BlockKind::paragraph;
  b.spans = {Span{text}};
  return b;
}

Block list(bool ordered, const std::vector<std::string>& items) {
  Block b;
  b.kind = BlockKind::list;
  b.ordered = ordered;
  for (const auto& text : items) {
    Block item;
    item.kind = BlockKind::list_item;
    item.children.push_back(paragraph(text));
    b.children.push_back(std::move(item));
  }
  return b;
}

std::string words(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string(i % 3 ? "المستفيدين" : "الخدمة");
  return s;
}

// The shared association, named and with a website written as these tests look for them (the
// website without a scheme), adopting the two policies they lay out; no logo (the shared one is
// an SVG, which the PDF stages do not take).
OrgData sample_org() {
  OrgData org = test::sample_association();
  org.name = "جمعية الاختبار الخيرية";
  org.website = "www.example.org.sa";
  org.logo.clear();
  org.policies = {PolicyAdoption{"relations", 1, {}, Approval{"161", "", Date{2025, 9, 15}}},
                  PolicyAdoption{"privacy", 2, {}, Approval{"162", "", Date{2025, 10, 1}}}};
  return org;
}

MergedPolicy sample_policy(const std::string& id, const std::string& title) {
  MergedPolicy p;
  p.id = id;
  p.title = title;
  ApprovalBlock a;
  a.heading = "اعتماد مجلس الإدارة";
  a.sentence = "اعتمد مجلس إدارة الجمعية هذه السياسة في اجتماعه رقم ١٦١ بتاريخ ١٥/٠٩/٢٠٢٥م";
  a.gregorian_date = "١٥/٠٩/٢٠٢٥م";
  a.chairman_name = "م/ أحمد علي";
  a.chairman_title = "رئيس مجلس الإدارة";
  p.approval = a;
  return p;
}

// Six sections of headings, paragraphs and lists: several pages.
DocTree long_tree() {
  DocTree t;
  for (int s = 1; s <= 6; ++s) {
    t.blocks.push_back(heading(2, "القسم " + std::to_string(s), "h-" + std::to_string(s)));
    t.blocks.push_back(paragraph(words(90)));
    t.blocks.push_back(heading(3, "فرع " + std::to_string(s), "h-" + std::to_string(s) + "-1"));
    t.blocks.push_back(paragraph(words(40) + ":"));
    t.blocks.push_back(list(s % 2 == 0, {words(12), words(30), words(5)}));
  }
  return t;
}

std::string page_text(const Page& page) {
  std::string text;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<TextItem>(&item)) text += t->run.text + " ";
  return text;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Arabic-Indic or ASCII digits to a number; -1 when the text has other characters.
int read_number(const std::string& text) {
  int value = 0;
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = text[i];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      ++i;
    } else if (c == 0xD9 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(text[i + 1]) <= 0xA9) {
      value = value * 10 + (static_cast<unsigned char>(text[i + 1]) - 0xA0);
      i += 2;
    } else {
      return -1;
    }
    any = true;
  }
  return any ? value : -1;
}

class PolicyDocument : public ::testing::Test {
 protected:
  Typesetter ts = testing::fake_typesetter();
  OrgData org = sample_org();
  MergedPolicy policy = sample_policy("relations", "سياسة تنظيم العلاقة مع المستفيدين");
  DocTree tree = long_tree();

  PagedDocument layout() {
    auto result = layout_policy(ts, org, policy, tree);
    EXPECT_TRUE(result.ok());
    return result.ok() ? *result : PagedDocument{};
  }
};

TEST_F(PolicyDocument, LetterheadAndFooterOnEveryPage) {
  const PagedDocument doc = layout();
  ASSERT_GE(doc.pages.size(), 3u);
  const int n = static_cast<int>(doc.pages.size());
  for (int p = 0; p < n; ++p) {
    const std::string text = page_text(doc.pages[p]);
    EXPECT_TRUE(contains(text, "الاختبار")) << "page " << p + 1;
    EXPECT_TRUE(contains(text, "المملكة")) << "page " << p + 1;
    EXPECT_TRUE(contains(text, "(656)")) << "registration number as written, page " << p + 1;
    EXPECT_TRUE(contains(text, "www.example.org.sa")) << "page " << p + 1;
    EXPECT_TRUE(contains(text, "@example_sa")) << "page " << p + 1;
    EXPECT_TRUE(contains(text, "الراجحي")) << "page " << p + 1;
    EXPECT_TRUE(contains(text, "SA03 8000 0000 6080 1016 7519")) << "IBAN as written, page " << p + 1;
    EXPECT_TRUE(contains(text, "صفحة " + std::string(p == 0 ? "١" : "") )) << "page " << p + 1;
  }
  // The page label's numbers, in Arabic-Indic digits: page 2 says "٢" and the total.
  const std::string second = page_text(doc.pages[1]);
  EXPECT_TRUE(contains(second, "صفحة ٢ من " + std::string(n == 3 ? "٣" : n == 4 ? "٤" : n == 5 ? "٥" : "")));
}

TEST_F(PolicyDocument, ContentsNumbersAreWhereTheHeadingsLand) {
  const PagedDocument doc = layout();
  int checked = 0;
  for (const auto& item : doc.pages[0].items) {
    const auto* link = std::get_if<LinkItem>(&item);
    if (!link || !link->uri.empty()) continue;
    ASSERT_GE(link->dest_page, 0);
    // The number printed in the entry's row.
    int printed = -1;
    for (const auto& other : doc.pages[0].items) {
      const auto* t = std::get_if<TextItem>(&other);
      if (t && t->y > link->y && t->y < link->y + link->h && read_number(t->run.text) > 0)
        printed = read_number(t->run.text);
    }
    EXPECT_EQ(printed, link->dest_page + 1);
    // The target page really holds a heading at dest_y (below it, within a line).
    bool heading_there = false;
    for (const auto& other : doc.pages[link->dest_page].items) {
      const auto* t = std::get_if<TextItem>(&other);
      if (t && t->y > link->dest_y && t->y < link->dest_y + 60 && t->color.g > 0.3) heading_there = true;
    }
    EXPECT_TRUE(heading_there) << "entry pointing at page " << link->dest_page + 1;
    ++checked;
  }
  EXPECT_EQ(checked, 13);  // 6 sections, 6 sub-sections, the approval
  // The outline has every heading, the title and the contents.
  EXPECT_EQ(doc.outline.size(), 15u);
}

TEST_F(PolicyDocument, NothingOutsideTheMargins) {
  const PageGeometry g;
  const PagedDocument doc = layout();
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
      if (const auto* t = std::get_if<TextItem>(&item)) {
        x1 = t->x, x2 = t->x + t->run.width, y1 = t->y - t->run.size, y2 = t->y + t->run.size * 0.4;
      } else if (const auto* r = std::get_if<RuleItem>(&item)) {
        x1 = std::min(r->x1, r->x2), x2 = std::max(r->x1, r->x2), y1 = std::min(r->y1, r->y2), y2 = std::max(r->y1, r->y2);
      } else if (const auto* b = std::get_if<BoxItem>(&item)) {
        x1 = b->x, x2 = b->x + b->w, y1 = b->y, y2 = b->y + b->h;
      } else if (const auto* i = std::get_if<ImageItem>(&item)) {
        x1 = i->x, x2 = i->x + i->w, y1 = i->y, y2 = i->y + i->h;
      } else {
        continue;
      }
      EXPECT_GE(x1, g.margin_x - 0.01) << "page " << p + 1;
      EXPECT_LE(x2, g.width - g.margin_x + 0.01) << "page " << p + 1;
      EXPECT_GE(y1, g.margin_top - 0.01) << "page " << p + 1;
      EXPECT_LE(y2, g.height - g.margin_bottom + 0.01) << "page " << p + 1;
    }
  }
}

TEST_F(PolicyDocument, ApprovalBlockStaysOnOnePage) {
  // Grow the body one paragraph at a time so the approval block meets the page foot everywhere.
  for (int extra = 0; extra < 12; ++extra) {
    tree.blocks.push_back(paragraph(words(14)));
    const PagedDocument doc = layout();
    std::vector<int> pages;
    for (std::size_t p = 1; p < doc.pages.size(); ++p) {  // page 1 lists it in the contents
      const std::string text = page_text(doc.pages[p]);
      if (contains(text, "اعتماد مجلس")) pages.push_back(static_cast<int>(p));
      if (contains(text, "أحمد")) pages.push_back(static_cast<int>(p));
    }
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0], pages[1]) << extra;
    EXPECT_EQ(pages[1], static_cast<int>(doc.pages.size()) - 1);
  }
}

TEST_F(PolicyDocument, ListNumbersAndArticlesInTheOrganisationsDigits) {
  policy.article_style = true;
  PagedDocument doc = layout();
  std::string all;
  for (const auto& page : doc.pages) all += page_text(page);
  EXPECT_TRUE(contains(all, "١."));
  EXPECT_TRUE(contains(all, "٣."));
  EXPECT_TRUE(contains(all, "المادة (٦)"));
  org.numerals = Numerals::latn;
  doc = layout();
  all.clear();
  for (const auto& page : doc.pages) all += page_text(page);
  EXPECT_TRUE(contains(all, " 3. "));
  EXPECT_TRUE(contains(all, "(6)"));
  EXPECT_TRUE(contains(all, "صفحة 2 من"));
}

TEST_F(PolicyDocument, ListMarkerHangsRightOfItsText) {
  tree.blocks = {list(true, {words(3)})};
  const PagedDocument doc = layout();
  const TextItem* marker = nullptr;
  const TextItem* text = nullptr;
  for (const auto& item : doc.pages.back().items)
    if (const auto* t = std::get_if<TextItem>(&item)) {
      if (t->run.text == "١.") marker = t;
      if (t->run.text == "الخدمة") text = t;
    }
  ASSERT_TRUE(marker && text);
  EXPECT_DOUBLE_EQ(marker->y, text->y);
  EXPECT_GT(marker->x, text->x + text->run.width);
}

TEST_F(PolicyDocument, ShortPolicyIsOnePageWithoutContents) {
  tree.blocks = {heading(2, "تمهيد", "h-1"), paragraph(words(30))};
  const PagedDocument doc = layout();
  EXPECT_EQ(doc.pages.size(), 1u);
  EXPECT_FALSE(contains(page_text(doc.pages[0]), "المحتويات"));
}

TEST_F(PolicyDocument, TableColumnsRunRightToLeft) {
  Block table;
  table.kind = BlockKind::table;
  for (int r = 0; r < 2; ++r) {
    Block row;
    row.kind = BlockKind::table_row;
    row.header = r == 0;
    for (const char* cell : {"الأول", "الثاني", "الثالث"}) {
      Block c;
      c.kind = BlockKind::table_cell;
      c.spans = {Span{cell}};
      row.children.push_back(c);
    }
    table.children.push_back(row);
  }
  tree.blocks = {table};
  const PagedDocument doc = layout();
  double first = -1, second = -1;
  int boxes = 0;
  for (const auto& item : doc.pages[0].items) {
    if (const auto* t = std::get_if<TextItem>(&item)) {
      if (t->run.text == "الأول") first = t->x;
      if (t->run.text == "الثاني") second = t->x;
    }
    if (const auto* b = std::get_if<BoxItem>(&item); b && b->stroke > 0) ++boxes;
  }
  EXPECT_GT(first, second);
  EXPECT_EQ(boxes, 6);
}

TEST_F(PolicyDocument, DocumentInfoComesFromTheData) {
  const PagedDocument doc = layout();
  EXPECT_EQ(doc.info.title, policy.title);
  EXPECT_EQ(doc.info.author, org.name);
  EXPECT_EQ(doc.info.language, "ar-SA");
  EXPECT_EQ(doc.info.creation_date, "2025-09-15");
}

TEST_F(PolicyDocument, AnUnreadableLogoIsAnErrorAtItsKey) {
  const auto file = siyasa::test::scratch_folder("layout") / "not-a-png.png";
  std::ofstream(file) << "GIF89a";
  org.logo = file;
  org.positions["images.logo"] = SourcePos{"orgs/test.toml", 12, 8};
  const auto result = layout_policy(ts, org, policy, tree);
  std::filesystem::remove(file);
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].where.line, 12);
  EXPECT_NE(result.diagnostics[0].message.find("logo"), std::string::npos);
}

TEST_F(PolicyDocument, ApprovalUnderTheTitleWhenTheTemplatePlacesItThere) {
  policy.approval->placement = "after_title";
  policy.approval->heading = "معتمدة من مجلس الإدارة";
  policy.approval->sentence = "بناءً على محضر الاجتماع الأول لمجلس الإدارة لعام ٢٠٢٣ م";
  const PagedDocument doc = layout();
  const std::string first = page_text(doc.pages[0]);
  EXPECT_TRUE(contains(first, "معتمدة"));
  EXPECT_TRUE(contains(first, "محضر"));
  // The chairman still signs at the end, with no approval heading in the contents.
  EXPECT_TRUE(contains(page_text(doc.pages.back()), "أحمد"));
  for (const auto& entry : doc.outline) EXPECT_NE(entry.title, "معتمدة من مجلس الإدارة");
}

TEST(Images, PngSizeFromTheHeader) {
  const auto logo = read_png_size(std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs/example/logo.png");
  ASSERT_TRUE(logo);
  EXPECT_GT(logo->width, 0);
  EXPECT_GT(logo->height, 0);
  EXPECT_FALSE(read_png_size(std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs/example.toml"));
  EXPECT_FALSE(read_png_size("no/such/file.png"));
  const ImageItem fitted = fit_image("x.png", ImageSize{400, 200}, 100, 10, 50, 50);
  EXPECT_DOUBLE_EQ(fitted.w, 50);
  EXPECT_DOUBLE_EQ(fitted.h, 25);
  EXPECT_DOUBLE_EQ(fitted.x, 75);
}

TEST(Booklet, OrdinalsCoverAndOneContents) {
  const Typesetter ts = testing::fake_typesetter();
  const OrgData org = sample_org();
  const MergedPolicy first = sample_policy("relations", "سياسة تنظيم العلاقة مع المستفيدين");
  const MergedPolicy second = sample_policy("privacy", "سياسة خصوصية المعلومات");
  const DocTree tree = long_tree();
  const auto result = layout_booklet(ts, org, {PolicyPart{&first, &tree}, PolicyPart{&second, &tree}});
  ASSERT_TRUE(result.ok());
  const PagedDocument& doc = *result;
  // The cover has no letterhead and no page label; every other page has both.
  EXPECT_FALSE(contains(page_text(doc.pages[0]), "صفحة"));
  EXPECT_TRUE(contains(page_text(doc.pages[0]), "دليل السياسات"));
  int contents_pages = 0, first_page = -1, second_page = -1;
  for (std::size_t p = 1; p < doc.pages.size(); ++p) {
    const std::string text = page_text(doc.pages[p]);
    EXPECT_TRUE(contains(text, "صفحة")) << p;
    EXPECT_TRUE(contains(text, "SA03 8000")) << p;
    contents_pages += contains(text, "جدول المحتويات");
    if (contains(text, "أولاً: سياسة تنظيم") && p > 1) first_page = static_cast<int>(p);
    if (contains(text, "ثانياً: سياسة خصوصية") && p > 1 && first_page != static_cast<int>(p)) second_page = static_cast<int>(p);
  }
  EXPECT_EQ(contents_pages, 1);
  EXPECT_GT(first_page, 1);
  EXPECT_GT(second_page, first_page);
  // Anchors stay unique across policies: every internal link resolved, outline levels nest.
  for (const auto& page : doc.pages)
    for (const auto& item : page.items)
      if (const auto* link = std::get_if<LinkItem>(&item)) EXPECT_FALSE(!link->uri.empty() && link->uri[0] == '#');
  int top = 0;
  for (const auto& entry : doc.outline) top += entry.level == 1;
  EXPECT_EQ(top, 3);  // contents + two policies
  EXPECT_EQ(doc.info.creation_date, "2025-10-01");
}

}  // namespace
}  // namespace siyasa
