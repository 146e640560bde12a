// load_org on small inline files: defaults, overrides, several errors per file, positions, hints,
// and files saved by Word (BOM, CRLF).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "data/org.h"
#include "test_util.h"

namespace siyasa {
namespace {

class LoadOrg : public ::testing::Test {
 protected:
  void SetUp() override { folder_ = test::fresh_folder("load"); }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  Result<OrgData> load(const std::string& text, const std::string& slug = "test-org") {
    auto file = folder_ / (slug + ".toml");
    test::write_file(file, text);
    return load_org(file);
  }
  // The diagnostics as "line:col: message", without the file name.
  std::vector<std::string> messages(const Result<OrgData>& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics)
      out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message);
    return out;
  }
  std::filesystem::path folder_;
};

TEST_F(LoadOrg, LayoutChoicesOfTheOrganisationAndOfOnePolicy) {
  auto org = load("name = \"جمعية\"\nkind = \"association\"\n"
                  "[layout]\ncontents = \"off\"\nlist_numbers = \"1-\"\n"
                  "[policies.a]\n[policies.b.layout]\ncontents = \"on\"\napproval_placement = \"end\"\n");
  ASSERT_TRUE(org.ok()) << org.diagnostics[0].message;
  ASSERT_EQ(org->policies.size(), 2u);
  EXPECT_EQ(org->policies[0].layout.contents, "off");
  EXPECT_EQ(org->policies[0].layout.list_numbers, "1-");
  EXPECT_FALSE(org->policies[0].layout.approval_placement);
  EXPECT_EQ(org->policies[1].layout.contents, "on");
  EXPECT_EQ(org->policies[1].layout.list_numbers, "1-");
  EXPECT_EQ(org->policies[1].layout.approval_placement, "end");
  EXPECT_TRUE(org->policies[1].options.empty());  // layout is not a template option

  auto bad = load("name = \"جمعية\"\nkind = \"association\"\n[layout]\ncontents = \"no\"\ntitel_page = true\n"
                  "[policies.a]\n");
  ASSERT_FALSE(bad.ok());
  auto got = messages(bad);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "4:12: 'layout.contents' cannot be \"no\"");
  EXPECT_EQ(got[1], "5:1: unknown key 'layout.titel_page'");
}

TEST_F(LoadOrg, NothingSilentSocialAddressesAndRepeatedWords) {
  auto org = load("name = \"جمعية\"\nkind = \"association\"\n"
                  "[contact.social]\nx = \"https://x.com/rufaqa_sa\"\ninstagram = \"@rufaqa\"\n"
                  "youtube = \"www.youtube.com/@rufaqa_tv/videos\"\n"
                  "[policies.a.approval]\nmeeting = \"الاجتماع الدوري الثالث\"\ndate = 2024-10-14\n");
  ASSERT_TRUE(org.ok()) << org.diagnostics[0].message;
  ASSERT_EQ(org->social.size(), 3u);
  EXPECT_EQ(org->social[0].handle, "@rufaqa_sa");
  EXPECT_EQ(org->social[1].handle, "@rufaqa");
  EXPECT_EQ(org->social[2].handle, "@rufaqa_tv");
  ASSERT_EQ(org.diagnostics.size(), 1u);
  EXPECT_EQ(org.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(messages(org)[0], "8:11: 'policies.a.approval.meeting' starts with \"الاجتماع\", which the approval "
                              "sentence already writes before it");
  auto bad = load("name = \"جمعية\"\nkind = \"association\"\n[contact]\nwebsite = \"kiswa.org.sa \"\n"
                  "[contact.social]\nx = \"https://x.com/\"\n[policies.a]\n");
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.diagnostics.size(), 2u);
  EXPECT_EQ(bad.diagnostics[0].hint, "it has a space in it; take the space out: a web address has none");
  EXPECT_EQ(bad.diagnostics[1].message, "'contact.social.x' names no account: \"https://x.com/\"");
}

