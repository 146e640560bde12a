// Test helper: cairo drawing of a ParagraphLayout (see cairo_draw.h).
#include "cairo_draw.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstdio>
#include <map>
#include <string>
#include <system_error>
#include <vector>

namespace siyasa::test {

namespace {

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

}  // namespace

bool render_paragraph(const FontSet& fonts, const ParagraphLayout& layout, double width,
                      double scale, const std::filesystem::path& out) {
  const bool pdf = out.extension() == ".pdf";
  const double margin = 20;
  const int w = static_cast<int>((width + 2 * margin) * scale);
  const int h = static_cast<int>((layout.height + 2 * margin) * scale);
  std::string error;
  cairo_surface_t* surface = nullptr;
  const std::filesystem::path tmp = out.string() + ".tmp";
  if (pdf) {
    surface = cairo_pdf_surface_create(tmp.c_str(), w, h);
  } else {
    surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  }
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0.85, 0.3, 0.3);  // the measure
  cairo_set_line_width(cr, 0.3);
  cairo_move_to(cr, margin, 0);
  cairo_line_to(cr, margin, h);
  cairo_move_to(cr, margin + width, 0);
  cairo_line_to(cr, margin + width, h);
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
  cairo_destroy(cr);
  if (!pdf && cairo_surface_write_to_png(surface, tmp.c_str()) != CAIRO_STATUS_SUCCESS)
    error = "cannot write PNG";
  cairo_surface_finish(surface);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) error = "cannot write the file";
  cairo_surface_destroy(surface);
  for (auto& [id, face] : faces) {
    cairo_font_face_destroy(face.second);
    FT_Done_Face(face.first);
  }
  FT_Done_FreeType(ft);
  std::error_code ec;
  if (error.empty()) std::filesystem::rename(tmp, out, ec);  // whole file or nothing
  if (!error.empty() || ec) {
    std::fprintf(stderr, "%s: %s\n", out.c_str(), error.empty() ? ec.message().c_str() : error.c_str());
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return ok;
}


}  // namespace siyasa::test
