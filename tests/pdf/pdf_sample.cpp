// Test driver (not part of the siyasa CLI): lays out a plain-text policy (one paragraph a line,
// "- " and "١. " list markers dropped, lines ending in ':' taken as headings) with the text engine
// into pages — headings with bookmarks, a rule under each, a footer "صفحة ٢ من ٤" and a link —
// and writes it with the PDF writer. Beside the PDF it writes the logical text it laid out (for
// the copy-out scorer, tests/e2e/copyout_score.py) and, with --png, page 1 as a PNG.
//
//   pdf_sample [--fonts DIR] [--png OUT.png] [--image FILE.png] IN.txt OUT.pdf
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/atomic_write.h"
#include "layout/paged_document.h"
#include "layout/paragraph.h"
#include "pdf/pdf_writer.h"
#include "preview/png_page.h"
#include "text/fonts.h"

using namespace siyasa;

namespace {

constexpr double kMargin = 56, kBodySize = 13, kHeadingSize = 16;

struct Block {
  std::string text;
  bool heading = false;
};

// Paragraphs of the input: blank lines dropped, list markers taken off.
std::vector<Block> read_blocks(const std::string& file) {
  std::ifstream in(file);
  std::vector<Block> blocks;
  static const std::regex marker(R"(^\s*(-|[0-9]+[.)]|(\xD9[\xA0-\xA9])+[.)])\s*)");
  for (std::string line; std::getline(in, line);) {
    line = std::regex_replace(line, marker, "");
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty()) continue;
    const bool heading = line.back() == ':' && line.size() < 80;
    blocks.push_back({line, heading});
  }
  return blocks;
}

// The digits of n in Arabic-Indic.
std::string arabic_digits(int n) {
  static const char* digits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string s;
  for (char c : std::to_string(n)) s += digits[c - '0'];
  return s;
}

// A line's runs in the order of the text: readers that copy in drawing order (MuPDF) need them so.
std::vector<GlyphRun> logical_order(const Line& line) {
  std::vector<GlyphRun> runs = line.runs;
  std::stable_sort(runs.begin(), runs.end(),
                   [](const GlyphRun& a, const GlyphRun& b) { return a.text_offset < b.text_offset; });
  return runs;
}

class PageBuilder {
 public:
  PageBuilder(const FontSet& fonts, PagedDocument& doc) : fonts_(fonts), doc_(doc) { new_page(); }

  // Lays out one paragraph at the current position, breaking pages between lines.
  void add(const std::string& text, bool heading) {
    ParagraphSpec spec;
    spec.width = width();
    spec.align = heading ? Align::start : Align::justify;
    spec.spans.push_back({text, {heading ? FontRole::heading : FontRole::body,
                                 heading ? kHeadingSize : kBodySize, false, ""}});
    ParagraphLayout layout = layout_paragraph(fonts_, spec);
    if (heading && y_ + 4 * kHeadingSize > bottom()) new_page();
    if (heading)
      doc_.outline.push_back({text, 1, static_cast<int>(doc_.pages.size()) - 1, y_});
    for (const Line& line : layout.lines) {
      if (y_ + line.advance > bottom()) new_page();
      const double baseline =
          y_ + line.advance - (line.advance - line.ascent - line.descent) / 2 - line.descent;
      for (const GlyphRun& run : logical_order(line))
        page().items.push_back(TextItem{run, kMargin + run.x, baseline, {}});
      y_ += line.advance;
    }
    if (heading)
      page().items.push_back(RuleItem{kMargin, y_ + 2, kMargin + width(), y_ + 2, 0.6, {0.4, 0.4, 0.4}, false});
    y_ += kBodySize * 0.5;
  }

  // Footer on every page; a link back to the first page on every page after it.
  void finish() {
    const int count = static_cast<int>(doc_.pages.size());
    for (int i = 0; i < count; ++i) {
      ParagraphSpec spec;
      spec.width = width();
      spec.align = Align::center;
      spec.spans.push_back({"صفحة " + arabic_digits(i + 1) + " من " + arabic_digits(count),
                            {FontRole::body, 10, false, ""}});
      ParagraphLayout layout = layout_paragraph(fonts_, spec);
      Page& p = doc_.pages[i];
      const double baseline = p.height - kMargin / 2;
      for (const Line& line : layout.lines)
        for (const GlyphRun& run : logical_order(line))
          p.items.push_back(TextItem{run, kMargin + run.x, baseline, {0.3, 0.3, 0.3}});
      p.items.push_back(RuleItem{kMargin, baseline - 14, kMargin + width(), baseline - 14, 0.4, {}, true});
      p.items.push_back(LinkItem{kMargin, baseline - 12, width(), 16, "https://example.org/siyasa", -1, 0});
      if (i > 0) p.items.push_back(LinkItem{kMargin, kMargin - 20, 40, 16, "", 0, kMargin});
    }
  }

 private:
  double width() const { return page().width - 2 * kMargin; }
  double bottom() const { return page().height - kMargin - 24; }
  Page& page() { return doc_.pages.back(); }
  const Page& page() const { return doc_.pages.back(); }
  void new_page() {
    doc_.pages.emplace_back();
    y_ = kMargin;
  }

  const FontSet& fonts_;
  PagedDocument& doc_;
  double y_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::string fonts_dir = std::string(SIYASA_SOURCE_DIR) + "/fonts", png, image, in, out;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--fonts" && i + 1 < argc) fonts_dir = argv[++i];
    else if (a == "--png" && i + 1 < argc) png = argv[++i];
    else if (a == "--image" && i + 1 < argc) image = argv[++i];
    else if (in.empty()) in = a;
    else out = a;
  }
  if (in.empty() || out.empty()) {
    std::fprintf(stderr, "usage: pdf_sample [--fonts DIR] [--png OUT.png] [--image F.png] IN.txt OUT.pdf\n");
    return 2;
  }
  auto fonts = load_fonts(fonts_dir);
  if (!fonts.ok()) {
    for (const auto& d : fonts.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    return 1;
  }
  PagedDocument doc;
  doc.fonts = *fonts;
  doc.info = {"سياسة تنظيم العلاقة مع المستفيدين", "جمعية تجريبية", "سياسة", "سياسة، مستفيدين", "ar-SA",
              "2025-09-15"};
  std::vector<Block> blocks = read_blocks(in);
  std::string logical;
  PageBuilder builder(**fonts, doc);
  for (const Block& block : blocks) {
    builder.add(block.text, block.heading);
    logical += block.text + "\n";
  }
  builder.finish();
  if (!image.empty()) doc.pages[0].items.push_back(ImageItem{image, 56, 10, 80, 40});

  Diagnostics errors = write_pdf(doc, out);
  if (errors.empty()) errors = write_file_atomically(out + ".txt", logical);
  if (errors.empty() && !png.empty()) errors = write_png(doc, 0, 80, png);
  if (!errors.empty()) {
    std::fprintf(stderr, "pdf_sample: %s\n", format_diagnostic(errors.front()).c_str());
    return 1;
  }
  return 0;
}