// The board that approves the policies: مجلس الإدارة, or مجلس الأمناء for a foundation, or the
// file's own council; the chairman's default title and the construct form follow it.
TEST_F(LoadOrg, KindGivesTheBoardUnlessTheFileNamesItsCouncil) {
  auto association = load("name = \"جمعية\"\nkind = \"association\"\n[chairman]\nname = \"أ. س\"\n");
  ASSERT_TRUE(association.ok());
  EXPECT_EQ(association->board, "مجلس الإدارة");
  EXPECT_EQ(board_of(*association), "مجلس إدارة");
  EXPECT_EQ(association->chairman_title, "رئيس مجلس الإدارة");
  auto foundation = load("name = \"مؤسسة\"\nkind = \"foundation\"\n[chairman]\nname = \"أ. س\"\n");
  ASSERT_TRUE(foundation.ok());
  EXPECT_EQ(foundation->board, "مجلس الأمناء");
  EXPECT_EQ(board_of(*foundation), "مجلس أمناء");
  EXPECT_EQ(foundation->chairman_title, "رئيس مجلس الأمناء");
  auto endowment = load("name = \"وقف\"\nkind = \"endowment\"\nboard = \"مجلس النظارة\"\n");
  ASSERT_TRUE(endowment.ok());
  EXPECT_EQ(endowment->board, "مجلس النظارة");
  EXPECT_EQ(board_of(*endowment), "مجلس نظارة");
  for (const char* bad : {"هيئة النظارة", "مجلس", "مجلس إدارة الوقف", "مجلس الإدارة العليا"}) {
    auto refused = load(std::string("name = \"وقف\"\nkind = \"endowment\"\nboard = \"") + bad + "\"\n");
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(refused.diagnostics[0].where.line, 3) << bad;
    EXPECT_NE(refused.diagnostics[0].message.find("must name a council"), std::string::npos) << bad;
  }
}

TEST_F(LoadOrg, KindGivesGenderAndSelfNameUnlessOverridden) {
  auto endowment = load("name = \"وقف\"\nkind = \"endowment\"\n");
  ASSERT_TRUE(endowment.ok());
  EXPECT_EQ(endowment->gender, Gender::masculine);
  EXPECT_EQ(endowment->self_name, "الوقف");
  auto foundation = load("name = \"مؤسسة\"\nkind = \"foundation\"\n");
  ASSERT_TRUE(foundation.ok());
  EXPECT_EQ(foundation->gender, Gender::feminine);
  EXPECT_EQ(foundation->self_name, "المؤسسة");
  auto other = load("name = \"مركز\"\nkind = \"other\"\ngender = \"masculine\"\nself_name = \"المركز\"\n");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->gender, Gender::masculine);
  EXPECT_EQ(other->self_name, "المركز");
  auto incomplete = load("name = \"مركز\"\nkind = \"other\"\n");
  EXPECT_FALSE(incomplete.ok());
  EXPECT_EQ(incomplete.diagnostics.size(), 2u);  // gender and self_name
  auto overridden = load("name = \"x\"\nkind = \"association\"\nself_name = \"الجمعية التعاونية\"\n");
  ASSERT_TRUE(overridden.ok());
  EXPECT_EQ(overridden->self_name, "الجمعية التعاونية");
  EXPECT_EQ(overridden->short_name, "x");
}

