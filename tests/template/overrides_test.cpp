// An organisation's own wording over a shared template: block ids that survive edits to other
// blocks, overrides that replace, remove and insert, and anchors that warn (changed shared text)
// or fail (vanished block) at the override file's line and column.
#include "template/overrides.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "markdown/doctree.h"
#include "template/front_matter.h"
#include "template/policy.h"
#include "template/source_blocks.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;
const fs::path kTemplates = fs::path(SIYASA_SOURCE_DIR) / "templates";

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

std::vector<std::string> ids_of(const std::string& body) {
  std::vector<std::string> ids;
  for (const auto& b : split_blocks(body)) ids.push_back(b.id);
  return ids;
}

// A scratch folder with a copy of the shared templates and one organisation, t.
class Wording : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = siyasa::test::test_scratch_folder("wording");
    fs::create_directories(root_ / "templates");
    fs::copy(kTemplates / "policies", root_ / "templates" / "policies");
    fs::copy_file(kTemplates / "audiences.toml", root_ / "templates" / "audiences.toml");
    org_.slug = "t";
    org_.source = root_ / "orgs" / "t.toml";
    org_.name = "جمعية النور الخيرية";
    org_.short_name = "جمعية النور";
    org_.self_name = "الجمعية";
    PolicyAdoption a;
    a.id = "beneficiary-relations";
    a.order = 1;
    org_.policies.push_back(a);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path overrides() const { return root_ / "orgs" / "t" / "overrides" / "beneficiary-relations.md"; }
  fs::path shared_template() const { return root_ / "templates" / "policies" / "beneficiary-relations.md"; }
  Result<MergedPolicy> merge() const { return merge_policy(org_, "beneficiary-relations", root_ / "templates"); }
  // The shared template edited: `from` becomes `to` (a later change by the template's authors).
  void edit_template(const std::string& from, const std::string& to) {
    std::string text = read(shared_template());
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write(shared_template(), text);
  }

  fs::path root_;
  OrgData org_;
};

TEST(SourceBlocks, EveryHeadingParagraphAndItemHasAnId) {
  auto spec = read_template(kTemplates / "policies" / "beneficiary-relations.md");
  ASSERT_TRUE(spec.ok());
  auto ids = ids_of(spec->body);
  const std::vector<std::string> expected{
      "intro", "intro.1", "intro.2", "goal", "goal.1",
      "objectives", "objectives.1", "objectives.2", "objectives.3", "objectives.4", "objectives.5",
      "practices.1", "practices.2", "practices.3", "practices.4", "practices.5", "practices.6",
      "channels", "channels.1", "tools", "tools.1",
      "procedures", "procedures.1", "procedures.2", "procedures.3", "procedures.4", "procedures.5",
      "procedures.6", "procedures.7"};
  EXPECT_EQ(ids, expected);
}

TEST(SourceBlocks, IdsSurviveEditsToOtherBlocks) {
  const std::string body =
      "## تمهيد {#intro}\n\nفقرة أولى.\n\nفقرة ثانية\nتكملتها.\n\n{{! section: items }}\n### البنود\n\n"
      "{{marker.items}} بند أول.\n{{marker.items}} بند ثان.\n";
  auto before = split_blocks(body);
  ASSERT_EQ(ids_of(body), (std::vector<std::string>{"intro", "intro.1", "intro.2", "items", "items.1", "items.2"}));
  EXPECT_EQ(before[2].first, 4);
  EXPECT_EQ(before[2].last, 5);  // a paragraph's second line is part of it
  EXPECT_EQ(before[4].kind, SourceBlock::Kind::item);
  EXPECT_EQ(before[4].prefix, "{{marker.items}} ");
  // Other words in every block, a new paragraph in another region, a heading reworded: same ids.
  const std::string edited =
      "## مقدمة {#intro}\n\nفقرة أولى معدلة.\n\nفقرة ثانية\nتكملتها.\n\nفقرة جديدة.\n\n{{! section: items }}\n"
      "### بنود السياسة\n\n{{marker.items}} بند أول معدل.\n{{marker.items}} بند ثان.\n";
  EXPECT_EQ(ids_of(edited),
            (std::vector<std::string>{"intro", "intro.1", "intro.2", "intro.3", "items", "items.1", "items.2"}));
  // An explicit id is kept wherever the block moves; it is never printed.
  EXPECT_EQ(ids_of("## أ\n\nنص {#kept}\n"), (std::vector<std::string>{"h1", "kept"}));
  EXPECT_EQ(strip_block_ids("## أ {#a}\n\nنص {#kept}\n{{#g}}x|y{{/g}}\n"), "## أ\n\nنص\n{{#g}}x|y{{/g}}\n");
}

