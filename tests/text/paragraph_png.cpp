// Demo (not part of the siyasa CLI): lays out one paragraph with the text engine and draws it to
// a PNG with cairo, so a person can look at shaping, harakat, bidi order and justification.
// It draws through cairo_show_text_glyphs with the runs' clusters, as the PDF writer does, and
// fails when cairo rejects the cluster mapping.
//
//   paragraph_png [--width PT] [--size PT] [--align start|end|center|justify] [--kashida]
//                 [--greedy] [--ltr] [--bold] [--heading] [--fonts DIR] [--scale N]
//                 (--text TEXT | --file FILE) -o OUT.png
// Text between two '*' is set bold, as in Markdown.
#include <cairo-ft.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/atomic_write.h"
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

// cairo's cluster array for one run: logical order, bytes and glyphs per cluster.
std::vector<cairo_text_cluster_t> clusters_of(const GlyphRun& run) {
  std::vector<cairo_text_cluster_t> out;
  const int n = static_cast<int>(run.glyphs.size());
  std::vector<std::uint32_t> starts;
  for (int k = 0; k < n; ++k) {
    const PositionedGlyph& g = run.glyphs[run.rtl ? n - 1 - k : k];
    if (starts.empty() || starts.back() != g.cluster) {
      starts.push_back(g.cluster);
      out.push_back({0, 0});
    }
    out.back().num_glyphs++;
  }
  for (std::size_t c = 0; c < out.size(); ++c) {
    std::uint32_t end = c + 1 < starts.size() ? starts[c + 1] : run.text.size();
    out[c].num_bytes = static_cast<int>(end - starts[c]);
  }
  return out;
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

// Draws one run as the PDF writer does: glyphs + the run's text + clusters. Returns false when
// cairo rejects the cluster mapping.
bool draw_run(cairo_t* cr, const GlyphRun& run, double left, double baseline) {
  cairo_set_font_size(cr, run.size);
  cairo_set_source_rgb(cr, run.link.empty() ? 0 : 0.1, 0, run.link.empty() ? 0 : 0.6);
  std::vector<cairo_glyph_t> glyphs;
  for (const PositionedGlyph& g : run.glyphs)
    glyphs.push_back({g.glyph, left + run.x + g.x, baseline + g.y});
  std::vector<cairo_text_cluster_t> clusters = clusters_of(run);
  cairo_show_text_glyphs(cr, run.text.data(), static_cast<int>(run.text.size()), glyphs.data(),
                         static_cast<int>(glyphs.size()), clusters.data(),
                         static_cast<int>(clusters.size()),
                         run.rtl ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0));
  if (cairo_status(cr) == CAIRO_STATUS_SUCCESS) return true;
  std::fprintf(stderr, "cairo: %s\n", cairo_status_to_string(cairo_status(cr)));
  return false;
}

int render_png(const FontSet& fonts, const ParagraphLayout& layout, const Options& o) {
  const double margin = 20;
  const int w = static_cast<int>((o.width + 2 * margin) * o.scale);
  const int h = static_cast<int>((layout.height + 2 * margin) * o.scale);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, o.scale, o.scale);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0.85, 0.3, 0.3);  // the measure
  cairo_set_line_width(cr, 0.3);
  cairo_move_to(cr, margin, 0);
  cairo_line_to(cr, margin, h);
  cairo_move_to(cr, margin + o.width, 0);
  cairo_line_to(cr, margin + o.width, h);
  cairo_stroke(cr);

  FT_Library ft;
  FT_Init_FreeType(&ft);
  std::map<FaceId, std::pair<FT_Face, cairo_font_face_t*>> faces;
  bool ok = true;
  double y = margin;
  for (const Line& line : layout.lines) {
    // the line's ascent + descent centred in its advance
    const double baseline = y + (line.advance + line.ascent - line.descent) / 2;
    for (const GlyphRun& run : line.runs) {
      if (!faces.count(run.face)) {
        const FaceFile& file = face_file(fonts, run.face);
        FT_Face f = nullptr;
        FT_New_Face(ft, file.file.c_str(), file.index, &f);
        faces[run.face] = {f, cairo_ft_font_face_create_for_ft_face(f, 0)};
      }
      cairo_set_font_face(cr, faces[run.face].second);
      ok = draw_run(cr, run, margin, baseline) && ok;
    }
    y += line.advance;
  }
  std::string error = write_file_atomically_with(o.out, [&](const std::filesystem::path& tmp) {
    return cairo_surface_write_to_png(surface, tmp.c_str()) == CAIRO_STATUS_SUCCESS
               ? std::string{} : std::string("cannot write PNG");
  });
  if (!error.empty()) std::fprintf(stderr, "%s: %s\n", o.out.c_str(), error.c_str());
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  for (auto& [id, face] : faces) {
    cairo_font_face_destroy(face.second);
    FT_Done_Face(face.first);
  }
  FT_Done_FreeType(ft);
  return ok && error.empty() ? 0 : 1;
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
  return render_png(**fonts, layout, o);
}
