// `siyasa render --format txt` end to end: each sample organisation's policies against the
// expected texts in tests/template/expected/ (read line by line against the seeds), and the
// word-sequence fidelity of each against its seed (tests/template/fidelity/fidelity.py).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sys/wait.h>
#include <fstream>
#include <sstream>
#include <vector>

#include "support/scratch.h"

namespace siyasa {
namespace {

const std::filesystem::path kSource = SIYASA_SOURCE_DIR;
const std::filesystem::path kData = std::filesystem::path(SIYASA_TEST_DATA) / "template";

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Outcome {
  int status = -1;
  std::string out;
};

Outcome run(const std::string& command) {
  Outcome r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// The sample organisations of orgs/, and test-only ones of tests/template/orgs/.
std::filesystem::path org_file(const std::string& org) {
  auto sample = kSource / "orgs" / (org + ".toml");
  return std::filesystem::exists(sample) ? sample : kData / "orgs" / (org + ".toml");
}

std::string render_command(const std::string& org, const std::string& policy, const std::string& output) {
  return std::string(SIYASA_BINARY) + " render --org " + org_file(org).string() +
         " --policy " + policy + " --templates " + (kSource / "templates").string() + " --format txt -o " + output;
}

struct Case {
  const char* org;
  const char* policy;
};

class RenderTxt : public ::testing::TestWithParam<Case> {};

TEST_P(RenderTxt, MatchesTheExpectedText) {
  const auto [org, policy] = GetParam();
  Outcome r = run(render_command(org, policy, "-"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, read(kData / "expected" / (std::string(org) + "." + policy + ".txt")));
}

INSTANTIATE_TEST_SUITE_P(Samples, RenderTxt,
                         ::testing::Values(Case{"kiswa", "beneficiary-relations"},
                                           Case{"mafatih", "beneficiary-relations"},
                                           Case{"khayrat-albaha", "beneficiary-relations"},
                                           Case{"rahah-coop", "beneficiary-relations"},
                                           Case{"rahah-coop", "information-privacy"},
                                           Case{"example", "beneficiary-relations"},
                                           Case{"example", "information-privacy"},
                                           // no seed: masculine, Western digits, "max", a numbered meeting
                                           Case{"waqf", "beneficiary-relations"},
                                           Case{"waqf", "information-privacy"}),
                         [](const auto& info) {
                           std::string name = std::string(info.param.org) + "_" + info.param.policy;
                           for (auto& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

// The governance policies (no seed): every sample adopts each one with its own options, and
// tests/template/orgs/foundation-latn.toml adopts each with the defaults, so every template is
// merged for the four kinds, both genders and both digit systems. The expected texts were read
// line by line when they were written.
const char* const kGovernancePolicies[] = {"conflict-of-interest", "whistleblowing", "records-retention",
                                           "fundraising", "volunteers", "anti-money-laundering"};
const char* const kGovernanceOrgs[] = {"kiswa", "mafatih", "khayrat-albaha", "rahah-coop", "example",
                                       "foundation-latn"};

std::vector<Case> governance_cases() {
  std::vector<Case> cases;
  for (const char* org : kGovernanceOrgs)
    for (const char* policy : kGovernancePolicies) cases.push_back(Case{org, policy});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Governance, RenderTxt, ::testing::ValuesIn(governance_cases()),
                         [](const auto& info) {
                           std::string name = std::string(info.param.org) + "_" + info.param.policy;
                           for (auto& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

// One organisation of each kind: the verbs and pronouns follow its gender, the general
// assembly appears only where there is one, and article numbers follow its digits.
struct KindCase {
  const char* org;
  const char* kind;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

TEST(GovernanceKinds, AgreeWithTheOrganisation) {
  const std::vector<KindCase> kinds = {
      {"kiswa", "association",
       {"ترفض الجمعية كل تبرع", "يُبلغ المجلس الجمعية العمومية", "محاضر اجتماعات الجمعية العمومية", "المادة (١)"},
       {"يرفض", "الوقف", "المادة (1)", "مجلس الأمناء"}},
      {"rahah-coop", "cooperative",
       {"ترفض الجمعية كل تبرع", "يُبلغ المجلس الجمعية العمومية", "محاضر اجتماعات الجمعية العمومية"},
       {"يرفض", "الوقف"}},
      {"mafatih", "endowment",
       {"يرفض الوقف كل تبرع", "يحق للوقف إبطال", "مع حفظ حقه", "يحفظ الوقف سجلات", "ويتيحها"},
       {"الجمعية العمومية", "ترفض", "حقها", "وتتيحها"}},
      {"foundation-latn", "foundation",
       {"ترفض المؤسسة كل تبرع", "يحق للمؤسسة إبطال", "المادة (1)", "(5000) ريال", "يراجع مجلس الأمناء",
        "المجلس: مجلس أمناء المؤسسة", "اجتماع مجلس الأمناء رقم", "رئيس مجلس الأمناء"},
       {"الجمعية العمومية", "الجمعية", "الوقف", "المادة (١)", "مجلس الإدارة", "مجلس إدارة"}},
  };
  for (const auto& k : kinds) {
    std::string all;
    // The expected texts, which RenderTxt holds equal to what `siyasa render` prints.
    for (const char* policy : kGovernancePolicies)
      all += read(kData / "expected" / (std::string(k.org) + "." + policy + ".txt"));
    ASSERT_FALSE(all.empty()) << k.org;
    for (const auto& want : k.present) EXPECT_NE(all.find(want), std::string::npos) << k.kind << ": " << want;
    for (const auto& not_want : k.absent) EXPECT_EQ(all.find(not_want), std::string::npos) << k.kind << ": " << not_want;
  }
}

TEST(RenderTxtFile, WritesTheFileWholeAndRefusesUnknownPolicies) {
  auto dir = siyasa::test::scratch_folder("render-txt");
  auto out = dir / "kiswa.txt";
  ASSERT_EQ(run(render_command("kiswa", "beneficiary-relations", out.string())).status, 0);
  EXPECT_EQ(read(out), read(kData / "expected" / "kiswa.beneficiary-relations.txt"));

  auto missing = dir / "none.txt";
  Outcome bad = run(render_command("kiswa", "beneficiary-relation", missing.string()));
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.out.find("does not adopt the policy 'beneficiary-relation'"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("did you mean 'beneficiary-relations'?"), std::string::npos) << bad.out;
  EXPECT_FALSE(std::filesystem::exists(missing));
  std::filesystem::remove_all(dir);
}

// Seed → the sample organisation's policies that reproduce it.
struct Seed {
  const char* file;
  std::vector<std::string> texts;
};

TEST(Fidelity, EverySeedReadsLikeItsTemplateMerge) {
  const std::vector<Seed> seeds = {
      {"000_3e11937abf4ef400.txt", {"kiswa.beneficiary-relations"}},
      {"001_a61ad346024409ff.txt", {"mafatih.beneficiary-relations"}},
      {"002_66b68d0bb18d4733.txt", {"khayrat-albaha.beneficiary-relations"}},
      {"003_fc5c31325be2ac16.txt", {"rahah-coop.beneficiary-relations", "rahah-coop.information-privacy"}},
  };
  const auto fidelity = kData / "fidelity";
  for (const auto& seed : seeds) {
    std::string command = "python3 " + (fidelity / "fidelity.py").string() + " " + (fidelity / "seeds" / seed.file).string() +
                          " " + (fidelity / "seed_corrections.tsv").string();
    for (const auto& t : seed.texts) command += " " + (kData / "expected" / (t + ".txt")).string();
    Outcome r = run(command);
    ASSERT_EQ(r.status, 0) << r.out;
    double ratio = std::stod(r.out);
    RecordProperty(std::string("fidelity_") + std::string(seed.file).substr(0, 3), r.out.substr(0, 5));
    std::cout << "fidelity " << std::string(seed.file).substr(0, 3) << ": " << r.out;
    EXPECT_GE(ratio, 0.90) << seed.file;
  }
}

}  // namespace
}  // namespace siyasa
