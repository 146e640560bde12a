#include "core/diagnostic.h"

#include <gtest/gtest.h>

namespace siyasa {
namespace {

TEST(Diagnostic, FormatsFileLineColumnAndHint) {
  auto d = make_error({"orgs/kiswa.toml", 12, 7}, "unknown key 'nmae'", "did you mean 'name'?");
  EXPECT_EQ(format_diagnostic(d),
            "orgs/kiswa.toml:12:7: error: unknown key 'nmae'\n  hint: did you mean 'name'?");
}

TEST(Diagnostic, LeavesOutUnknownLineAndColumn) {
  EXPECT_EQ(format_diagnostic(make_error({"fonts/fonts.toml", 0, 0}, "cannot read")),
            "fonts/fonts.toml: error: cannot read");
  EXPECT_EQ(format_diagnostic(make_error({"a.md", 3, 0}, "x")), "a.md:3: error: x");
}

TEST(Diagnostic, HasErrorsIgnoresWarnings) {
  Diagnostics ds{Diagnostic{Severity::warning, {"a", 1, 1}, "w", ""}};
  EXPECT_FALSE(has_errors(ds));
  ds.push_back(make_error({"a", 1, 1}, "e"));
  EXPECT_TRUE(has_errors(ds));
}

}  // namespace
}  // namespace siyasa
