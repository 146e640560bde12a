// The template merge against the examples of tests/template/spec/*.spec: each example is a
// template body and a few organisation settings in, the merged Markdown (or the errors with their
// template line:column, or the approval block) out.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "template/policy.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

const std::filesystem::path kSource = SIYASA_SOURCE_DIR;
const std::filesystem::path kSpecs = std::filesystem::path(SIYASA_TEST_DATA) / "template" / "spec";

// The example template's front matter: the options the examples may set.
constexpr const char* kFrontMatter = R"(+++
id = "spec"
title = "مثال"
audiences = ["beneficiaries", "members"]

[options.audience]
type = "string"
values = ["beneficiaries", "members"]
default = "beneficiaries"

[options.items]
type = "list"
default = []

[options.weeks]
type = "int"
default = 2

[options.bound]
type = "string"
values = ["min", "max"]
default = "min"

[options.numbered]
type = "numbering"
values = ["a", "b"]
default = []

[options.note]
type = "string"
default = ""
+++
)";

struct Example {
  std::string file, name;
  int line = 0;
  std::map<std::string, std::string> settings;
  std::string body, expected;
};

std::vector<Example> read_examples(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<Example> out;
  std::string line;
  int number = 0, part = -1;
  while (std::getline(in, line)) {
    ++number;
    if (line.starts_with("~~~~ example ")) {
      out.push_back({file.filename().string(), line.substr(13), number, {}, {}, {}});
      part = 0;
    } else if (line == "~~~~") {
      part = -1;
    } else if (part >= 0 && line == ".") {
      ++part;
    } else if (part == 0) {
      auto eq = line.find('=');
      if (eq == std::string::npos) continue;
      auto trim = [](std::string s) {
        s.erase(0, s.find_first_not_of(' '));
        s.erase(s.find_last_not_of(' ') + 1);
        return s;
      };
      out.back().settings[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    } else if (part == 1) {
      out.back().body += line + '\n';
    } else if (part == 2) {
      out.back().expected += line + '\n';
    }
  }
  return out;
}

Date parse_date(const std::string& s) {
  return Date{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, sep)) out.push_back(part);
  return out;
}

OrgData org_for(const Example& e) {
  const auto& s = e.settings;
  auto get = [&](const std::string& k, const std::string& fallback) {
    auto it = s.find(k);
    return it == s.end() ? fallback : it->second;
  };
  OrgData org;
  org.slug = "spec";
  org.source = "orgs/spec.toml";
  org.name = get("name", "جمعية الخير");
  org.short_name = get("short_name", "");
  org.self_name = get("self", "الجمعية");
  org.website = get("website", "https://example.org");
  org.gender = get("gender", "feminine") == "masculine" ? Gender::masculine : Gender::feminine;
  org.numerals = get("numerals", "arab") == "latn" ? Numerals::latn : Numerals::arab;
  PolicyAdoption adoption;
  adoption.id = "spec";
  adoption.order = 1;
  if (s.count("meeting")) {
    Approval a;
    a.meeting = get("meeting", "");
    a.session = get("session", "");
    a.date = parse_date(get("date", "2025-09-15"));
    if (s.count("hijri")) a.hijri = parse_date(get("hijri", ""));
    a.year_only = get("year_only", "") == "true";
    a.supersedes_what = get("supersedes_what", "");
    a.supersedes = !a.supersedes_what.empty();
    adoption.approval = a;
  }
  for (const auto& [k, v] : s) {
    if (!k.starts_with("option.")) continue;
    std::string key = k.substr(7);
    if (key == "items" || key == "numbered") adoption.options[key] = split(v, ';');
    else if (key == "weeks") adoption.options[key] = std::int64_t{std::stoll(v)};
    else adoption.options[key] = v;
  }
  org.policies.push_back(adoption);
  return org;
}

int front_matter_lines() {
  int n = 0;
  for (const char* c = kFrontMatter; *c; ++c) n += *c == '\n';
  return n;
}

class SpecExamples : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = siyasa::test::scratch_folder("spec");
    std::filesystem::create_directories(dir / "policies");
    std::filesystem::copy_file(kSource / "templates" / "audiences.toml", dir / "audiences.toml");
    std::filesystem::copy_file(kSource / "templates" / "policies" / "_approval.md", dir / "policies" / "_approval.md");
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  std::string run(const Example& e) {
    const auto file = dir / "policies" / "spec.md";
    std::ofstream(file) << kFrontMatter << e.body;
    auto merged = merge_policy(org_for(e), "spec", dir);
    std::string out;
    if (!merged.ok()) {
      for (const auto& d : merged.diagnostics) {
        EXPECT_EQ(d.where.file, file.string());
        out += "error " + std::to_string(d.where.line - front_matter_lines()) + ":" +
               std::to_string(d.where.column) + ": " + d.message;
        if (e.expected.find(" | ") != std::string::npos && !d.hint.empty()) out += " | " + d.hint;
        out += '\n';
      }
      return out;
    }
    if (e.expected.starts_with("approval:")) {
      if (!merged->approval) return "no approval\n";
      const auto& a = *merged->approval;
      return "approval: " + a.heading + " | " + a.placement + " | " + a.sentence + "\n";
    }
    out = merged->markdown;
    while (out.ends_with("\n\n")) out.pop_back();
    return out;
  }
  std::filesystem::path dir;
};

TEST_F(SpecExamples, EveryExampleMergesAsWritten) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kSpecs)) {
    if (entry.path().extension() != ".spec") continue;
    for (const auto& example : read_examples(entry.path())) {
      ++count;
      SCOPED_TRACE(example.file + ":" + std::to_string(example.line) + " " + example.name);
      EXPECT_EQ(run(example), example.expected);
    }
  }
  EXPECT_GE(count, 30);
}

}  // namespace
}  // namespace siyasa
