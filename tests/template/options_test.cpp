// Option values from an organisation file against a template's declarations: errors point at the
// organisation file's key, with a "did you mean" hint.
#include "template/options.h"

#include <gtest/gtest.h>

#include "template/front_matter.h"
#include "template/policy.h"

#include <fstream>

#include "support/scratch.h"

namespace siyasa {
namespace {

const std::filesystem::path kTemplates = std::filesystem::path(SIYASA_SOURCE_DIR) / "templates";

OrgData org_with(std::map<std::string, OptionValue> options) {
  OrgData org;
  org.slug = "t";
  org.source = "orgs/t.toml";
  org.name = "جمعية الخير";
  org.self_name = "الجمعية";
  PolicyAdoption a;
  a.id = "beneficiary-relations";
  a.order = 1;
  int line = 10;
  for (const auto& [k, v] : options) {
    org.positions["policies.beneficiary-relations." + k] = SourcePos{"orgs/t.toml", line++, 1};
  }
  org.positions["policies.beneficiary-relations"] = SourcePos{"orgs/t.toml", 9, 1};
  a.options = std::move(options);
  org.policies.push_back(a);
  return org;
}

TEST(Options, UnknownKeyPointsAtTheOrgFileWithAHint) {
  auto merged = merge_policy(org_with({{"chanels", std::vector<std::string>{"المقابلة"}}}), "beneficiary-relations",
                             kTemplates);
  ASSERT_FALSE(merged.ok());
  ASSERT_EQ(merged.diagnostics.size(), 1u);
  const auto& d = merged.diagnostics[0];
  EXPECT_EQ(format_diagnostic(d),
            "orgs/t.toml:10:1: error: unknown option 'chanels' for policy 'beneficiary-relations'\n"
            "  hint: did you mean 'channels'?");
}

TEST(Options, WrongTypeAndValueOutsideTheChoices) {
  auto merged = merge_policy(org_with({{"channels", std::string("المقابلة")}, {"response_bound", std::string("mni")}}),
                             "beneficiary-relations", kTemplates);
  ASSERT_FALSE(merged.ok());
  ASSERT_EQ(merged.diagnostics.size(), 2u);
  EXPECT_EQ(merged.diagnostics[0].where.line, 10);
  EXPECT_EQ(merged.diagnostics[0].message, "option 'channels' must be a list of texts");
  EXPECT_EQ(merged.diagnostics[1].where.line, 11);
  EXPECT_EQ(merged.diagnostics[1].message, "option 'response_bound' cannot be \"mni\"");
  EXPECT_EQ(merged.diagnostics[1].hint, "did you mean 'min'? (allowed: \"min\", \"max\", \"within\")");
}

// A heading option may end with ":" as seeds 001 and 002 write "مقدمة :"; other text may not.
TEST(Options, AHeadingMayEndWithAColon) {
  for (const char* heading : {"مقدمة :", "مقدمة:"}) {
    auto merged = merge_policy(org_with({{"intro_heading", std::string(heading)}}), "beneficiary-relations", kTemplates);
    ASSERT_TRUE(merged.ok()) << format_diagnostic(merged.diagnostics.at(0));
    EXPECT_NE(merged->markdown.find("## " + std::string(heading) + "\n"), std::string::npos) << merged->markdown;
  }
  auto wrong = merge_policy(org_with({{"intro_heading", std::string("مقدمه :")}}), "beneficiary-relations", kTemplates);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.diagnostics[0].message, "option 'intro_heading' cannot be \"مقدمه :\"");
  // Only a heading's words: a choice that is not a heading keeps its exact values.
  auto bound = merge_policy(org_with({{"response_bound", std::string("min:")}}), "beneficiary-relations", kTemplates);
  EXPECT_FALSE(bound.ok());
}

TEST(Options, IntegerOutOfRange) {
  auto merged = merge_policy(org_with({{"response_weeks", std::int64_t{0}}}), "beneficiary-relations", kTemplates);
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.diagnostics[0].message, "option 'response_weeks' is out of range");
}

TEST(Options, UnknownSectionName) {
  auto merged = merge_policy(org_with({{"sections", std::vector<std::string>{"objectives", "chanels"}}}),
                             "beneficiary-relations", kTemplates);
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.diagnostics[0].where.line, 10);
  EXPECT_NE(merged.diagnostics[0].message.find("chanels"), std::string::npos);
}

TEST(Options, DefaultsMergeWithPlaceholders) {
  OrgData org = org_with({});
  org.gender = Gender::masculine;
  org.self_name = "الوقف";
  auto merged = merge_policy(org, "beneficiary-relations", kTemplates);
  ASSERT_TRUE(merged.ok()) << format_diagnostic(merged.diagnostics.at(0));
  EXPECT_NE(merged->markdown.find("1. الموقع الإلكتروني للوقف\n"), std::string::npos);
  EXPECT_NE(merged->markdown.find("- اللائحة الأساسية للوقف\n"), std::string::npos);
  EXPECT_NE(merged->markdown.find("يضع جمعية الخير"), std::string::npos);
}

