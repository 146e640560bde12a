// Paper forms through outside readers: every shipped form for both sample organisations is
// written as a PDF; pdffonts must show every font embedded, subset and with a ToUnicode map,
// pdftotext must give back the text of every label, and the page count must be what the spec
// claims. With SIYASA_PREVIEW_DIR set, each page is also written as a PNG for a person to look at.
#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "forms/form_layout.h"
#include "forms/label.h"
#include "pipeline/write_form.h"
#include "preview/png_page.h"
#include "spec_texts.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

const std::filesystem::path kRoot = SIYASA_SOURCE_DIR;
const std::filesystem::path kForms = kRoot / "templates/forms";

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer;
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), p)) out.append(buffer.data(), n);
    pclose(p);
  }
  return out;
}

// The letters of a text, for comparing what a reader extracts with what was laid out: drops
// white space, directional controls and word joiners readers insert, tatweel, and the harakat, whose order
// relative to their letter poppler does not keep (a matter of the PDF stage, not of forms).
std::string letters(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    bool drop = cp == ' ' || cp == '\n' || cp == '\t' || cp == '\f' || cp == '\r' || cp == 0x200E ||
                cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
                cp == 0x2060 || cp == 0xFEFF || cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
    if (!drop) out.append(s, i, n);
    i += n;
  }
  return out;
}

bool has_harakat(const std::string& s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)  // U+064B..U+0652 are D9 8B..D9 92 in UTF-8
    if (static_cast<unsigned char>(s[i]) == 0xD9 && static_cast<unsigned char>(s[i + 1]) >= 0x8B &&
        static_cast<unsigned char>(s[i + 1]) <= 0x92)
      return true;
  return false;
}

// Whether a reader's text holds a label: every word of it, and the whole label when it is short
// and has no harakat. Readers order the pieces of a line by their own heuristics: pdftotext (22.12)
// may put the second half of a justified line first, and splits a word at a shadda or damma
// ("اطّلعت" comes out as "ا ّ" … "طلعت"), which is the PDF stage's matter, not the form's; so
// long paragraphs are checked word by word, and words with harakat are left to the eye (PNG).
::testing::AssertionResult holds(const std::string& extracted, const std::string& label) {
  std::istringstream words(label);
  int count = 0;
  for (std::string w; words >> w; ++count) {
    std::string l = letters(w);
    if (!l.empty() && !has_harakat(w) && extracted.find(l) == std::string::npos)
      return ::testing::AssertionFailure() << "word «" << w << "» of «" << label << "» is not in the PDF's text";
  }
  if (count <= 6 && !has_harakat(label) && extracted.find(letters(label)) == std::string::npos)
    return ::testing::AssertionFailure() << "«" << label << "» is not in the PDF's text";
  return ::testing::AssertionSuccess();
}

TEST(FormPdfText, TheCheckerNoticesAMissingWordButNotAReadersMarks) {
  std::string extracted = letters("\u202bطلب دعم\u202c\nمستفيد ‏\u2060جديد");
  EXPECT_TRUE(holds(extracted, "طلب دعم مستفيد جديد"));
  EXPECT_FALSE(holds(extracted, "طلب دعم عضو"));
  EXPECT_FALSE(holds(extracted, "استبيان"));
}

class FormPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = load_fonts(kRoot / "fonts");
    ASSERT_TRUE(loaded.ok()) << (loaded.diagnostics.empty() ? "" : format_diagnostic(loaded.diagnostics[0]));
    fonts_ = *loaded;
  }
  static std::shared_ptr<const FontSet> fonts_;
};
std::shared_ptr<const FontSet> FormPdf::fonts_;

