// The limits of a form spec (form_spec.h): a count past its limit is an error at the key that
// holds it, with a hint, and one at the limit still loads; a spec file past its size is refused
// before it is parsed. And the time bound: a form laid out after its deadline has expired fails
// at the field it reached and writes nothing.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "core/deadline.h"
#include "forms/form_layout.h"
#include "forms/form_spec.h"
#include "pipeline/write_form.h"
#include "support/sample_orgs.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class FormLimits : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = siyasa::test::test_scratch_folder("form-limits");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes `body` under a title and one section (so the first field's header is line 4) and
  // loads it.
  Result<FormSpec> load(const std::string& body) {
    const fs::path file = dir_ / "limits.toml";
    std::ofstream(file) << "title = \"نموذج\"\n[[sections]]\ntitle = \"قسم\"\n" << body;
    return load_form(file);
  }

  // The first diagnostic, its path cut to the file name.
  static std::string first(const Result<FormSpec>& r) {
    if (r.diagnostics.empty()) return "(none)";
    const std::string text = format_diagnostic(r.diagnostics.front());
    return text.substr(text.find("limits.toml"));
  }

  fs::path dir_;
};

// `count` quoted strings "prefix 1", "prefix 2", … as a TOML array.
std::string strings(int count, const std::string& prefix) {
  std::string out = "[";
  for (int i = 1; i <= count; ++i) out += (i > 1 ? ", \"" : "\"") + prefix + " " + std::to_string(i) + "\"";
  return out + "]";
}

std::string choice(int options) {
  return "[[sections.fields]]\nid = \"city\"\nkind = \"choice\"\nlabel = \"المدينة\"\noptions = " +
         strings(options, "خيار") + "\n";
}

TEST_F(FormLimits, AChoiceHasAtMost25Options) {
  EXPECT_TRUE(load(choice(static_cast<int>(kMaxChoiceOptions))).ok());
  const auto r = load(choice(4000));
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);  // the other 3,975 are not read
  EXPECT_EQ(first(r),
            "limits.toml:8:11: error: 'options' has 4000 entries; the limit is 25\n"
            "  hint: a longer list is easier to answer as a text field (a city, a nationality) or "
            "as two questions");
}

TEST_F(FormLimits, ATableHasAtMost12Columns) {
  auto table = [](int columns) {
    std::string out = "[[sections.fields]]\nid = \"family\"\nkind = \"table\"\ncolumns = [";
    for (int i = 1; i <= columns; ++i)
      out += (i > 1 ? ", " : "") + std::string("{ id = \"c") + std::to_string(i) + "\", label = \"عمود\" }";
    return out + "]\n";
  };
  EXPECT_TRUE(load(table(12)).ok());
  const auto r = load(table(13));
  EXPECT_EQ(first(r),
            "limits.toml:7:11: error: 'columns' has 13 entries; the limit is 12\n"
            "  hint: narrower columns leave no room to write; split the table in two");
}

TEST_F(FormLimits, AScaleHasAtMost50ItemsAnd11Levels) {
  auto scale = [](int items, int levels) {
    return "[[sections.fields]]\nid = \"rating\"\nkind = \"scale\"\nitems = " + strings(items, "عبارة") +
           "\nlevels = " + strings(levels, "مستوى") + "\n";
  };
  EXPECT_TRUE(load(scale(50, 11)).ok());
  EXPECT_EQ(first(load(scale(51, 5))),
            "limits.toml:7:9: error: 'items' has 51 entries; the limit is 50\n"
            "  hint: split the statements into two scale fields");
  EXPECT_EQ(first(load(scale(5, 12))),
            "limits.toml:8:10: error: 'levels' has 12 entries; the limit is 11\n"
            "  hint: a scale has at most 11 answers (0 to 10); most use 3 to 5");
}

TEST_F(FormLimits, AnOfficePanelHasAtMost20Decisions) {
  auto office = [](int decisions) {
    return "[[sections.fields]]\nid = \"office\"\nkind = \"office_use\"\ndecisions = " +
           strings(decisions, "قرار") + "\n";
  };
  EXPECT_TRUE(load(office(20)).ok());
  EXPECT_EQ(first(load(office(21))),
            "limits.toml:7:13: error: 'decisions' has 21 entries; the limit is 20\n"
            "  hint: list the usual decisions; a rarer one can be written on the line");
}

TEST_F(FormLimits, AFormHasAtMost200Fields) {
  auto fields = [](int count) {
    std::string out;  // three lines a field: its header is on line 4 + 3 (n - 1)
    for (int i = 1; i <= count; ++i)
      out += "[[sections.fields]]\nid = \"f" + std::to_string(i) + "\"\nlabel = \"حقل\"\n";
    return out;
  };
  EXPECT_TRUE(load(fields(200)).ok());
  const auto r = load(fields(3000));
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(first(r),
            "limits.toml:604:1: error: the form has more than 200 fields; the limit is 200\n"
            "  hint: split it into two forms");
}

TEST_F(FormLimits, ASpecFilePast256KBIsRefusedBeforeItIsParsed) {
  // Valid TOML would load for a long time; this is not even read as TOML.
  const auto r = load("# " + std::string(kMaxFormSpecBytes, 'x') + "\n");
  EXPECT_EQ(first(r), "limits.toml: error: the file is 257 KB; a form spec is at most 256 KB\n"
                      "  hint: is this the right file?");
}

TEST_F(FormLimits, AFormPastItsDeadlineFailsAtTheFieldItReachedAndWritesNothing) {
  const auto spec = load(choice(3) + "[[sections.fields]]\nid = \"note\"\nlabel = \"ملاحظة\"\n");
  ASSERT_TRUE(spec.ok());
  auto fonts = load_fonts(fs::path(SIYASA_SOURCE_DIR) / "fonts");
  ASSERT_TRUE(fonts.ok());
  const Deadline expired = Deadline::at(Deadline::Clock::now() - 1s, 60s);

  const auto timed_out = layout_form(*fonts, test::sample_association(), *spec, expired);
  ASSERT_FALSE(timed_out.ok());
  ASSERT_EQ(timed_out.diagnostics.size(), 1u);
  // It stops after the first field, whose header is on line 4.
  EXPECT_EQ(first(Result<FormSpec>::failure(timed_out.diagnostics)),
            "limits.toml:4:1: error: the document took longer than 60 s, the limit per document; "
            "it was stopped here\n"
            "  hint: make the document smaller, or raise the limit with --time-limit SECONDS (0 = no "
            "limit)");
  EXPECT_TRUE(layout_form(*fonts, test::sample_association(), *spec).ok());

  const fs::path pdf = dir_ / "form.pdf";
  std::ofstream(pdf) << "earlier good output";
  const auto report = write_form_pdf(*fonts, test::sample_association(), *spec, pdf, expired);
  EXPECT_TRUE(has_errors(report.diagnostics));
  std::ifstream in(pdf);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "earlier good output");
}

}  // namespace
}  // namespace siyasa
