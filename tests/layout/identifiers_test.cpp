// Identifiers never break inside a line: a phone number, an IBAN, licence and registration
// numbers, a web address, an e-mail and a pair of dates each stand whole on one line at every
// measure, however narrow (identifier_runs + keep_identifiers_whole, src/layout/identifiers.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "layout/paragraph.h"
#include "layout/paragraph_parts.h"
#include "support/project_fonts.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const FontSet> fonts() { return test::project_fonts(); }

struct Case {
  std::string before, identifier, after;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"للتواصل معنا على الهاتف ", "\u2066+966 13 580 0000\u2069", " في أوقات الدوام الرسمي."},
      {"هاتف: ", "+966 13 580 0000", ""},
      {"رقم الجوال ", "055 123 4567", " لخدمة المستفيدين."},
      {"الآيبان: ", "SA0380000000608010167519", " لدى مصرف الراجحي."},
      {"ترخيص رقم ", "(L-2020-0567)", " الصادر من المركز الوطني."},
      {"الموقع الإلكتروني ", "https://www.kiswa-org.org.sa/policies/beneficiary-relations/",
       " ويحدَّث دورياً."},
      {"البريد ", "info-desk@kiswa-association.org.sa", " للاستفسارات."},
      {"في اجتماعه رقم (١٦١) وتاريخ ", "(٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م)", " على هذه السياسة."},
      {"التاريخ: ", "١٥ / ٠٩ / ٢٠٢٥ م", ""},
  };
  return all;
}

// [start, end) of each line in the logical text.
std::vector<std::pair<std::size_t, std::size_t>> line_ranges(const ParagraphLayout& layout) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const Line& line : layout.lines) {
    std::size_t a = std::string::npos, b = 0;
    for (const GlyphRun& run : line.runs) {
      a = std::min(a, run.text_offset);
      b = std::max(b, run.text_offset + run.text.size());
    }
    ranges.emplace_back(a, b);
  }
  return ranges;
}

TEST(Identifiers, NeverBreakInsideALine) {
  ASSERT_TRUE(fonts());
  for (const Case& c : cases()) {
    const std::string text = c.before + c.identifier + c.after;
    const std::size_t from = c.before.size(), to = from + c.identifier.size();
    bool tried_narrow = false;
    for (double width = 30; width <= 320; width += 7) {
      for (Align align : {Align::justify, Align::start}) {
        ParagraphSpec spec;
        spec.spans = {StyledText{text, {}}};
        spec.width = width;
        spec.align = align;
        const ParagraphLayout layout = layout_paragraph(*fonts(), spec);
        const auto ranges = line_ranges(layout);
        if (ranges.size() >= 2) tried_narrow = true;
        for (std::size_t i = 0; i + 1 < ranges.size(); ++i) {
          const std::size_t cut = ranges[i + 1].first;  // the next line starts here
          EXPECT_FALSE(cut > from && cut < to)
              << "\"" << c.identifier << "\" broken at byte " << cut - from << " at width "
              << width;
        }
      }
    }
    EXPECT_TRUE(tried_narrow) << c.identifier;
  }
}

TEST(Identifiers, RunsCoverTheWholeIdentifierOnly) {
  for (const Case& c : cases()) {
    const std::string text = c.before + c.identifier + c.after;
    const std::size_t from = c.before.size(), to = from + c.identifier.size();
    const auto runs = identifier_runs(text);
    EXPECT_TRUE(std::any_of(runs.begin(), runs.end(), [&](const auto& r) {
      return r.first <= from && r.second >= to && r.second <= to + 3;  // + closing punctuation
    })) << c.identifier;
  }
  // Plain Arabic words and a short number among them are no identifier run across a space.
  for (const auto& r : identifier_runs("تعقد اللجنة ٣ اجتماعات في ١٢ شهراً")) {
    EXPECT_EQ(std::string("تعقد اللجنة ٣ اجتماعات في ١٢ شهراً").substr(r.first, r.second - r.first)
                  .find(' '),
              std::string::npos);
  }
  // Short numbers are not joined across a space, nor any across a line break.
  const std::string numbers = "١٢٣٤\n٥٦ ٩ ١٢";
  const auto runs = identifier_runs(numbers);
  EXPECT_EQ(runs.size(), 4u);
  for (const auto& r : runs)
    EXPECT_EQ(numbers.substr(r.first, r.second - r.first).find_first_of(" \n"), std::string::npos);
}

}  // namespace
}  // namespace siyasa
