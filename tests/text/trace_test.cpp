// Stage traces (libraqm style) for the text engine: each case's trace — items with bidi level,
// script and face, then per line the runs in visual order with glyph names, clusters and
// advances — must equal tests/text/traces/<case>.trace, which was read and checked by hand
// (joining forms, mark clusters, mirrored brackets, visual order of numbers and Latin).
// Lines starting with "# " in a trace file are the reviewer's notes (what was checked) and are
// not compared. To see a changed trace: text_trace [--width W] [--kashida] TEXT; rewriting the
// files (SIYASA_UPDATE_TRACES=1 ./text_test --gtest_filter='*Trace*') drops the notes: review the
// new trace line by line and write them again.
//
// The traces hold glyph names and advances, so they are pinned to the font files they were
// reviewed with: tests/text/traces/fonts.sha256. When Debian ships a changed font, every trace
// test fails with a message naming the file instead of a diff. Then: rewrite the traces as
// above, review each changed line (joining forms, harakat on their letters, order of numbers and
// Latin), write the notes again, and put the new file's `sha256sum` into fonts.sha256 with the
// package's version (`dpkg -l fonts-hosny-amiri fonts-noto-core`).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "trace.h"

namespace siyasa::test {
namespace {

struct TraceCase {
  const char* name;
  const char* text;
  double width = 1000;
  bool kashida = false;
};

std::ostream& operator<<(std::ostream& os, const TraceCase& c) { return os << c.name; }

std::string sha256_of(const std::filesystem::path& file) {
  std::string out;
  if (FILE* pipe = popen(("sha256sum '" + file.string() + "' 2>/dev/null").c_str(), "r")) {
    char buf[128];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
    pclose(pipe);
  }
  return out.substr(0, out.find(' '));
}

// "" when every face the traces use is the file they were reviewed with, else what changed and
// how to re-review.
std::string font_pin_problem() {
  std::ifstream pins(std::string(SIYASA_TEST_DATA) + "/text/traces/fonts.sha256");
  std::map<std::string, std::string> pinned;  // file name → "sha256  name (package version)"
  for (std::string line; std::getline(pins, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string sum, name;
    words >> sum >> name;
    pinned[name] = line;
  }
  std::string problems;
  for (FontRole role : {FontRole::body, FontRole::body_bold, FontRole::heading, FontRole::latin,
                        FontRole::latin_bold, FontRole::mono}) {
    const std::filesystem::path file = face_file(test_fonts(), face_for_role(test_fonts(), role)).file;
    const auto pin = pinned.find(file.filename().string());
    const std::string sum = sha256_of(file);
    if (pin == pinned.end())
      problems += file.string() + " is not pinned in tests/text/traces/fonts.sha256\n";
    else if (pin->second.rfind(sum + " ", 0) != 0 || sum.empty())
      problems += "Debian's font changed: " + file.string() + " has sha256 " + sum +
                  "; the traces were reviewed with " + pin->second + "\n";
  }
  if (problems.empty()) return {};
  return problems +
         "The traces may now differ because of the font, not the code. Re-review them as the top of "
         "tests/text/trace_test.cpp says (SIYASA_UPDATE_TRACES=1, check each changed line, write the "
         "notes again), then update tests/text/traces/fonts.sha256.";
}

TEST(TraceFonts, AreTheFilesTheTracesWereReviewedWith) { EXPECT_EQ(font_pin_problem(), ""); }

class Trace : public ::testing::TestWithParam<TraceCase> {};

TEST_P(Trace, MatchesCheckedFile) {
  const TraceCase& c = GetParam();
  static const std::string font_problem = font_pin_problem();
  if (!font_problem.empty()) FAIL() << font_problem;
  ParagraphSpec spec;
  spec.width = c.width;
  spec.kashida = c.kashida;
  spec.spans.push_back({c.text, {}});
  const std::string actual = trace_paragraph(test_fonts(), spec);
  const std::string path = std::string(SIYASA_TEST_DATA) + "/text/traces/" + c.name + ".trace";
  if (std::getenv("SIYASA_UPDATE_TRACES")) {
    std::ofstream(path) << actual;
    GTEST_SKIP() << "rewrote " << path << ": review it line by line before committing";
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << "missing " << path;
  std::string expected, line;
  while (std::getline(in, line))
    if (line.rfind("# ", 0) != 0) expected += line + "\n";  // "# " lines: the reviewer's notes
  EXPECT_EQ(expected, actual);
}

INSTANTIATE_TEST_SUITE_P(
    Text, Trace,
    ::testing::Values(
        TraceCase{"plain_arabic", "يضع الوقف السياسات"},
        TraceCase{"arabic_latin_digits", "تأسست الجمعية عام 2015 وفق نظام NGO رقم 656"},
        TraceCase{"iban", "رقم الحساب SA3480000603608010677780 لدى البنك"},
        TraceCase{"url", "زوروا موقعنا www.hajer.org.sa للمزيد"},
        TraceCase{"nested_brackets", "(انظر [المادة (٣)] أدناه)"},
        TraceCase{"harakat", "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ"},
        TraceCase{"lam_alef", "لا إلا الإدارة العلاقة"},
        TraceCase{"numbered_item", "١٢. نص"},
        TraceCase{"wrapped_identifiers",
                  "حساب الوقف رقم SA3480000603608010677780 لدى مصرف الراجحي، والموقع "
                  "www.hajer.org.sa للمزيد",
                  150},
        TraceCase{"kashida",
                  "تسعى الجمعية إلى تحسين الخدمات المقدمة للمستفيدين بكل وسيلة ممكنة", 140,
                  true}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace siyasa::test
