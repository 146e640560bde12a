// Form specs: the shipped forms load cleanly; each kind of broken spec gives its error at the
// right line and column.
#include <gtest/gtest.h>

#include <filesystem>

#include "forms/form_spec.h"
#include "forms/label.h"

namespace siyasa {
namespace {

const std::filesystem::path kForms = std::filesystem::path(SIYASA_SOURCE_DIR) / "templates/forms";
const std::filesystem::path kBad = std::filesystem::path(SIYASA_TEST_DATA) / "forms/bad";

std::string first_error(const std::string& name) {
  auto r = load_form(kBad / (name + ".toml"));
  EXPECT_FALSE(r.ok()) << name;
  if (r.diagnostics.empty()) return "(no diagnostics)";
  auto text = format_diagnostic(r.diagnostics.front());
  // Paths differ between machines: keep what follows the folder.
  return text.substr(text.find("bad/") + 4);
}

TEST(FormSpec, UnknownKindGivesPositionAndHint) {
  EXPECT_EQ(first_error("unknown-kind"),
            "unknown-kind.toml:7:8: error: unknown field kind 'chioce'\n  hint: did you mean 'choice'?");
}

TEST(FormSpec, DuplicateFieldId) {
  EXPECT_EQ(first_error("duplicate-id"),
            "duplicate-id.toml:13:6: error: duplicate field id 'full_name'\n"
            "  hint: first used at line 7");
}

TEST(FormSpec, TableWithoutColumns) {
  EXPECT_EQ(first_error("table-no-columns"),
            "table-no-columns.toml:5:1: error: table has no columns\n"
            "  hint: add columns = [{ id = \"name\", label = \"الاسم\" }, …]");
}

TEST(FormSpec, UnknownPlaceholderPointsInsideTheString) {
  // label = "اسم {{orgname}}" : the quote is at column 9, "{{" four code points later.
  auto e = first_error("unknown-placeholder");
  EXPECT_EQ(e.substr(0, e.find('\n')),
            "unknown-placeholder.toml:8:14: error: unknown placeholder 'orgname'");
}

TEST(FormSpec, PlaceholderInAContinuedMultiLineString) {
  // The second {{self_nam}} is on line 4 of the file, after a line continuation.
  auto r = load_form(kBad / "placeholder-multiline.toml");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].where.line, 3);
  EXPECT_EQ(r.diagnostics[0].where.column, 7);  // after "تلتزم "
  EXPECT_EQ(r.diagnostics[1].where.line, 4);
  EXPECT_EQ(r.diagnostics[1].where.column, 8);  // after "بحماية "
}

TEST(FormSpec, UnclosedSection) {
  auto e = first_error("unclosed-section");
  EXPECT_EQ(e.substr(0, e.find('\n')),
            "unclosed-section.toml:1:10: error: unclosed section '{{#org.feminine}}'");
}

TEST(FormSpec, MissingTitle) {
  EXPECT_EQ(first_error("missing-title"),
            "missing-title.toml:1:1: error: form has no title\n"
            "  hint: add title = \"…\" at the top of the file");
}

TEST(FormSpec, UnknownKeyHasHint) {
  EXPECT_EQ(first_error("unknown-key"),
            "unknown-key.toml:8:1: error: unknown key 'requierd' in field\n"
            "  hint: did you mean 'required'?");
}

TEST(FormSpec, SyntaxErrorHasPosition) {
  auto e = first_error("syntax");
  // toml++ notices the unterminated string at the end of its line.
  EXPECT_EQ(e.substr(0, e.find(": error:")), "syntax.toml:3:18");
}

TEST(FormSpec, ShippedFormsLoad) {
  auto ids = list_forms(kForms);
  for (const char* id : {"beneficiary-support-request", "member-service-request",
                         "satisfaction-survey", "privacy-violation-report",
                         "personal-data-consent"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  for (const auto& id : ids) {
    auto r = load_form(kForms / (id + ".toml"));
    ASSERT_TRUE(r.ok()) << id << ": "
                        << (r.diagnostics.empty() ? "" : format_diagnostic(r.diagnostics[0]));
    EXPECT_TRUE(r.diagnostics.empty()) << id;
    EXPECT_FALSE(r->sections.empty()) << id;
  }
}

TEST(FormSpec, LabelAgreesWithTheOrganisationsGender) {
  Label l{"{{#g}}تلتزم|يلتزم{{/g}} {{org.self}} {{#org.feminine}}بسياستها{{/org.feminine}}"
          "{{^org.feminine}}بسياسته{{/org.feminine}} و{{org.self_li}}", {}};
  ASSERT_TRUE(find_label_problems(l.source).empty());
  OrgData association;
  association.gender = Gender::feminine;
  association.self_name = "الجمعية";
  OrgData endowment;
  endowment.gender = Gender::masculine;
  endowment.self_name = "الوقف";
  EXPECT_EQ(render_label(l, association), "تلتزم الجمعية بسياستها وللجمعية");
  EXPECT_EQ(render_label(l, endowment), "يلتزم الوقف بسياسته وللوقف");
}

TEST(FormSpec, NumbersFollowTheOrganisationsNumerals) {
  EXPECT_EQ(format_number(1447, Numerals::arab), "١٤٤٧");
  EXPECT_EQ(format_number(1447, Numerals::latn), "1447");
}

}  // namespace
}  // namespace siyasa