TEST_F(LoadOrg, DocumentsAreFilesBesideTheOrgFileOrLinks) {
  std::filesystem::create_directories(folder_ / "test-org");
  test::write_file(folder_ / "test-org" / "bylaws.pdf", "%PDF-1.4\n");
  auto ok = load("name = \"ج\"\nkind = \"association\"\n[documents]\n"
                 "bylaws = \"test-org/bylaws.pdf\"\n"
                 "annual_report = [\"https://x.example/2023.pdf\", { title = \"2024\", href = \"https://x.example/2024.pdf\" }]\n"
                 "assembly_minutes = \"https://x.example/minutes\"\n");
  ASSERT_TRUE(ok.ok()) << messages(ok).front();
  ASSERT_EQ(ok->documents.size(), 4u);
  EXPECT_EQ(ok->documents[0].kind, "bylaws");
  EXPECT_EQ(ok->documents[0].file, folder_ / "test-org" / "bylaws.pdf");
  EXPECT_EQ(ok->documents[1].url, "https://x.example/2023.pdf");
  EXPECT_EQ(ok->documents[2].title, "2024");
  EXPECT_EQ(ok->documents[3].kind, "assembly_minutes");

  auto bad = load("name = \"و\"\nkind = \"endowment\"\n[documents]\n"
                  "bylaws = \"../etc/passwd\"\n"
                  "board = \"test-org/missing.pdf\"\n"
                  "annual_report = 5\n"
                  "assembly_minutes = \"https://x.example/m\"\n"
                  "statements = \"https://x.example/s\"\n");
  EXPECT_FALSE(bad.ok());
  const auto m = messages(bad);
  auto has = [&](const std::string& want) {
    return std::any_of(m.begin(), m.end(), [&](const std::string& s) { return s.find(want) != std::string::npos; });
  };
  EXPECT_TRUE(has("8:1: unknown key 'documents.statements'")) << ::testing::PrintToString(m);
  EXPECT_TRUE(has("4:10: 'documents.bylaws' (../etc/passwd) must be an http(s) link or a path inside"));
  EXPECT_TRUE(has("5:9: 'documents.board' (test-org/missing.pdf) does not exist"));
  EXPECT_TRUE(has("6:17:")) << ::testing::PrintToString(m);
  EXPECT_TRUE(has("7:20: 'documents.assembly_minutes': an endowment has no general assembly"));
}

TEST_F(LoadOrg, CollectsEveryErrorOfAFileInLineOrder) {
  auto result = load(
      "name = 5\n"
      "kind = \"assoc\"\n"
      "[bank]\n"
      "iban = \"SA00 1234\"\n"
      "[typesetting]\n"
      "numerals = \"hindi\"\n"
      "kashida = 1\n"
      "[policies.beneficiary-relations.approval]\n"
      "meeting = \"الأول\"\n"
      "date = 2021-06-13\n"
      "hijri = 1440-01-01\n");
  ASSERT_FALSE(result.ok());
  auto m = messages(result);
  ASSERT_EQ(m.size(), 6u) << ::testing::PrintToString(m);
  EXPECT_EQ(m[0], "1:8: 'name' must be text in quotes, not a whole number");
  EXPECT_EQ(m[1], "2:8: unknown kind 'assoc'");
  EXPECT_EQ(m[2].substr(0, 38), "4:8: 'bank.iban' is not a valid IBAN: ");
  EXPECT_EQ(m[3], "6:12: 'typesetting.numerals' must be \"arab\" or \"latn\", not \"hindi\"");
  EXPECT_EQ(m[4], "7:11: 'typesetting.kashida' must be true or false, not a whole number");
  EXPECT_EQ(m[5], "11:9: 'policies.beneficiary-relations.approval.hijri' does not fall on the meeting date");
  EXPECT_EQ(result.diagnostics[0].hint, "write it in quotes: name = \"5\"");
}

TEST_F(LoadOrg, UnknownKeysGetADidYouMeanHint) {
  auto result = load("name = \"x\"\nkind = \"association\"\n[bank]\nibna = \"SA0380000000608010167519\"\n"
                     "[chairman]\nnmae = \"أ. سالم\"\n[contact.social]\ninstgram = \"@x\"\n");
  ASSERT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.size(), 3u);
  EXPECT_EQ(result.diagnostics[0].message, "unknown key 'bank.ibna'");
  EXPECT_EQ(result.diagnostics[0].hint, "did you mean 'iban'?");
  EXPECT_EQ(result.diagnostics[1].hint, "did you mean 'name'?");
  EXPECT_EQ(result.diagnostics[2].message, "unknown key 'contact.social.instgram'");
  EXPECT_EQ(result.diagnostics[2].hint, "did you mean 'instagram'?");
}