TEST(SourceBlocks, BalancedPrefixOnly) {
  auto blocks = split_blocks("{{#g}}تضع|يضع{{/g}} الجمعية.\n\n"
                             "{{#options.n}}   {{/options.n}}{{marker.p}} بند.\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, SourceBlock::Kind::paragraph);
  EXPECT_EQ(blocks[0].prefix, "");
  EXPECT_EQ(blocks[1].kind, SourceBlock::Kind::item);
  EXPECT_EQ(blocks[1].prefix, "{{#options.n}}   {{/options.n}}{{marker.p}} ");
  // One marker or the other, as an option says: both alternatives are the prefix.
  auto either = split_blocks("{{#options.n}}{{marker.a}}{{/options.n}}{{^options.n}}{{marker.p}}{{/options.n}} بند.\n");
  ASSERT_EQ(either.size(), 1u);
  EXPECT_EQ(either[0].kind, SourceBlock::Kind::item);
  EXPECT_EQ(either[0].prefix, "{{#options.n}}{{marker.a}}{{/options.n}}{{^options.n}}{{marker.p}}{{/options.n}} ");
}

TEST_F(Wording, WithoutOverridesTheBodyIsTheTemplates) {
  auto plain = merge();
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain.diagnostics.empty());
  EXPECT_EQ(plain->markdown.find("{#"), std::string::npos);
}

TEST_F(Wording, ReplaceRemoveInsertWithPlaceholders) {
  auto plain = merge();
  ASSERT_TRUE(plain.ok());
  write(overrides(),
        "+++\n"
        "replace = \"objectives.3\"\n"
        "shared = \"تقديم المعلومات والإجابات بشكل ملائم يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات.\"\n"
        "+++\n"
        "تقديم المعلومات {{#li}}{{org.short_name}}{{/li}} بوضوح.\n"
        "\n"
        "+++\n"
        "remove = \"procedures.6\"\n"
        "shared = \"استكمال إجراءات التسجيل عند اكتمال الطلب.\"\n"
        "+++\n"
        "\n"
        "+++\n"
        "after = \"procedures.7\"\n"
        "shared = \"تقديم الخدمة اللازمة.\"\n"
        "+++\n"
        "متابعة رضا {{audience.generic}} بعد تقديم الخدمة.\n"
        "إغلاق الطلب.\n"
        "+++\n"
        "replace = \"goal\"\n"
        "shared = \"الهدف العام\"\n"
        "+++\n"
        "الغاية العامة\n"
        "+++\n"
        "replace = \"title\"\n"
        "shared = \"سياسة تنظيم العلاقة مع المستفيدين\"\n"
        "+++\n"
        "سياسة العلاقة مع المستفيدين في {{org.short_name}}\n");
  auto merged = merge();
  ASSERT_TRUE(merged.ok()) << format_diagnostic(merged.diagnostics.at(0));
  EXPECT_TRUE(merged.diagnostics.empty()) << format_diagnostic(merged.diagnostics.at(0));
  const std::string& md = merged->markdown;
  EXPECT_NE(md.find("- تقديم المعلومات لجمعية النور بوضوح.\n"), std::string::npos) << md;
  EXPECT_EQ(md.find("بما يتناسب مع تساؤلات"), std::string::npos);
  EXPECT_EQ(md.find("استكمال إجراءات التسجيل"), std::string::npos);
  EXPECT_NE(md.find("- تقديم الخدمة اللازمة.\n- متابعة رضا المستفيد بعد تقديم الخدمة.\n- إغلاق الطلب.\n"),
            std::string::npos) << md;
  EXPECT_NE(md.find("### الغاية العامة\n"), std::string::npos);
  EXPECT_EQ(merged->title, "سياسة العلاقة مع المستفيدين في جمعية النور");
  // Everything else is as the shared template has it.
  EXPECT_NE(plain->markdown.find("## تمهيد"), std::string::npos);
  EXPECT_EQ(md.substr(0, md.find("### الغاية")), plain->markdown.substr(0, plain->markdown.find("### الهدف العام")));
}