TEST_F(FormPdf, EveryFormForBothOrganisationsReadsBackWhole) {
  // Per process: several checkouts may run their tests at once on one machine.
  const auto dir = std::filesystem::path(::testing::TempDir()) / ("siyasa-forms-pdf-" + std::to_string(getpid()));
  for (const auto& id : list_forms(kForms)) {
    auto spec = load_form(kForms / (id + ".toml"));
    ASSERT_TRUE(spec.ok()) << id;
    for (const auto& org : {test::sample_association(), test::sample_endowment()}) {
      SCOPED_TRACE(id + " / " + org.slug);
      const auto pdf = dir / (org.slug + "-" + id + ".pdf");
      auto report = write_form_pdf(fonts_, org, *spec, pdf);
      ASSERT_FALSE(has_errors(report.diagnostics)) << format_diagnostic(report.diagnostics[0]);
      EXPECT_TRUE(report.diagnostics.empty()) << format_diagnostic(report.diagnostics[0]);

      // The page count the spec claims, as an outside reader counts it.
      std::string info = run("pdfinfo '" + pdf.string() + "'");
      EXPECT_NE(info.find("Pages:           " + std::to_string(report.pages) + "\n"), std::string::npos) << info;
      if (spec->pages > 0) EXPECT_EQ(report.pages, spec->pages);

      // Every font embedded, subset, with a ToUnicode map: the last three columns of pdffonts.
      std::istringstream fonts(run("pdffonts '" + pdf.string() + "'"));
      std::string line;
      int rows = 0;
      std::getline(fonts, line), std::getline(fonts, line);  // header and rule
      while (std::getline(fonts, line)) {
        ++rows;
        std::istringstream cols(line);
        std::vector<std::string> words;
        for (std::string w; cols >> w;) words.push_back(w);
        ASSERT_GE(words.size(), 7u) << line;
        const auto n = words.size();
        EXPECT_EQ(words[n - 5] + words[n - 4] + words[n - 3], "yesyesyes") << line;  // emb sub uni
      }
      EXPECT_GT(rows, 0);

      // Every label comes back as text.
      std::string text = letters(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
      for (const auto& t : test::spec_texts(*spec, org)) EXPECT_TRUE(holds(text, t));
      EXPECT_TRUE(holds(text, org.name));

      // To look at the pages: SIYASA_PREVIEW_DIR=/tmp/forms ./forms_test, then open the PNGs.
      if (const char* preview = std::getenv("SIYASA_PREVIEW_DIR")) {
        auto doc = layout_form(fonts_, org, *spec);
        ASSERT_TRUE(doc.ok());
        for (int p = 0; p < report.pages; ++p) {
          auto png = std::filesystem::path(preview) / (org.slug + "-" + id + "-" + std::to_string(p + 1) + ".png");
          EXPECT_EQ(all_messages(write_png(*doc, p, 80, png)), "");
        }
      }
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_F(FormPdf, DigitCellsAndWritingLinesAreSizedForHandwriting) {
  auto spec = load_form(kForms / "beneficiary-support-request.toml");
  ASSERT_TRUE(spec.ok());
  auto doc = layout_form(fonts_, test::sample_association(), *spec);
  ASSERT_TRUE(doc.ok());
  const double mm = 72.0 / 25.4;
  int cell_rules = 0;
  for (const auto& page : doc->pages)
    for (const auto& item : page.items) {
      if (const auto* box = std::get_if<BoxItem>(&item)) {
        EXPECT_GE(box->x, 14 * mm);  // inside the margins
        EXPECT_LE(box->x + box->w, page.width - 14 * mm);
        EXPECT_LE(box->y + box->h, page.height - 14 * mm);
      }
      if (const auto* r = std::get_if<RuleItem>(&item)) {
        // Vertical separators of digit cells: 8 mm tall; the next one is 7.5 mm along.
        if (r->x1 == r->x2 && std::abs((r->y2 - r->y1) - 8 * mm) < 0.01) ++cell_rules;
      }
    }
  // national ID (9 separators), birth date (1 + 1 + 3), two phones (9 each), family table IDs are
  // written in table cells, not digit cells.
  EXPECT_EQ(cell_rules, 9 + 5 + 9 + 9);
  EXPECT_GE(kFormCellMm, 7.0);
  EXPECT_GE(kFormLineMm, 8.0);
}

// Every field kind, long labels and options, a 40-row table: nothing leaves the page's margins,
// every text reads back, the table breaks between rows and its header repeats.
TEST_F(FormPdf, EveryKindStaysInsideTheMarginsAndTablesBreakBetweenRows) {
  auto spec = load_form(std::filesystem::path(SIYASA_TEST_DATA) / "forms/good/every-kind.toml");
  ASSERT_TRUE(spec.ok()) << format_diagnostic(spec.diagnostics[0]);
  const double mm = 72.0 / 25.4;
  for (const auto& org : {test::sample_association(), test::sample_endowment()}) {
    auto result = layout_form(fonts_, org, *spec);
    ASSERT_TRUE(result.ok());
    const PagedDocument& doc = *result;
    ASSERT_GE(doc.pages.size(), 3u);
    int header_cells_at_top = 0;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
      const auto& page = doc.pages[p];
      auto inside_x = [&](double x) { return x >= 15 * mm - 0.5 && x <= page.width - 15 * mm + 0.5; };
      auto inside_y = [&](double y) { return y >= 12 * mm - 0.5 && y <= page.height - 8 * mm; };
      for (const auto& item : page.items) {
        if (const auto* t = std::get_if<TextItem>(&item)) {
          EXPECT_TRUE(inside_x(t->x) && inside_x(t->x + t->run.width)) << "page " << p << ": " << t->run.text;
          EXPECT_TRUE(inside_y(t->y)) << t->run.text;
        } else if (const auto* b = std::get_if<BoxItem>(&item)) {
          EXPECT_TRUE(inside_x(b->x) && inside_x(b->x + b->w) && inside_y(b->y) && inside_y(b->y + b->h))
              << "page " << p << " box at " << b->x << "," << b->y;
          // A shaded table header cell right at the top of a page after the first.
          if (p > 0 && b->fill && b->y < 13 * mm && b->h > 8 * mm) ++header_cells_at_top;
        } else if (const auto* r = std::get_if<RuleItem>(&item)) {
          EXPECT_TRUE(inside_x(r->x1) && inside_x(r->x2) && inside_y(r->y1) && inside_y(r->y2)) << "page " << p;
        }
      }
    }
    EXPECT_GE(header_cells_at_top, 5);  // "م" + four columns repeated
  }
  const auto pdf = std::filesystem::path(::testing::TempDir()) /
                   ("siyasa-forms-every-kind-" + std::to_string(getpid()) + ".pdf");
  auto report = write_form_pdf(fonts_, test::sample_association(), *spec, pdf);
  ASSERT_FALSE(has_errors(report.diagnostics));
  std::string text = letters(run("pdftotext -enc UTF-8 '" + pdf.string() + "' -"));
  std::filesystem::remove(pdf);
  for (const auto& t : test::spec_texts(*spec, test::sample_association())) EXPECT_TRUE(holds(text, t));
}

}  // namespace
}  // namespace siyasa