TEST_F(LoadOrg, PolicyOptionsAreKeptWithTheirPositions) {
  auto result = load(
      "name = \"x\"\nkind = \"association\"\n"
      "[policies.beneficiary-relations]\n"
      "audience = \"members\"\n"
      "response_weeks = 3\n"
      "show_table = true\n"
      "channels = [\"المقابلة\", \"الخطابات\"]\n"
      "[policies.information-privacy]\n");
  ASSERT_TRUE(result.ok()) << format_diagnostic(result.diagnostics.at(0));
  const auto& p = result->policies.at(0);
  EXPECT_EQ(p.id, "beneficiary-relations");
  EXPECT_EQ(std::get<std::string>(p.options.at("audience")), "members");
  EXPECT_EQ(std::get<std::int64_t>(p.options.at("response_weeks")), 3);
  EXPECT_EQ(std::get<bool>(p.options.at("show_table")), true);
  EXPECT_EQ(std::get<std::vector<std::string>>(p.options.at("channels")).size(), 2u);
  SourcePos where = result->where("policies.beneficiary-relations.response_weeks");
  EXPECT_EQ(where.line, 5);
  EXPECT_EQ(where.column, 1);
  // Without `order`, policies take their places in the order the file lists them.
  EXPECT_EQ(result->policies.at(0).order, 1);
  EXPECT_EQ(result->policies.at(1).id, "information-privacy");
  EXPECT_EQ(result->policies.at(1).order, 2);
}

TEST_F(LoadOrg, ExplicitOrderSortsTheBooklet) {
  auto result = load("name = \"x\"\nkind = \"association\"\n"
                     "[policies.a]\norder = 2\n[policies.b]\n[policies.c]\norder = 1\n");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->policies.size(), 3u);
  EXPECT_EQ(result->policies[0].id, "c");
  EXPECT_EQ(result->policies[1].id, "a");
  EXPECT_EQ(result->policies[2].id, "b");
  EXPECT_EQ(result->policies[2].order, 3);
}

TEST_F(LoadOrg, ApprovalDetails) {
  auto result = load("name = \"x\"\nkind = \"association\"\n"
                     "[policies.p.approval]\nmeeting = 161\ndate = 2025-09-15\nhijri = 1447-03-23\n"
                     "supersedes_what = \"جميع السياسات الموضوعة سابقاً\"\n");
  ASSERT_TRUE(result.ok()) << format_diagnostic(result.diagnostics.at(0));
  const auto& a = *result->policies.at(0).approval;
  EXPECT_EQ(a.meeting, "161");
  EXPECT_TRUE(a.supersedes);  // implied by supersedes_what
  EXPECT_EQ(a.hijri, (Date{1447, 3, 23}));
  auto both = load("name = \"x\"\nkind = \"association\"\n"
                   "[policies.p.approval]\nmeeting = 1\ndate = 2023\nyear_only = true\nhijri = 1444-01-01\n");
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.diagnostics.at(0).message, "'policies.p.approval.hijri' cannot go with year_only = true");
}

TEST_F(LoadOrg, LetterheadDefaultsToAllFields) {
  auto result = load("name = \"x\"\nkind = \"association\"\n[letterhead]\n");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->letterhead_fields);
  EXPECT_EQ(result->reference_fields, (std::vector<std::string>{"number", "hijri", "date", "attachments"}));
  EXPECT_FALSE(result->reference_date.has_value());
  auto none = load("name = \"x\"\nkind = \"association\"\n");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->letterhead_fields);
  EXPECT_TRUE(none->reference_fields.empty());
  auto typo = load("name = \"x\"\nkind = \"association\"\n[letterhead]\nfields = [\"dat\"]\ndate = \"2019-13\"\n");
  ASSERT_FALSE(typo.ok());
  ASSERT_EQ(typo.diagnostics.size(), 2u);
  EXPECT_EQ(typo.diagnostics[0].hint, "did you mean 'date'?");
  EXPECT_EQ(typo.diagnostics[1].where.line, 5);
}

