// Form specs: the shipped forms load cleanly; each kind of broken spec gives its error at the
// right line and column.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <algorithm>

#include "forms/form_spec.h"
#include "forms/label.h"
#include "support/scratch.h"

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

// Every shipped form that asks for a name, an ID, a phone or an e-mail carries the privacy notice
// (issue 18), as a section of its own before the first signature or office panel.
TEST(FormSpec, FormsThatCollectPersonalDataIncludeThePrivacyNotice) {
  auto ids = list_forms(kForms);
  EXPECT_EQ(std::find(ids.begin(), ids.end(), "_privacy-notice"), ids.end());  // a shared part, not a form
  for (const char* id : {"conflict-of-interest-declaration", "violation-report", "volunteer-application",
                         "general-assembly-proxy", "data-subject-request", "consent-withdrawal"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  for (const auto& id : ids) {
    auto r = load_form(kForms / (id + ".toml"));
    ASSERT_TRUE(r.ok()) << id;
    bool personal = false;
    for (const auto& section : r->sections)
      for (const auto& f : section.fields)
        personal |= f.kind == FieldKind::national_id || f.kind == FieldKind::phone || f.kind == FieldKind::email ||
                    f.id == "full_name";
    EXPECT_EQ(r->has_privacy_notice, personal) << id;
    if (!r->has_privacy_notice) continue;
    std::size_t notice = r->sections.size(), signed_at = r->sections.size();
    for (std::size_t i = 0; i < r->sections.size(); ++i) {
      const auto& fields = r->sections[i].fields;
      if (fields.size() == 1 && fields[0].id == "privacy_notice") notice = i;
      else if (signed_at == r->sections.size())
        for (const auto& f : fields)
          if (f.kind == FieldKind::declaration || f.kind == FieldKind::office_use) signed_at = i;
    }
    ASSERT_LT(notice, r->sections.size()) << id;
    EXPECT_EQ(notice + 1, signed_at) << id << ": the notice comes right before the first signed section";
    EXPECT_EQ(r->sections[notice].title.source, "إشعار الخصوصية") << id;
    EXPECT_FALSE(r->sections[notice].note.empty()) << id << ": the form's purpose";
  }
}

TEST(FormSpec, PrivacyNoticeAndKindsAreChecked) {
  const auto dir = siyasa::test::scratch_folder("forms-notice");
  const std::string form =
      "title = \"ن\"\nkinds = [\"association\", \"endowmint\"]\nprivacy_notice = \"غرض\"\n"
      "[[sections]]\ntitle = \"أ\"\n[[sections.fields]]\nid = \"x\"\nkind = \"text\"\nlabel = \"س\"\n";
  std::ofstream(dir / "f.toml") << form;
  auto missing = load_form(dir / "f.toml");
  ASSERT_FALSE(missing.ok());
  std::string all;
  for (const auto& d : missing.diagnostics) all += format_diagnostic(d) + "\n";
  EXPECT_NE(all.find("f.toml:2:25: error: unknown organisation kind 'endowmint' in 'kinds'\n  hint: did you mean 'endowment'?"),
            std::string::npos) << all;
  EXPECT_NE(all.find("f.toml:3:18: error: the privacy notice block"), std::string::npos) << all;

  std::ofstream(dir / "f.toml", std::ios::trunc) << std::string(form).replace(form.find(", \"endowmint\""), 13, "");
  std::ofstream(dir / "_privacy-notice.toml") << "title = \"إشعار\"\ntext = \"نص {{org.nope}}\"\n";
  auto bad_block = load_form(dir / "f.toml");
  ASSERT_FALSE(bad_block.ok());
  EXPECT_NE(format_diagnostic(bad_block.diagnostics.front()).find("_privacy-notice.toml:2:12: error: unknown placeholder"),
            std::string::npos) << format_diagnostic(bad_block.diagnostics.front());

  std::ofstream(dir / "_privacy-notice.toml", std::ios::trunc) << "title = \"إشعار\"\ntext = \"نص\"\n";
  auto ok = load_form(dir / "f.toml");
  ASSERT_TRUE(ok.ok()) << format_diagnostic(ok.diagnostics.front());
  ASSERT_EQ(ok->sections.size(), 2u);  // no signed section: the notice comes last
  EXPECT_EQ(ok->sections[1].note.source, "غرض");
  EXPECT_EQ(ok->kinds, std::vector<std::string>{"association"});
  EXPECT_TRUE(form_is_for_kind(*ok, "association"));
  EXPECT_FALSE(form_is_for_kind(*ok, "endowment"));
  std::filesystem::remove_all(dir);
}

TEST(FormSpec, AValueOpensASectionShownWhenGiven) {
  Label l{"راسلنا{{#org.email}} على {{org.email}}{{/org.email}}{{^org.email}} في المقر{{/org.email}}.", {}};
  EXPECT_TRUE(find_label_problems(l.source).empty());
  OrgData org;
  org.email = "a@b.sa";
  EXPECT_EQ(render_label(l, org), "راسلنا على a@b.sa.");
  org.email.clear();
  EXPECT_EQ(render_label(l, org), "راسلنا في المقر.");
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