// practices.5 and .6 take one marker or another as practices_nested says: a replaced item keeps
// the one that applies, so it stays an item of its own (not a continuation of the item before).
TEST_F(Wording, ReplacedItemsKeepTheirAlternativeMarkers) {
  write(overrides(),
        "+++\n"
        "replace = \"practices.5\"\n"
        "shared = \"نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخليين والخارجيين.\"\n"
        "+++\n"
        "بند خامس.\n"
        "+++\n"
        "replace = \"practices.6\"\n"
        "shared = \"ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى الخدمات المقدمة للمستفيد ونوعيتها، ومحاولة القضاء "
        "على معوقات تقديم خدمات ذات جودة عالية، وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد "
        "بتلمّس آراء المستفيدين.\"\n"
        "+++\n"
        "بند سادس.\n");
  for (const bool nested : {false, true}) {
    org_.policies[0].options["practices_nested"] = nested;
    org_.policies[0].options["numbered"] = std::vector<std::string>{"objectives"};
    auto merged = merge();
    ASSERT_TRUE(merged.ok()) << format_diagnostic(merged.diagnostics.at(0));
    EXPECT_TRUE(merged.diagnostics.empty()) << format_diagnostic(merged.diagnostics.at(0));
    const std::string& md = merged->markdown;
    // Not nested: bulleted practices. Nested: the two close the numbered objectives (Markdown
    // numbers them).
    const std::string expected = nested ? "\n1. بند خامس.\n1. بند سادس.\n" : "\n- بند خامس.\n- بند سادس.\n";
    EXPECT_NE(md.find(expected), std::string::npos) << (nested ? "nested\n" : "flat\n") << md;
  }
}

// An item written with its own marker after a nested item stays in the nested list (the marker
// does not turn from – to • partway through it); one that brings its own indentation keeps it.
TEST_F(Wording, AnItemWithItsOwnMarkerStaysNested) {
  org_.policies.front().options["practices_nested"] = true;
  write(overrides(),
        "+++\n"
        "after = \"practices.2\"\n"
        "+++\n"
        "- تعريف المستفيدين بحقوقهم وواجباتهم.\n"
        "+++\n"
        "after = \"practices.3\"\n"
        "+++\n"
        "- متابعة ملاحظات المستفيدين.\n");
  auto merged = merge();
  ASSERT_TRUE(merged.ok()) << format_diagnostic(merged.diagnostics.at(0));
  const std::string& md = merged->markdown;
  EXPECT_NE(md.find("\n   - تكوين انطباعات"), std::string::npos) << md;
  EXPECT_NE(md.find("\n   - تعريف المستفيدين بحقوقهم وواجباتهم.\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n   - متابعة ملاحظات المستفيدين.\n"), std::string::npos) << md;
  // One nested list of five items under the objective.
  auto tree = parse_markdown(md, "merged.md");
  ASSERT_TRUE(tree.ok());
  int nested_lists = 0;
  std::size_t nested_items = 0;
  std::function<void(const std::vector<Block>&, int)> walk = [&](const std::vector<Block>& blocks, int depth) {
    for (const Block& b : blocks) {
      if (b.kind == BlockKind::list && depth > 0) {
        ++nested_lists;
        nested_items += b.children.size();
      }
      walk(b.children, depth + (b.kind == BlockKind::list ? 1 : 0));
    }
  };
  walk(tree->blocks, 0);
  EXPECT_EQ(nested_lists, 1);
  EXPECT_EQ(nested_items, 5u);
}

TEST_F(Wording, ChangedSharedTextWarnsAtTheOverride) {
  write(overrides(),
        "+++\n"
        "replace = \"objectives.2\"\n"
        "shared = \"تقديم الخدمات المتكاملة بأحدث الأساليب الإلكترونية في خدمة المستفيد.\"\n"
        "+++\n"
        "تقديم خدماتنا كلها إلكترونياً.\n");
  ASSERT_TRUE(merge().ok());
  EXPECT_TRUE(merge().diagnostics.empty());
  edit_template("بأحدث الأساليب الإلكترونية", "بأحدث الوسائل التقنية");
  auto merged = merge();
  ASSERT_TRUE(merged.ok());
  ASSERT_EQ(merged.diagnostics.size(), 1u);
  const auto& d = merged.diagnostics[0];
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.where.file, overrides().string());
  EXPECT_EQ(d.where.line, 3);
  EXPECT_EQ(d.where.column, 10);
  EXPECT_EQ(d.message, "the shared text of block 'objectives.2' has changed since this override was written");
  EXPECT_NE(d.hint.find("«تقديم الخدمات المتكاملة بأحدث الوسائل التقنية في خدمة المستفيد.»"), std::string::npos);
  EXPECT_NE(merged->markdown.find("تقديم خدماتنا كلها إلكترونياً."), std::string::npos);
}