TEST_F(LoadOrg, LetterheadLinesAndFooterContacts) {
  const std::string contact = "[contact]\nwebsite = \"kiswa.org.sa\"\nphone = \"0551234567\"\n"
                              "[contact.social]\nx = \"@kiswa\"\ninstagram = \"@kiswa_ig\"\n";
  // Default: every identity line in its order; the website, then the accounts in file order.
  auto plain = load("name = \"x\"\nkind = \"association\"\n" + contact);
  ASSERT_TRUE(plain.ok()) << plain.diagnostics[0].message;
  EXPECT_EQ(plain->letterhead_lines, (std::vector<std::string>{"name", "country", "registration", "licence"}));
  EXPECT_FALSE(plain->footer_contacts);
  EXPECT_EQ(plain->shown_footer_contacts(), (std::vector<std::string>{"website", "x", "instagram"}));
  EXPECT_TRUE(plain->footer_labels.empty());
  // Line order and licence wording alone print no reference fields.
  auto chosen = load("name = \"x\"\nkind = \"association\"\n[letterhead]\nlines = [\"country\", \"name\", \"licence\"]\n"
                     "licence_label = \"رقم الترخيص :\"\n" + contact +
                     "[footer]\ncontacts = [\"x\", \"phone\"]\n[footer.labels]\nx = \"حسابنا في منصة X:\"\n");
  ASSERT_TRUE(chosen.ok()) << chosen.diagnostics[0].message;
  EXPECT_EQ(chosen->letterhead_lines, (std::vector<std::string>{"country", "name", "licence"}));
  EXPECT_EQ(chosen->licence_label, "رقم الترخيص :");
  EXPECT_FALSE(chosen->letterhead_fields);
  EXPECT_EQ(chosen->shown_footer_contacts(), (std::vector<std::string>{"x", "phone"}));
  EXPECT_EQ(chosen->footer_labels.at("x"), "حسابنا في منصة X:");
  EXPECT_TRUE(chosen.diagnostics.empty());

  auto bad = load("name = \"x\"\nkind = \"association\"\n[letterhead]\nlines = [\"countri\", \"name\"]\n" + contact +
                  "[footer]\ncontacts = [\"x\", \"email\", \"tiktok\"]\n[footer.labels]\ninstagram = \"انستقرام:\"\n");
  ASSERT_FALSE(bad.ok());
  auto m = messages(bad);
  ASSERT_EQ(m.size(), 4u) << ::testing::PrintToString(m);
  EXPECT_EQ(m[0], "4:9: unknown letterhead line 'countri'");
  EXPECT_EQ(bad.diagnostics[0].hint, "did you mean 'country'?");
  EXPECT_EQ(m[1], "12:12: 'footer.contacts' names 'email', which the organisation file does not give");
  EXPECT_EQ(m[2], "12:12: 'footer.contacts' names 'tiktok', which the organisation file does not give");
  EXPECT_EQ(m[3], "14:13: 'footer.labels.instagram' labels a contact the footer does not show");
  EXPECT_EQ(bad.diagnostics[3].severity, Severity::warning);

  const std::string with_email = "[contact]\nemail = \"a@kiswa.org.sa\"\n" + contact.substr(10);
  auto crowded = load("name = \"x\"\nkind = \"association\"\n" + with_email +
                      "[footer]\ncontacts = [\"website\", \"phone\", \"email\", \"x\"]\n");
  ASSERT_FALSE(crowded.ok());
  EXPECT_EQ(messages(crowded).back(), "11:12: the footer's contacts take 4 lines; it has room for 3");
}

