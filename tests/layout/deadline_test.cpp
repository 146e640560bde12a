// The time bound per document: a layout given a deadline that has already expired fails with the
// time-limit error at the template line it had reached, writes nothing and keeps an earlier file;
// without a limit the same document lays out. Never a timing-based test: the deadlines here
// have expired before the call, or never expire.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>

#include "core/deadline.h"
#include "data/org.h"
#include "layout/document.h"
#include "layout/paragraph.h"
#include "pipeline/policy_pdf.h"
#include "template/policy.h"
#include "text/fonts.h"
#include "support/scratch.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const fs::path kRoot = SIYASA_SOURCE_DIR;

std::shared_ptr<const FontSet> fonts() {
  static auto loaded = load_fonts(kRoot / "fonts");
  return loaded.ok() ? *loaded : nullptr;
}

const OrgData& org() {
  static const auto loaded = load_org(kRoot / "orgs" / "kiswa.toml");
  return *loaded;
}

// Ended a second ago, standing for a limit of 60 s.
Deadline expired() { return Deadline::at(Deadline::Clock::now() - 1s, 60s); }

// A policy whose body starts on line 6 of its template: a paragraph, a heading, a list.
MergedPolicy policy() {
  MergedPolicy p;
  p.id = "timed";
  p.title = "سياسة الاختبار";
  p.template_file = "templates/policies/timed.md";
  p.body_first_line = 6;
  p.markdown = "تضع الجمعية هذه السياسة لتنظيم العمل.\n\n## الأهداف\n\n- الهدف الأول\n- الهدف الثاني\n";
  return p;
}

const char* kTimeLimitText =
    "error: the document took longer than 60 s, the limit per document; it was stopped here\n"
    "  hint: make the document smaller, or raise the limit with --time-limit SECONDS (0 = no limit)";

TEST(Deadline, OnlyALimitedDeadlineExpires) {
  EXPECT_FALSE(Deadline{}.limited());
  EXPECT_FALSE(Deadline{}.expired());
  EXPECT_FALSE(Deadline::after(0s).limited());  // --time-limit 0: no limit
  EXPECT_FALSE(Deadline::after(0s).expired());
  // What the clock cannot add is no limit rather than an overflow.
  EXPECT_FALSE(Deadline::after(Deadline::Seconds(1e12)).limited());
  EXPECT_FALSE(Deadline::after(Deadline::Seconds(std::numeric_limits<double>::quiet_NaN())).limited());
  EXPECT_FALSE(Deadline::after(Deadline::Seconds(-1)).limited());
  EXPECT_TRUE(Deadline::after(1h).limited());
  EXPECT_FALSE(Deadline::after(1h).expired());
  EXPECT_TRUE(expired().expired());
  EXPECT_EQ(expired().limit(), Deadline::Seconds(60));
}

TEST(Deadline, TheErrorNamesTheLimitAndHowToRaiseIt) {
  EXPECT_EQ(format_diagnostic(time_limit_error({"form.toml", 3, 1}, Deadline::at({}, 2.5s))),
            "form.toml:3:1: error: the document took longer than 2.5 s, the limit per document; "
            "it was stopped here\n"
            "  hint: make the document smaller, or raise the limit with --time-limit SECONDS (0 = no "
            "limit)");
}

TEST(DeadlineLayout, AnExpiredParagraphLayoutReturnsNoLines) {
  ASSERT_TRUE(fonts());
  ParagraphSpec spec;
  spec.spans = {StyledText{"تضع الجمعية هذه السياسة لتنظيم العمل.", {}}};
  spec.width = 300;
  EXPECT_TRUE(layout_paragraph(*fonts(), spec, expired()).lines.empty());
  EXPECT_EQ(layout_paragraph(*fonts(), spec).lines.size(), 1u);
}

TEST(DeadlineLayout, APolicyPastItsDeadlineFailsAtTheTemplateLineItReached) {
  ASSERT_TRUE(fonts());
  const auto timed_out = layout_policy_document(fonts(), org(), policy(), expired());
  ASSERT_FALSE(timed_out.ok());
  ASSERT_EQ(timed_out.diagnostics.size(), 1u);
  // The first block laid out is the body's first paragraph, on the template's line 6.
  EXPECT_EQ(format_diagnostic(timed_out.diagnostics[0]),
            std::string("templates/policies/timed.md:6:1: ") + kTimeLimitText);

  const auto unlimited = layout_policy_document(fonts(), org(), policy(), Deadline{});
  ASSERT_TRUE(unlimited.ok());
  EXPECT_GE(unlimited->pages.size(), 1u);
  const auto generous = layout_policy_document(fonts(), org(), policy(), Deadline::after(1h));
  EXPECT_TRUE(generous.ok());
}

TEST(DeadlineLayout, ABookletPastItsDeadlineFails) {
  ASSERT_TRUE(fonts());
  const std::vector<MergedPolicy> policies{policy(), policy()};
  const auto timed_out = layout_booklet_document(fonts(), org(), policies, expired());
  ASSERT_FALSE(timed_out.ok());
  ASSERT_EQ(timed_out.diagnostics.size(), 1u);
  EXPECT_NE(format_diagnostic(timed_out.diagnostics[0]).find(kTimeLimitText), std::string::npos);
  EXPECT_TRUE(layout_booklet_document(fonts(), org(), policies).ok());
}

TEST(DeadlineLayout, NothingIsWrittenAndTheEarlierFileIsKept) {
  ASSERT_TRUE(fonts());
  const fs::path dir = siyasa::test::scratch_folder("deadline");
  const fs::path pdf = dir / "timed.pdf";
  { std::ofstream(pdf) << "earlier good output"; }

  const auto report = build_policy_pdf(fonts(), org(), policy(), pdf, expired());
  EXPECT_TRUE(has_errors(report.diagnostics));
  EXPECT_EQ(report.pages, 0);
  std::ifstream in(pdf);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "earlier good output");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1);  // no temporary file left behind
  fs::remove_all(dir);
}

}  // namespace
}  // namespace siyasa
