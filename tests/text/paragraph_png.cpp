// Demo (not part of the siyasa CLI): lays out one paragraph with the text engine and draws it to
// a PNG (or a PDF when OUT ends in .pdf) with cairo, so a person can look at shaping, harakat,
// bidi order and justification.
// It draws through cairo_show_text_glyphs with the runs' clusters, as the PDF writer does, and
// fails when cairo rejects the cluster mapping.
//
//   paragraph_png [--width PT] [--size PT] [--align start|end|center|justify] [--kashida]
//                 [--greedy] [--ltr] [--bold] [--heading] [--fonts DIR] [--scale N]
//                 (--text TEXT | --file FILE) -o OUT.png|OUT.pdf
// Text between two '*' is set bold, as in Markdown.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cairo_draw.h"
#include "layout/paragraph.h"
#include "text/fonts.h"

using namespace siyasa;

namespace {

struct Options {
  double width = 360, size = 16, scale = 2;
  Align align = Align::justify;
  bool kashida = false, greedy = false, ltr = false, bold = false;
  FontRole role = FontRole::body;
  std::string fonts = std::string(SIYASA_SOURCE_DIR) + "/fonts";
  std::string text, out;
};

bool parse(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--width") o.width = std::stod(next());
    else if (a == "--size") o.size = std::stod(next());
    else if (a == "--scale") o.scale = std::stod(next());
    else if (a == "--kashida") o.kashida = true;
    else if (a == "--greedy") o.greedy = true;
    else if (a == "--ltr") o.ltr = true;
    else if (a == "--bold") o.bold = true;
    else if (a == "--heading") o.role = FontRole::heading;
    else if (a == "--fonts") o.fonts = next();
    else if (a == "--text") o.text = next();
    else if (a == "--file") {
      std::ifstream in(next());
      std::stringstream ss;
      ss << in.rdbuf();
      o.text = ss.str();
      while (!o.text.empty() && (o.text.back() == '\n' || o.text.back() == ' ')) o.text.pop_back();
    } else if (a == "-o") o.out = next();
    else if (a == "--align") {
      std::string v = next();
      o.align = v == "start" ? Align::start : v == "end" ? Align::end
              : v == "center" ? Align::center : Align::justify;
    } else return false;
  }
  return !o.text.empty() && !o.out.empty();
}

ParagraphSpec spec_of(const Options& o) {
  ParagraphSpec spec;
  spec.width = o.width;
  spec.align = o.align;
  spec.kashida = o.kashida;
  spec.total_fit = !o.greedy;
  spec.direction = o.ltr ? BaseDirection::ltr : BaseDirection::rtl;
  // Text between two '*' is one bold span, as in Markdown.
  bool bold = o.bold;
  std::size_t from = 0;
  while (from <= o.text.size()) {
    std::size_t star = o.text.find('*', from);
    std::string part = o.text.substr(from, star == std::string::npos ? std::string::npos : star - from);
    if (!part.empty()) spec.spans.push_back({part, {o.role, o.size, bold, ""}});
    if (star == std::string::npos) break;
    bold = !bold;
    from = star + 1;
  }
  return spec;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse(argc, argv, o)) {
    std::fprintf(stderr, "usage: paragraph_png [--width PT] [--size PT] [--align A] [--kashida] "
                         "[--greedy] [--ltr] [--bold] [--heading] [--fonts DIR] (--text T | --file F) "
                         "-o OUT.png\n");
    return 2;
  }
  auto fonts = load_fonts(o.fonts);
  if (!fonts.ok()) {
    for (const auto& d : fonts.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    return 1;
  }
  ParagraphLayout layout = layout_paragraph(**fonts, spec_of(o));
  for (const auto& d : layout.warnings) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  return test::render_paragraph(**fonts, layout, o.width, o.scale, o.out) ? 0 : 1;
}