TEST_F(LoadOrg, ContactValuesAreChecked) {
  auto result = load("name = \"x\"\nkind = \"association\"\n[contact]\nwebsite = \"kiswa.org.sa\"\n"
                     "email = \"info(at)kiswa\"\nphone = 551234567\n[contact.social]\nx = \"@kiswa org\"\n");
  ASSERT_FALSE(result.ok());
  auto m = messages(result);
  ASSERT_EQ(m.size(), 3u) << ::testing::PrintToString(m);
  EXPECT_EQ(m[0], "5:9: 'contact.email' is not an e-mail address: \"info(at)kiswa\"");
  EXPECT_EQ(m[1], "6:9: 'contact.phone' must be text in quotes, not a whole number");
  EXPECT_EQ(m[2], "8:5: 'contact.social.x' must be a handle without spaces");
}

TEST_F(LoadOrg, AcceptsAFileSavedByWordWithBomAndCrlf) {
  auto file = std::filesystem::path(SIYASA_TEST_DATA) / "data" / "good" / "word-bom-crlf.toml";
  std::string bytes = test::read_file(file);
  ASSERT_EQ(bytes.substr(0, 3), "\xEF\xBB\xBF");
  ASSERT_NE(bytes.find("\r\n"), std::string::npos);
  auto result = load_org(file);
  ASSERT_TRUE(result.ok()) << format_diagnostic(result.diagnostics.at(0));
  EXPECT_EQ(result->name, "جمعية الاختبار");  // no BOM or CR left in values
  EXPECT_EQ(result->gender, Gender::masculine);
  EXPECT_EQ(result->iban, "SA0380000000608010167519");
  EXPECT_EQ(result->where("kind").line, 2);
}

TEST_F(LoadOrg, RefusesOversizedFiles) {
  auto result = load("name = \"" + std::string(2 * 1024 * 1024, 'x') + "\"\nkind = \"association\"\n");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.diagnostics.at(0).message.find("at most 1 MB"), std::string::npos);
}

// Property: whatever bytes a file holds, load_org returns either a value or at least one error,
// and every diagnostic names the file. Deterministic mutations of the fully commented example.
TEST_F(LoadOrg, MutatedFilesNeverCrashAndAlwaysExplain) {
  std::string original = test::read_file(std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs" / "example.toml");
  const std::string noise = "=[]{}\"'#\n\r\t .,-_0123456789aztf\xff\xd8\x00";
  std::mt19937 random(20240530);
  auto file = folder_ / "mutant.toml";
  std::filesystem::copy(std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs" / "example", folder_ / "example");
  int failures = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = original;
    for (int edit = 0, edits = 1 + static_cast<int>(random() % 4); edit < edits; ++edit) {
      std::size_t at = random() % text.size();
      switch (random() % 3) {
        case 0: text[at] = noise[random() % noise.size()]; break;
        case 1: text.erase(at, 1 + random() % 8); break;
        default: text.insert(at, text.substr(random() % text.size(), 1 + random() % 40)); break;
      }
    }
    test::write_file(file, text);
    auto result = load_org(file);
    if (!result.ok()) {
      ++failures;
      ASSERT_TRUE(has_errors(result.diagnostics)) << text;
    }
    for (const auto& d : result.diagnostics) ASSERT_EQ(d.where.file, file.string());
  }
  EXPECT_GT(failures, 100);  // most edits break the syntax or a value
  EXPECT_LT(failures, 600);  // some land in comments or text and leave a valid file
}

TEST(LoadOrgs, ReportsAMissingFolder) {
  OrgSet set = load_orgs("/no/such/folder/for/siyasa");
  EXPECT_TRUE(set.orgs.empty());
  ASSERT_EQ(set.diagnostics.size(), 1u);
  EXPECT_EQ(set.diagnostics[0].message, "no such folder of organisation files");
}

}  // namespace
}  // namespace siyasa
