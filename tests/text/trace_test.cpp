// Stage traces (libraqm style) for the text engine: each case's trace — items with bidi level,
// script and face, then per line the runs in visual order with glyph names, clusters and
// advances — must equal tests/text/traces/<case>.trace, which was read and checked by hand
// (joining forms, mark clusters, mirrored brackets, visual order of numbers and Latin).
// Lines starting with "# " in a trace file are the reviewer's notes (what was checked) and are
// not compared. To see a changed trace: text_trace [--width W] [--kashida] TEXT; rewriting the
// files (SIYASA_UPDATE_TRACES=1 ./text_test --gtest_filter='*Trace*') drops the notes: review the
// new trace line by line and write them again.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

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

class Trace : public ::testing::TestWithParam<TraceCase> {};

TEST_P(Trace, MatchesCheckedFile) {
  const TraceCase& c = GetParam();
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
