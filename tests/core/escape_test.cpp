// The writers of quoted strings built on escape_bytes (core/markup.h): JSON strings here; the
// PDF's literal strings and names in tests/pdf/pdf_objects_test.cpp.
#include <gtest/gtest.h>

#include "core/json.h"
#include "core/markup.h"

namespace siyasa {
namespace {

TEST(JsonQuote, EscapesQuotesBackslashesAndControlCharactersAndKeepsArabic) {
  EXPECT_EQ(json_quote("سياسة \"أ\" \\ ب"), "\"سياسة \\\"أ\\\" \\\\ ب\"");
  EXPECT_EQ(json_quote("a\nb\rc\td"), "\"a\\nb\\rc\\td\"");
  EXPECT_EQ(json_quote(std::string_view("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\x7f\"");
  EXPECT_EQ(json_quote(""), "\"\"");
}

TEST(EscapeBytes, WritesTheReplacementsBetweenTheMarks) {
  const auto upper_x = [](unsigned char c) { return c == 'x' ? byte_code("<%02X>", c) : std::string(); };
  EXPECT_EQ(escape_bytes("axb", "[", "]", upper_x), "[a<78>b]");
  EXPECT_EQ(escape_bytes("", "", "", upper_x), "");
}

}  // namespace
}  // namespace siyasa
