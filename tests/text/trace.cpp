// Test helper: stage traces (see trace.h).
#include "trace.h"

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include "text/bidi.h"
#include "text/itemize.h"

namespace siyasa::test {

namespace {

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::abs(v) < 0.005 ? 0.0 : v);
  return buf;
}

BidiBase base_of(BaseDirection d) {
  return d == BaseDirection::ltr ? BidiBase::ltr
         : d == BaseDirection::rtl ? BidiBase::rtl : BidiBase::automatic;
}

}  // namespace

const FontSet& test_fonts() {
  static std::shared_ptr<const FontSet> fonts = [] {
    auto r = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
    if (!r.ok()) std::abort();
    return *r;
  }();
  return *fonts;
}

std::string trace_paragraph(const FontSet& fonts, const ParagraphSpec& spec) {
  std::ostringstream out;
  ParagraphLayout layout = layout_paragraph(fonts, spec);
  const std::string& text = layout.text;
  BidiParagraph bidi(text, base_of(spec.direction));
  out << "text: " << text << "\n";
  out << "base level: " << bidi.base_level() << "\n";
  std::vector<SpanFaces> faces{{0, text.size(), face_for_role(fonts, FontRole::body),
                                face_for_role(fonts, FontRole::latin)}};
  out << "items:\n";
  for (const ShapingItem& it : itemize(text, bidi.levels(), fonts, faces)) {
    out << "  [" << it.start << "," << it.end << ") level " << it.level << " " << it.script
        << " " << face_name(fonts, it.face) << " \"" << text.substr(it.start, it.end - it.start)
        << "\"\n";
  }
  for (std::size_t l = 0; l < layout.lines.size(); ++l) {
    const Line& line = layout.lines[l];
    out << "line " << l << ": width " << fixed(line.width)
        << (line.justified ? " justified" : "") << "\n";
    for (const GlyphRun& run : line.runs) {
      const double upem = face_file(fonts, run.face).units_per_em;
      out << "  run x=" << fixed(run.x) << " " << (run.rtl ? "rtl" : "ltr") << " "
          << face_name(fonts, run.face) << " [" << run.text_offset << ","
          << run.text_offset + run.text.size() << ") \"" << run.text << "\"\n    ";
      for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
        const PositionedGlyph& pg = run.glyphs[g];
        out << (g ? "|" : "[") << glyph_name(fonts, run.face, pg.glyph) << "=" << pg.cluster
            << "+" << std::lround(pg.advance / run.size * upem);
      }
      out << "]\n";
    }
  }
  for (const Diagnostic& d : layout.warnings) out << "warning: " << d.message << "\n";
  return out.str();
}

std::string check_clusters(const ParagraphLayout& layout) {
  std::ostringstream problems;
  std::vector<int> owner(layout.text.size(), 0);
  for (std::size_t l = 0; l < layout.lines.size(); ++l) {
    for (const GlyphRun& run : layout.lines[l].runs) {
      if (layout.text.compare(run.text_offset, run.text.size(), run.text) != 0)
        problems << "line " << l << ": run text is not the paragraph's text at its offset\n";
      // Logical order of the glyphs: clusters must never go down, must start at 0.
      std::vector<std::uint32_t> logical;
      for (std::size_t k = 0; k < run.glyphs.size(); ++k)
        logical.push_back(run.glyphs[run.rtl ? run.glyphs.size() - 1 - k : k].cluster);
      if (!run.text.empty() && (logical.empty() || logical.front() != 0))
        problems << "line " << l << ": first cluster of \"" << run.text << "\" is not 0\n";
      for (std::size_t k = 1; k < logical.size(); ++k)
        if (logical[k] < logical[k - 1])
          problems << "line " << l << ": clusters out of order in \"" << run.text << "\"\n";
      for (std::uint32_t c : logical)
        if (c >= run.text.size()) problems << "line " << l << ": cluster past the text\n";
      for (std::size_t b = 0; b < run.text.size(); ++b) owner.at(run.text_offset + b)++;
    }
  }
  for (std::size_t b = 0; b < owner.size(); ++b)
    if (owner[b] != 1) problems << "byte " << b << " is in " << owner[b] << " runs\n";
  return problems.str();
}

}  // namespace siyasa::test
