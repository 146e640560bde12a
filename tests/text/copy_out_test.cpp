// End to end through an outside reader: paragraphs laid out by the engine, drawn to PDF by plain
// cairo_show_text_glyphs with the runs' text and clusters, read back with pdftotext. Every
// character must come back exactly once — no cluster loses or doubles text, tatweels added for
// kashida add none. The order is not compared: poppler orders characters by glyph position, and
// with plain cairo output it reads "١٢." as ".١٢", puts harakat before their letter and swaps
// crossing glyphs (Amiri's "سا" in السياسات); putting them in order is the PDF writer's job
// (src/pdf/cluster_order). Whitespace and invisible format characters are not compared either
// (poppler decides spaces from gaps and wraps RTL lines in embedding marks).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "cairo_draw.h"
#include "text/utf16.h"
#include "trace.h"

namespace siyasa::test {
namespace {

bool visible(char32_t c) {
  if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\f' || c == 0x00A0 || c == 0x00AD) return false;
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069))
    return false;
  return c != 0xFEFF;
}

// The visible characters, sorted.
std::u32string letters(const std::string& text) {
  std::u32string out;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = next_codepoint(text, i);
    if (visible(c)) out += c;
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string pdftotext(const std::filesystem::path& pdf) {
  std::string out;
  FILE* pipe = popen(("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").c_str(), "r");
  if (!pipe) return out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

void expect_copies_out(const std::string& text, double width, bool kashida) {
  ParagraphSpec spec;
  spec.spans.push_back({text, {FontRole::body, 12, false, ""}});
  spec.width = width;
  spec.kashida = kashida;
  ParagraphLayout layout = layout_paragraph(test_fonts(), spec);
  const auto pdf = std::filesystem::temp_directory_path() /
                   ("siyasa_copy_out_" + std::to_string(::getpid()) + ".pdf");
  ASSERT_TRUE(render_paragraph(test_fonts(), layout, width, 1, pdf));
  const std::string read = pdftotext(pdf);
  std::filesystem::remove(pdf);
  EXPECT_TRUE(letters(read) == letters(text))
      << "width " << width << (kashida ? " kashida" : "") << "\nread back: " << read;
}

TEST(CopyOut, ArabicParagraphsReadBackInLogicalOrder) {
  std::ifstream in(std::string(SIYASA_TEST_DATA) + "/text/data/paragraphs.txt");
  int n = 0;
  for (std::string line; std::getline(in, line) && n < 7; ++n) {  // the pure Arabic ones
    expect_copies_out(line, 300, false);
    expect_copies_out(line, 300, true);
  }
}

TEST(CopyOut, LamAlefHarakatAndNumbers) {
  expect_copies_out("لا إلا الإدارة العلاقة والمملكة", 400, false);
  expect_copies_out("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", 400, false);
  expect_copies_out("١٢. نص البند", 400, false);
}

}  // namespace
}  // namespace siyasa::test