TEST_F(Wording, VanishedBlockIsAnErrorAtTheOverride) {
  write(overrides(),
        "+++\n"
        "remove = \"procedures.7\"\n"
        "shared = \"تقديم الخدمة اللازمة.\"\n"
        "+++\n");
  ASSERT_TRUE(merge().ok());
  edit_template("{{marker.procedures}} تقديم الخدمة اللازمة.\n", "");
  auto merged = merge();
  ASSERT_FALSE(merged.ok());
  ASSERT_EQ(merged.diagnostics.size(), 1u);
  EXPECT_TRUE(format_diagnostic(merged.diagnostics[0])
                  .starts_with(overrides().string() + ":2:10: error: the template has no block 'procedures.7'\n"))
      << format_diagnostic(merged.diagnostics[0]);
}

TEST_F(Wording, MovedTextFollowsItsBlockWithAWarning) {
  write(overrides(),
        "+++\n"
        "replace = \"procedures.6\"\n"
        "shared = \"استكمال إجراءات التسجيل عند اكتمال الطلب.\"\n"
        "+++\n"
        "استكمال التسجيل.\n");
  // A new item before it shifts the derived id to procedures.7.
  edit_template("{{marker.procedures}} استكمال إجراءات", "{{marker.procedures}} بند جديد.\n{{marker.procedures}} استكمال إجراءات");
  auto merged = merge();
  ASSERT_TRUE(merged.ok());
  ASSERT_EQ(merged.diagnostics.size(), 1u);
  EXPECT_EQ(merged.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(merged.diagnostics[0].where.line, 2);
  EXPECT_NE(merged.diagnostics[0].message.find("that text is now block 'procedures.7'"), std::string::npos);
  EXPECT_NE(merged->markdown.find("- بند جديد.\n- استكمال التسجيل.\n"), std::string::npos) << merged->markdown;
}

TEST_F(Wording, ErrorsInAnOverridePointAtItsOwnLines) {
  write(overrides(),
        "+++\n"
        "replace = \"objectives.1\"\n"
        "+++\n"
        "بند {{org.nmae}} جديد.\n"
        "+++\n"
        "replace = \"objectives.1\"\n"
        "+++\n"
        "مرة ثانية.\n"
        "+++\n"
        "rplace = \"x\"\n"
        "+++\n"
        "نص\n");
  auto merged = merge();
  ASSERT_FALSE(merged.ok());
  std::vector<std::string> got;
  for (const auto& d : merged.diagnostics) got.push_back(format_diagnostic(d));
  const std::string f = overrides().string();
  ASSERT_EQ(got.size(), 2u) << got[0];
  EXPECT_EQ(got[0], f + ":10:1: error: unknown key 'rplace' in an override\n  hint: did you mean 'replace'?");
  EXPECT_EQ(got[1].substr(0, got[1].find('\n')), f + ":9:1: error: this override names no block");
  // Read errors stop the merge before the anchors are looked at.
  write(overrides(),
        "+++\n"
        "replace = \"objectives.1\"\n"
        "+++\n"
        "بند {{org.nmae}} جديد.\n"
        "+++\n"
        "replace = \"objectives.1\"\n"
        "+++\n"
        "مرة ثانية.\n");
  merged = merge();
  ASSERT_FALSE(merged.ok());
  got.clear();
  for (const auto& d : merged.diagnostics) got.push_back(format_diagnostic(d));
  ASSERT_GE(got.size(), 3u);
  EXPECT_EQ(got[0], f + ":6:11: error: a second override replaces or removes block 'objectives.1'\n"
                        "  hint: keep one replace or remove per block");
  EXPECT_EQ(got[1].substr(0, got[1].find('\n')), f + ":4:5: error: unknown placeholder 'org.nmae'");
}

}  // namespace
}  // namespace siyasa

namespace siyasa {
namespace {

TEST_F(Wording, LayoutChoicesPlaceAndNameTheApproval) {
  Approval a;
  a.meeting = "الأول";
  a.date = Date{2023, 0, 0};
  a.year_only = true;
  org_.policies[0].approval = a;
  auto merged = merge();
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->approval->placement, "after_title");  // the template's choice for a year-only date
  EXPECT_EQ(merged->subtitle, "");
  org_.policies[0].layout.approval_placement = "end";
  org_.policies[0].layout.approval_heading = "إقرار مجلس الإدارة";
  org_.policies[0].layout.name_under_title = true;
  org_.policies[0].layout.stamp_caption = "الختم";
  merged = merge();
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->approval->placement, "end");
  EXPECT_EQ(merged->approval->heading, "إقرار مجلس الإدارة");
  EXPECT_EQ(merged->approval->sentence, "بناءً على محضر الاجتماع الأول لمجلس الإدارة لعام ٢٠٢٣ م");
  EXPECT_EQ(merged->approval->stamp_caption, "الختم");
  EXPECT_EQ(merged->subtitle, "جمعية النور");
}

}  // namespace
}  // namespace siyasa