TEST(Options, PolicyWithoutTemplate) {
  OrgData org = org_with({});
  org.policies[0].id = "beneficiary-relation";
  org.positions["policies.beneficiary-relation"] = SourcePos{"orgs/t.toml", 9, 2};
  auto merged = merge_policy(org, "beneficiary-relation", kTemplates);
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.diagnostics[0].where.line, 9);
  EXPECT_EQ(merged.diagnostics[0].hint, "did you mean 'beneficiary-relations'?");
}

}  // namespace
}  // namespace siyasa

namespace siyasa {
namespace {

TEST(Forms, FollowTheAudience) {
  OrgData org = org_with({});
  auto merged = merge_policy(org, "beneficiary-relations", kTemplates);
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->forms, (std::vector<std::string>{"beneficiary-support-request", "satisfaction-survey"}));
  EXPECT_EQ(merged->form_values.at("policy.review_body"), "لجنة البحث");
  EXPECT_EQ(merged->form_values.at("audience.plural"), "المستفيدين");
  org.policies[0].options["audience"] = std::string("members");
  merged = merge_policy(org, "beneficiary-relations", kTemplates);
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->forms, (std::vector<std::string>{"member-service-request", "member-satisfaction-survey"}));
  EXPECT_EQ(merged->title, "سياسة تنظيم التعامل مع أعضاء الجمعية العمومية");
  EXPECT_EQ(merged->form_values.at("policy.review_body"), "لجنة العضوية");  // the members' default
  org.policies[0].options["review_body"] = std::string("اللجنة التنفيذية");
  merged = merge_policy(org, "beneficiary-relations", kTemplates);
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(merged->form_values.at("policy.review_body"), "اللجنة التنفيذية");
  EXPECT_NE(merged->markdown.find("سيُرفع للجنة التنفيذية"), std::string::npos);
}

// A waqf has no general assembly: a policy addressed to its members is refused at the audience line.
TEST(Audience, MembersOfAnEndowmentAreRefused) {
  OrgData org = org_with({});
  org.kind = "endowment";
  org.gender = Gender::masculine;
  org.policies[0].options["audience"] = std::string("members");
  org.positions["policies.beneficiary-relations.audience"] = SourcePos{"orgs/t.toml", 7, 1};
  auto merged = merge_policy(org, "beneficiary-relations", kTemplates);
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.diagnostics[0].where.line, 7);
  EXPECT_NE(merged.diagnostics[0].message.find("general assembly"), std::string::npos);
  org.policies[0].options["audience"] = std::string("beneficiaries");
  EXPECT_TRUE(merge_policy(org, "beneficiary-relations", kTemplates).ok());
  org.kind = "cooperative";  // a cooperative has one
  org.gender = Gender::feminine;
  org.policies[0].options["audience"] = std::string("members");
  EXPECT_TRUE(merge_policy(org, "beneficiary-relations", kTemplates).ok());
}

// The forms cite the privacy policy's articles by the numbers this organisation's text gives them.
TEST(Forms, TakeTheArticleNumbersOfThePolicy) {
  OrgData org = org_with({});
  org.policies[0].id = "information-privacy";
  auto merged = merge_policy(org, "information-privacy", kTemplates);
  ASSERT_TRUE(merged.ok()) << (merged.diagnostics.empty() ? "" : merged.diagnostics[0].message);
  EXPECT_EQ(merged->form_values.at("policy.article.third-parties"), "المادة (٤)");
  EXPECT_EQ(merged->form_values.at("policy.article.use"), "المادة (٦)");
  EXPECT_EQ(merged->form_values.at("policy.article.reporting"), "المادة (٨)");
  EXPECT_EQ(merged->form_values.at("policy.title"), "سياسة خصوصية المعلومات");
  org.numerals = Numerals::latn;
  EXPECT_EQ(merge_policy(org, "information-privacy", kTemplates)->form_values.at("policy.article.use"), "المادة (6)");
}

TEST(FrontMatter, ErrorsPointIntoTheTemplate) {
  auto dir = siyasa::test::scratch_folder("front-matter");
  auto write = [&](const std::string& text) {
    std::ofstream(dir / "t.md") << text;
    return read_template(dir / "t.md");
  };
  auto no_fence = write("id = \"t\"\n");
  ASSERT_FALSE(no_fence.ok());
  EXPECT_EQ(no_fence.diagnostics[0].where.line, 1);
  auto unclosed = write("+++\nid = \"t\"\n");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_EQ(unclosed.diagnostics[0].message, "the front matter is not closed");
  auto bad_toml = write("+++\nid = \"t\"\ntitle = \n+++\nbody\n");
  ASSERT_FALSE(bad_toml.ok());
  EXPECT_EQ(bad_toml.diagnostics[0].where.line, 3);
  auto bad_option = write("+++\nid = \"t\"\n\n[options.x]\ntype = \"int\"\ndefault = \"two\"\n+++\n");
  ASSERT_FALSE(bad_option.ok());
  EXPECT_EQ(bad_option.diagnostics[0].where.line, 4);
  EXPECT_EQ(bad_option.diagnostics[0].message, "option 'x' needs a default of type int");
  auto unknown_key = write("+++\nid = \"t\"\ntitel = \"x\"\n+++\n");
  ASSERT_FALSE(unknown_key.ok());
  EXPECT_EQ(unknown_key.diagnostics[0].where.line, 3);
  auto good = write("+++\nid = \"t\"\ntitle = \"x\"\n+++\n## a\n");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->body_first_line, 5);
  EXPECT_EQ(good->body, "## a\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace siyasa
