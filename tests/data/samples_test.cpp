// The sample organisations of orgs/ carry the facts of their seed documents (shared/seeds 000–003)
// and orgs/example.toml exercises every key.
#include <gtest/gtest.h>

#include "data/org.h"

namespace siyasa {
namespace {

const std::filesystem::path kOrgs = std::filesystem::path(SIYASA_SOURCE_DIR) / "orgs";

OrgData load_sample(const std::string& slug) {
  auto result = load_org(kOrgs / (slug + ".toml"));
  std::string problems;
  for (const auto& d : result.diagnostics) problems += format_diagnostic(d) + "\n";
  EXPECT_TRUE(result.ok()) << problems;
  EXPECT_TRUE(result.diagnostics.empty()) << problems;
  return result.ok() ? *result : OrgData{};
}

const PolicyAdoption& policy(const OrgData& org, const std::string& id) {
  static const PolicyAdoption none;
  for (const auto& p : org.policies)
    if (p.id == id) return p;
  ADD_FAILURE() << org.slug << " does not adopt " << id;
  return none;
}

std::string text_option(const PolicyAdoption& p, const std::string& key) {
  auto it = p.options.find(key);
  if (it == p.options.end() || !std::holds_alternative<std::string>(it->second)) return "<missing>";
  return std::get<std::string>(it->second);
}

std::vector<std::string> list_option(const PolicyAdoption& p, const std::string& key) {
  auto it = p.options.find(key);
  if (it == p.options.end() || !std::holds_alternative<std::vector<std::string>>(it->second)) return {};
  return std::get<std::vector<std::string>>(it->second);
}

TEST(Samples, KiswaIsTheRegisteredAssociationOfSeed000) {
  OrgData org = load_sample("kiswa");
  EXPECT_EQ(org.slug, "kiswa");
  EXPECT_EQ(org.name, "جمعية كسوة الكاسي بمحافظة أبي عريش");
  EXPECT_EQ(org.short_name, "جمعية كسوة الكاسي");
  EXPECT_EQ(org.kind, "association");
  EXPECT_EQ(org.gender, Gender::feminine);
  EXPECT_EQ(org.self_name, "الجمعية");
  EXPECT_EQ(org.country_line, "المملكة العربية السعودية");
  EXPECT_EQ(org.registration_authority, "وزارة الموارد البشرية والتنمية الاجتماعية");
  EXPECT_EQ(org.registration_number, "٦٥٦");
  EXPECT_EQ(org.numerals, Numerals::arab);
  EXPECT_FALSE(org.kashida);
  // Letterhead: "التاريخ :    / ١٢ / ٢٠١٩" — only the date field, day left blank.
  EXPECT_TRUE(org.letterhead_fields);
  EXPECT_EQ(org.reference_fields, std::vector<std::string>{"date"});
  ASSERT_TRUE(org.reference_date.has_value());
  EXPECT_EQ(*org.reference_date, (Date{2019, 12, 0}));

  // The seed's policy, then the governance policies (issue 18), in booklet order.
  ASSERT_EQ(org.policies.size(), 8u);
  EXPECT_EQ(org.policies[0].id, "beneficiary-relations");
  EXPECT_EQ(org.policies[1].id, "conflict-of-interest");
  const auto& p = policy(org, "beneficiary-relations");
  EXPECT_EQ(p.order, 1);
  EXPECT_EQ(text_option(p, "audience"), "beneficiaries");
  EXPECT_EQ(list_option(p, "channels").size(), 8u);
  EXPECT_EQ(list_option(p, "channels").back(), "مناديب المكاتب الفرعية");
  EXPECT_EQ(list_option(p, "tools"), (std::vector<std::string>{"اللائحة الأساسية للجمعية", "دليل خدمات البحث الاجتماعي",
                                                                "دليل سياسة الدعم للمستفيدين", "طلب دعم مستفيد"}));
  EXPECT_EQ(text_option(p, "review_body"), "لجنة البحث");
  ASSERT_TRUE(p.approval.has_value());
  EXPECT_EQ(p.approval->meeting, "الأول");
  EXPECT_EQ(p.approval->session, "الأولى");
  EXPECT_EQ(p.approval->date, (Date{2021, 6, 13}));
  EXPECT_FALSE(p.approval->hijri.has_value());
  EXPECT_FALSE(p.approval->year_only);
  EXPECT_TRUE(p.approval->supersedes);
  EXPECT_EQ(p.approval->supersedes_what, "جميع سياسات إدارة المتطوعين الموضوعة سابقاً");
}

TEST(Samples, MafatihIsTheMasculineEndowmentOfSeed001) {
  OrgData org = load_sample("mafatih");
  EXPECT_EQ(org.name, "وقف مفاتيح الخير");
  EXPECT_EQ(org.short_name, org.name);
  EXPECT_EQ(org.kind, "endowment");
  EXPECT_EQ(org.gender, Gender::masculine);
  EXPECT_EQ(org.self_name, "الوقف");
  EXPECT_FALSE(org.letterhead_fields);
  const auto& p = policy(org, "beneficiary-relations");
  EXPECT_EQ(list_option(p, "channels").at(6), "الموقع الإلكتروني للوقف");
  EXPECT_EQ(list_option(p, "tools").size(), 4u);
  ASSERT_TRUE(p.approval.has_value());
  EXPECT_EQ(p.approval->meeting, "١٦١");
  EXPECT_EQ(p.approval->session, "");
  EXPECT_EQ(p.approval->date, (Date{2025, 9, 15}));
  ASSERT_TRUE(p.approval->hijri.has_value());
  EXPECT_EQ(*p.approval->hijri, (Date{1447, 3, 23}));
  EXPECT_FALSE(p.approval->supersedes);
}

TEST(Samples, KhayratAlbahaAddressesGeneralAssemblyMembers) {
  OrgData org = load_sample("khayrat-albaha");
  EXPECT_EQ(org.name, "جمعية خيرات الباحة");
  EXPECT_EQ(org.gender, Gender::feminine);
  EXPECT_EQ(org.self_name, "الجمعية");
  const auto& p = policy(org, "beneficiary-relations");
  EXPECT_EQ(text_option(p, "audience"), "members");
  EXPECT_EQ(list_option(p, "channels"),
            (std::vector<std::string>{"المقابلة", "خدمات طلب المساعدة", "الاتصالات الهاتفية", "خدمة التطوع",
                                      "وسائل التواصل الاجتماعي", "الموقع الإلكتروني للجمعية", "الخطابات"}));
  EXPECT_EQ(list_option(p, "tools"),
            (std::vector<std::string>{"اللائحة الأساسية للجمعية", "دليل سياسة الدعم للأعضاء", "طلب خدمة عضو"}));
  ASSERT_TRUE(p.approval.has_value());
  EXPECT_EQ(p.approval->meeting, "الأول");
  EXPECT_TRUE(p.approval->year_only);
  EXPECT_EQ(p.approval->date, (Date{2023, 0, 0}));
}

TEST(Samples, RahahCoopIsABookletSignedByItsChairman) {
  OrgData org = load_sample("rahah-coop");
  EXPECT_EQ(org.name, "الجمعية التعاونية متعددة الأغراض بالرهاة");
  EXPECT_EQ(org.kind, "cooperative");
  EXPECT_EQ(org.gender, Gender::feminine);
  EXPECT_EQ(org.self_name, "الجمعية");
  EXPECT_EQ(org.chairman_name, "م/ أحمد علي الكلي");
  EXPECT_EQ(org.chairman_title, "رئيس مجلس الإدارة");
  // The seed's booklet holds the first two; the governance policies (issue 18) follow.
  ASSERT_EQ(org.policies.size(), 8u);
  EXPECT_EQ(org.policies[0].id, "beneficiary-relations");
  EXPECT_EQ(org.policies[0].order, 1);
  EXPECT_EQ(org.policies[1].id, "information-privacy");
  EXPECT_EQ(org.policies[1].order, 2);
  EXPECT_EQ(org.policies[1].options.size(), 1u);  // pdpl = false: the seed's eight articles alone
  EXPECT_EQ(org.policies[2].id, "conflict-of-interest");
  EXPECT_FALSE(org.policies[0].approval.has_value());
  const auto& tools = list_option(org.policies[0], "tools");
  ASSERT_EQ(tools.size(), 6u);
  EXPECT_EQ(tools[5], "التعليمات والأنظمة من الجهات الرسمية");
  EXPECT_EQ(list_option(org.policies[0], "channels").back(), "مناديب المكاتب");
}

TEST(Samples, ExampleUsesEveryKey) {
  OrgData org = load_sample("example");
  EXPECT_EQ(org.short_name, "جمعية المثال");
  EXPECT_EQ(org.city, "جدة");
  EXPECT_EQ(org.licence_number, "L-2020-0567");
  EXPECT_EQ(org.website, "https://example.org.sa");
  EXPECT_EQ(org.email, "info@example.org.sa");
  EXPECT_EQ(org.phone, "+966 12 000 0000");
  ASSERT_EQ(org.social.size(), 3u);  // in the order of the file, not alphabetical
  EXPECT_EQ(org.social[0].platform, "x");
  EXPECT_EQ(org.social[0].handle, "@example_org");
  EXPECT_EQ(org.social[1].platform, "instagram");
  EXPECT_EQ(org.social[2].platform, "snapchat");
  EXPECT_EQ(org.bank_name, "مصرف الراجحي");
  EXPECT_EQ(org.iban, "SA1380000123608010123456");  // spaces removed
  EXPECT_EQ(org.account_number, "608010123456");
  EXPECT_EQ(org.logo, kOrgs / "example" / "logo.png");
  EXPECT_EQ(org.stamp, kOrgs / "example" / "stamp.png");
  EXPECT_EQ(org.signature, kOrgs / "example" / "signature.png");
  EXPECT_TRUE(std::filesystem::exists(org.logo));
  EXPECT_EQ(org.numerals, Numerals::latn);
  EXPECT_TRUE(org.kashida);
  EXPECT_EQ(org.reference_fields, (std::vector<std::string>{"number", "hijri", "date", "attachments"}));
  EXPECT_EQ(org.reference_number, "1446/ج/17");
  EXPECT_EQ(org.reference_date, (Date{2025, 1, 5}));
  EXPECT_EQ(org.reference_attachments, "لا يوجد");
  const auto& p = policy(org, "beneficiary-relations");
  EXPECT_EQ(text_option(p, "response_bound"), "max");
  ASSERT_TRUE(p.approval.has_value());
  EXPECT_EQ(p.approval->hijri, (Date{1445, 11, 22}));
  const auto& privacy = policy(org, "information-privacy");
  ASSERT_TRUE(privacy.approval.has_value());
  EXPECT_EQ(privacy.approval->meeting, "4");  // a whole number is kept as its digits
  // Every key keeps the line it was written on, for later stages' messages.
  EXPECT_EQ(org.where("bank.iban").line, 46);
  EXPECT_EQ(org.where("bank.iban").column, 1);
  EXPECT_EQ(org.where("policies.beneficiary-relations.audience").file, (kOrgs / "example.toml").string());
  EXPECT_GT(org.where("policies.information-privacy.approval.date").line, 0);
  // The register: two versions of beneficiary-relations, the second current.
  ASSERT_EQ(p.versions.size(), 2u);
  EXPECT_EQ(p.versions[0].approval.date, (Date{2022, 3, 10}));
  EXPECT_EQ(p.versions[0].approval.supersedes_what, "جميع السياسات الموضوعة سابقاً");
  EXPECT_EQ(p.current()->number, 2);
  EXPECT_EQ(p.current()->supersedes, 1);
  EXPECT_EQ(p.current()->effective_date(), (Date{2024, 6, 16}));
  EXPECT_EQ(p.review_years, 3);
  EXPECT_EQ(org.where("policies.beneficiary-relations.versions.2.date").line,
            org.where("policies.beneficiary-relations.versions.2.meeting").line + 2);
  EXPECT_EQ(org.where("no.such.key").line, 0);
}

TEST(Samples, FolderLoadsSortedBySlug) {
  OrgSet set = load_orgs(kOrgs);
  EXPECT_TRUE(set.diagnostics.empty());
  std::vector<std::string> slugs;
  for (const auto& org : set.orgs) slugs.push_back(org.slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"example", "ghiras", "khayrat-albaha", "kiswa", "mafatih", "rahah-coop", "rufaqa"}));
}

}  // namespace
}  // namespace siyasa
