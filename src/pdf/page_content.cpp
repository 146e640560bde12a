#include "pdf/page_content.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "pdf/png_image.h"

namespace siyasa {

namespace {

double rounded(double value, double unit) { return std::round(value / unit) * unit; }

void append_color(std::string& out, const Color& c, const char* op) {
  append_number(out, c.r);
  out += ' ';
  append_number(out, c.g);
  out += ' ';
  append_number(out, c.b);
  out += op;
}

void append_numbers(std::string& out, std::initializer_list<double> values) {
  for (double v : values) {
    append_number(out, v);
    out += ' ';
  }
}

// Writes one run's glyphs inside BT ... ET, left to right in one TJ array (cluster_order.h).
// After each glyph the reader's pen moves by its code's /W width; each glyph's code is chosen
// with the width that takes the pen to the next glyph (font_embed.h), so a number in the array
// is needed only where the font cannot alias, around marks, which have no width of their own,
// and after a glyph whose code overlaps the next (`overlaps_next`, kOverlap). A glyph with an
// origin of its own (`own_origin`) starts a new TJ at a Tm of its own. A glyph off the
// baseline is raised with Ts. The pen is followed exactly as the reader will compute it from
// the rounded numbers, so errors do not add up. Glyphs without text are drawn as outlines
// after ET (`outlines`).
class TextWriter {
 public:
  // How far an overlapping code's width reaches past the next glyph, in thousandths of an em:
  // MuPDF takes less than 150 for the pen's own place, and pdf.js ends a piece of text where
  // the pen moves back more than 200.
  static constexpr double kOverlap = 175;

  TextWriter(std::string& out, EmbeddedFont& font, double size, double page_height)
      : out_(out), font_(font), size_(size), page_height_(page_height) {}

  void write(const std::vector<WrittenGlyph>& glyphs, double baseline,
             std::vector<const WrittenGlyph*>& outlines) {
    baseline_ = rounded(page_height_ - baseline, 0.001);
    for (const WrittenGlyph& g : glyphs)
      if (g.x != kAtPen) {
        start_x_ = g.x;
        break;
      }
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
      const WrittenGlyph& glyph = glyphs[i];
      if (glyph.text.empty()) {
        outlines.push_back(&glyph);
        continue;
      }
      std::optional<double> width;
      if (glyph.mark) {
        width = 0;
      } else {
        std::size_t next = i + 1;
        while (next < glyphs.size() && (glyphs[next].text.empty() || glyphs[next].mark)) ++next;
        if (next < glyphs.size())
          width = (glyphs[next].x - glyph.x) * 1000 / size_ + (glyph.overlaps_next ? kOverlap : 0);
      }
      show(glyph, font_.code(glyph.index, glyph.text, width));
    }
  }

  void finish() {
    close_array();
    if (rise_ != 0) out_ += "0 Ts\n";
  }

 private:
  void show(const WrittenGlyph& glyph, const EmbeddedFont::Code& code) {
    const double x = glyph.x;  // kAtPen: wherever the pen is
    if (!positioned_ || (glyph.own_origin && x != kAtPen)) {
      close_array();
      x_ = rounded(x == kAtPen ? start_x_ : x, 0.001);
      out_ += "1 0 0 1 ";
      append_numbers(out_, {x_, baseline_});
      out_ += "Tm\n";
      positioned_ = true;
    }
    const double rise = glyph.x == kAtPen ? rise_ : rounded(page_height_ - glyph.y - baseline_, 0.001);
    if (std::abs(rise - rise_) > 1e-9) {
      close_array();
      append_number(out_, rise);
      out_ += " Ts\n";
      rise_ = rise;
    }
    if (!array_open_) {
      out_ += '[';
      array_open_ = true;
      hex_open_ = false;
    }
    // Half a thousandth of an em is below any reader's eye: no number for less.
    const double adjust = x == kAtPen ? 0 : rounded((x_ - x) * 1000 / size_, 0.01);
    if (std::abs(adjust) >= 0.5) {
      if (hex_open_) out_ += '>';
      append_number(out_, adjust, 2);
      x_ -= adjust * size_ / 1000;
      hex_open_ = false;
    }
    if (!hex_open_) out_ += '<';
    static const char hex[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out_ += hex[(code.code >> shift) & 0xF];
    hex_open_ = true;
    x_ += code.width * size_ / 1000;
  }

  void close_array() {
    if (!array_open_) return;
    if (hex_open_) out_ += '>';
    out_ += "] TJ\n";
    array_open_ = hex_open_ = false;
  }

  std::string& out_;
  EmbeddedFont& font_;
  const double size_, page_height_;
  bool positioned_ = false, array_open_ = false, hex_open_ = false;
  double x_ = 0, baseline_ = 0, rise_ = 0;  // the reader's pen, in page coordinates
  double start_x_ = 0;                      // where the first glyph that has a place stands
};

// Glyphs that carry no text (a tatweel the font inserts, a piece of a letter) are drawn as their
// outlines, which no reader takes for text, into `outlines`: the caller draws them after the
// line's stretch of text, because pdf.js ends a piece of text at every XObject, and a piece ended
// inside a line comes out in the order written, left to right.
std::optional<Diagnostic> write_text(std::string& out, std::string& outlines, const TextItem& item,
                                     double page_height, DocumentResources& resources) {
  const GlyphRun& run = item.run;
  if (run.glyphs.empty()) return {};
  std::optional<Diagnostic> error;
  DocumentResources::Font* font = resources.font(run.face, error);
  if (!font) return error;
  EmbeddedFont& embedded = *font->font;
  ArrangeOptions options;
  options.own_character = [&](std::uint32_t glyph) { return embedded.own_character(glyph); };
  options.is_tatweel = [&](std::uint32_t glyph) { return embedded.is_tatweel(glyph); };
  options.phantom = embedded.inkless();

  const double size = rounded(run.size, 0.001);  // as the reader gets it from Tf
  const std::vector<WrittenGlyph> glyphs = arrange_run(run, item.x, item.y, options);
  std::vector<const WrittenGlyph*> drawn;  // as outlines
  if (std::any_of(glyphs.begin(), glyphs.end(), [](const WrittenGlyph& g) { return !g.text.empty(); })) {
    out += "BT\n/" + font->name + ' ';
    append_number(out, size);
    out += " Tf ";
    append_color(out, item.color, " rg\n");
    TextWriter writer(out, embedded, size, page_height);
    writer.write(glyphs, item.y, drawn);
    writer.finish();
    out += "ET\n";
  } else {
    for (const WrittenGlyph& g : glyphs) drawn.push_back(&g);
  }
  bool colored = false;
  for (const WrittenGlyph* glyph : drawn) {
    const std::string* name = resources.outline(*font, glyph->index);
    if (!name) continue;
    if (!colored) append_color(outlines, item.color, " rg\n");
    colored = true;
    outlines += "q ";
    append_numbers(outlines, {size / 1000, 0, 0, size / 1000, glyph->x, page_height - glyph->y});
    outlines += "cm /" + *name + " Do Q\n";
  }
  return {};
}

void write_rule(std::string& out, const RuleItem& rule, double page_height) {
  out += "q ";
  append_color(out, rule.color, " RG ");
  append_number(out, rule.width);
  out += " w ";
  if (rule.dashed) {
    out += '[';
    append_numbers(out, {rule.width * 4, rule.width * 3});
    out += "] 0 d ";
  }
  append_numbers(out, {rule.x1, page_height - rule.y1});
  out += "m ";
  append_numbers(out, {rule.x2, page_height - rule.y2});
  out += "l S Q\n";
}

void write_box(std::string& out, const BoxItem& box, double page_height) {
  const bool stroke = box.stroke > 0;
  if (!box.fill && !stroke) return;
  out += "q ";
  if (box.fill) append_color(out, *box.fill, " rg ");
  if (stroke) {
    append_color(out, box.stroke_color, " RG ");
    append_number(out, box.stroke);
    out += " w ";
  }
  append_numbers(out, {box.x, page_height - box.y - box.h, box.w, box.h});
  out += box.fill ? (stroke ? "re B Q\n" : "re f Q\n") : "re S Q\n";
}

std::optional<Diagnostic> write_image(std::string& out, const ImageItem& item, double page_height,
                                      DocumentResources& resources) {
  std::optional<Diagnostic> error;
  const DocumentResources::Image* image = resources.image(item.file, error);
  if (!image) return error;
  const double w = image->width, h = image->height;
  if (w <= 0 || h <= 0 || item.w <= 0 || item.h <= 0) return {};
  // Fit inside the box, aspect ratio kept, centred.
  const double scale = std::min(item.w / w, item.h / h);
  const double x = item.x + (item.w - w * scale) / 2;
  const double y = item.y + (item.h - h * scale) / 2;
  out += "q ";
  append_numbers(out, {w * scale, 0, 0, h * scale, x, page_height - y - h * scale});
  out += "cm /" + image->name + " Do Q\n";
  return {};
}

}  // namespace

DocumentResources::DocumentResources(PdfObjects& pdf, FaceLookup lookup)
    : pdf_(pdf), lookup_(std::move(lookup)), id_(pdf.reserve()) {}

DocumentResources::Font* DocumentResources::font(FaceId face, std::optional<Diagnostic>& error) {
  if (auto found = fonts_.find(face); found != fonts_.end()) return &found->second;
  Result<std::unique_ptr<EmbeddedFont>> embedded = EmbeddedFont::open(lookup_(face));
  if (!embedded.ok()) {
    error = embedded.diagnostics.front();
    return nullptr;
  }
  Font font{"F" + std::to_string(fonts_.size() + 1), std::move(*embedded), pdf_.reserve()};
  return &fonts_.emplace(face, std::move(font)).first->second;
}

const DocumentResources::Image* DocumentResources::image(const std::filesystem::path& file,
                                                         std::optional<Diagnostic>& error) {
  if (auto found = images_.find(file); found != images_.end()) return &found->second;
  Result<std::shared_ptr<const PdfImageData>> read = pdf_image_data(file);
  if (!read.ok()) {
    error = read.diagnostics.front();
    return nullptr;
  }
  const PdfImageData& pixels = **read;
  const std::string size = " /Width " + std::to_string(pixels.width) + " /Height " +
                           std::to_string(pixels.height) + " /BitsPerComponent 8";
  const int id = pdf_.reserve();
  std::string entries = "/Type /XObject /Subtype /Image" + size + " /ColorSpace " +
                        (pixels.gray ? "/DeviceGray" : "/DeviceRGB") + " /Interpolate true";
  if (!pixels.alpha.empty()) {
    const int mask = pdf_.reserve();
    pdf_.set_deflated_stream(mask, "/Type /XObject /Subtype /Image" + size + " /ColorSpace /DeviceGray",
                             pixels.alpha);
    entries += " /SMask " + ref(mask);
  }
  pdf_.set_deflated_stream(id, entries, pixels.samples);
  Image image{"Im" + std::to_string(images_.size() + 1), pixels.width, pixels.height, id};
  return &images_.emplace(file, image).first->second;
}

const std::string* DocumentResources::outline(const Font& font, std::uint32_t glyph) {
  auto [at, fresh] = outlines_.try_emplace({font.id, glyph});
  Outline& outline = at->second;
  if (fresh) {
    const std::string path = font.font->outline(glyph);
    if (!path.empty()) {
      outline.name = "G" + std::to_string(outlines_.size());
      outline.id = pdf_.reserve();
      pdf_.set_stream(outline.id, "/Type /XObject /Subtype /Form /BBox [-4000 -4000 4000 4000]", path + "f\n");
    }
  }
  return outline.name.empty() ? nullptr : &outline.name;
}

std::optional<Diagnostic> DocumentResources::finish() {
  std::string dictionary = "<< /ProcSet [/PDF /Text /ImageB /ImageC]";
  if (!fonts_.empty()) {
    dictionary += " /Font <<";
    for (const auto& [face, font] : fonts_) {
      if (std::optional<Diagnostic> error = font.font->write(pdf_, font.id)) return error;
      dictionary += " /" + font.name + " " + ref(font.id);
    }
    dictionary += " >>";
  }
  std::string xobjects;
  for (const auto& [file, image] : images_) xobjects += " /" + image.name + " " + ref(image.id);
  for (const auto& [key, outline] : outlines_)
    if (!outline.name.empty()) xobjects += " /" + outline.name + " " + ref(outline.id);
  if (!xobjects.empty()) dictionary += " /XObject <<" + xobjects + " >>";
  pdf_.set(id_, dictionary + " >>");
  return {};
}

namespace {

// Opens and closes marked-content sequences: one per stretch of items of one element, and one
// /Artifact around each stretch of untagged items.
class Marker {
 public:
  Marker(std::string& out, StructureTree& tree, std::size_t page) : out_(out), tree_(tree), page_(page) {}

  // Before drawing items of `element` (-1: artifacts), the first of them in the page's order
  // being `first_item`. `go_on`: an open sequence of the same element takes them too (the
  // boxes of a picture).
  void begin(int element, std::size_t first_item, bool go_on = false) {
    if (go_on && open_ && element == element_) return;
    if (element < 0) {
      if (!artifact_) {
        end();
        out_ += "/Artifact BMC\n";
        artifact_ = true;
      }
      return;
    }
    end();
    const StructureTree::Mark mark = tree_.mark(page_, first_item, element);
    out_ += '/' + mark.type + " <</MCID " + std::to_string(mark.mcid) + ">> BDC\n";
    open_ = true;
    element_ = element;
  }
  // Closes what is open.
  void end() {
    if (artifact_ || open_) out_ += "EMC\n";
    artifact_ = open_ = false;
  }

 private:
  std::string& out_;
  StructureTree& tree_;
  std::size_t page_;
  bool artifact_ = false, open_ = false;
  int element_ = -1;  // of the open sequence
};

// The page's text items line by line from the top, each line left to right: readers build lines
// from what comes one after another, and take a move to the left for the end of a piece of text
// (pdf.js then joins the next piece to it without a space). Indices into page.items.
std::vector<std::vector<std::size_t>> text_in_lines(const Page& page) {
  std::vector<std::size_t> items;  // indices of the TextItems
  for (std::size_t k = 0; k < page.items.size(); ++k)
    if (std::holds_alternative<TextItem>(page.items[k])) items.push_back(k);
  auto text = [&page](std::size_t k) -> const TextItem& { return std::get<TextItem>(page.items[k]); };
  std::stable_sort(items.begin(), items.end(), [&](std::size_t a, std::size_t b) { return text(a).y < text(b).y; });
  std::vector<int> line(items.size(), 0);
  for (std::size_t i = 1, start = 0; i < items.size(); ++i) {
    // Baselines closer than half the smaller size are one line.
    const TextItem &here = text(items[i]), &first = text(items[start]);
    if (here.y - first.y > 0.5 * std::min(here.run.size, first.run.size)) start = i;
    line[i] = static_cast<int>(start);
  }
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return line[a] != line[b] ? line[a] < line[b] : text(items[a]).x < text(items[b]).x;
  });
  std::vector<std::vector<std::size_t>> lines;
  for (std::size_t n = 0; n < order.size(); ++n) {
    if (n == 0 || line[order[n]] != line[order[n - 1]]) lines.emplace_back();
    lines.back().push_back(items[order[n]]);
  }
  return lines;
}

// The room between two runs of one line, in either order.
double gap_between(const TextItem& a, const TextItem& b) {
  return std::max(b.x - (a.x + a.run.width), a.x - (b.x + b.run.width));
}

// Whether the run shows a space at its left or right end (a right-to-left run's text ends at
// its left).
bool space_at(const TextItem& item, bool left) {
  const std::string& text = item.run.text;
  if (text.empty()) return false;
  return (left == item.run.rtl ? text.back() : text.front()) == ' ';
}

// Between two runs of a right-to-left line, written right to left, where the line shows room
// but neither run a space (a list's number and its text, the cells of a table row, a form's
// label and its field): an inkless space glyph a hundredth of an em wide, carrying RIGHT-TO-LEFT
// MARK and SPACE, at the right end of the left run (in the middle of the room, it joined a table's
// columns for poppler). pdf.js starts a new piece of text where the pen moves left and puts no
// space between pieces; every other reader finds the room itself (the mark first: pdf.js
// skips a glyph whose text begins with white space).
std::optional<Diagnostic> write_space(std::string& out, const TextItem& a, const TextItem& b,
                                      double page_height, DocumentResources& resources) {
  const TextItem& left = a.x > b.x ? b : a;
  std::optional<Diagnostic> error;
  DocumentResources::Font* font = resources.font(left.run.face, error);
  if (!font) return error;
  const std::optional<std::uint32_t> inkless = font->font->inkless();
  if (!inkless) return {};
  const double size = rounded(left.run.size, 0.001);
  const EmbeddedFont::Code code = font->font->code(*inkless, U"\u200F ", 10);
  out += "BT\n/" + font->name + ' ';
  append_number(out, size);
  out += " Tf 1 0 0 1 ";
  append_numbers(out, {rounded(left.x + left.run.width, 0.001), rounded(page_height - left.y, 0.001)});
  out += "Tm\n[<";
  static const char hex[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex[(code.code >> shift) & 0xF];
  out += ">] TJ\nET\n";
  return {};
}

bool needs_space(const TextItem& a, const TextItem& b) {
  const TextItem &right = a.x > b.x ? a : b, &left = a.x > b.x ? b : a;
  return !space_at(right, true) && !space_at(left, false) &&
         gap_between(a, b) > 0.1 * std::max(a.run.size, b.run.size);
}

// One line's items split where their element changes, and at a gap wider than 0.6 em (a tick
// box, a contents leader), left to right as the line is written. pdf.js ends a piece of text at
// every marked-content operator, and at a gap wider than 0.6 em, and puts each piece's
// characters in order alone, so a line is split only where it must be or where pdf.js splits it
// anyway (a list's marker, 0.3 em from its text, stays in the piece of its first line). A wide
// gap inside a sequence would join the words on both sides for a reader of the tags.
std::vector<std::vector<std::size_t>> stretches(const Page& page, const std::vector<std::size_t>& line,
                                                const StructureTree& tree, std::size_t page_index) {
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t n = 0; n < line.size(); ++n) {
    bool split = n == 0 || tree.element(page_index, line[n]) != tree.element(page_index, line[n - 1]);
    if (!split) {
      const TextItem& before = std::get<TextItem>(page.items[line[n - 1]]);
      const TextItem& here = std::get<TextItem>(page.items[line[n]]);
      split = gap_between(before, here) > 0.6 * std::max(before.run.size, here.run.size);
    }
    if (split) out.emplace_back();
    out.back().push_back(line[n]);
  }
  return out;
}

}  // namespace

// Rules, boxes and images first, in the page's order, then the text above them (text_in_lines).
std::string page_content(const Page& page, std::size_t page_index, DocumentResources& resources,
                         StructureTree& tree, std::optional<Diagnostic>& error) {
  std::string out;
  Marker marker(out, tree, page_index);
  for (std::size_t k = 0; k < page.items.size(); ++k) {
    const PageItem& item = page.items[k];
    if (std::holds_alternative<LinkItem>(item) || std::holds_alternative<TextItem>(item)) continue;
    marker.begin(tree.element(page_index, k), k, true);
    if (auto* rule = std::get_if<RuleItem>(&item))
      write_rule(out, *rule, page.height);
    else if (auto* box = std::get_if<BoxItem>(&item))
      write_box(out, *box, page.height);
    else if (auto* image = std::get_if<ImageItem>(&item))
      error = write_image(out, *image, page.height, resources);
    if (error) return {};
  }
  for (std::vector<std::size_t> line : text_in_lines(page)) {
    // A right-to-left line is written in reading order (each run still left to right): its
    // runs right to left, but neighbouring left-to-right runs left to right, each run a
    // marked-content sequence of its own. MuPDF turns a stretch of right-to-left characters
    // around where it stands and takes digits for left to right, and a reader of the tags gets
    // each sequence's characters in drawing order, so runs given left to right read in the wrong
    // order there.
    const bool rtl = std::any_of(line.begin(), line.end(), [&](std::size_t k) {
      return std::get<TextItem>(page.items[k]).run.rtl;
    });
    if (rtl) std::reverse(line.begin(), line.end());
    auto pieces = stretches(page, line, tree, page_index);
    const TextItem* before = nullptr;
    for (auto& stretch : pieces) {
      if (rtl) {  // neighbouring left-to-right runs ("@", "example_org") go left to right
        for (auto from = stretch.begin(); from != stretch.end();) {
          const auto is_ltr = [&](std::size_t k) { return !std::get<TextItem>(page.items[k]).run.rtl; };
          if (!is_ltr(*from)) {
            ++from;
            continue;
          }
          auto to = std::find_if_not(from, stretch.end(), is_ltr);
          std::reverse(from, to);
          from = to;
        }
      }
      std::string outlines;
      for (std::size_t n = 0; n < stretch.size(); ++n) {
        const std::size_t k = stretch[n];
        const TextItem& item = std::get<TextItem>(page.items[k]);
        if (rtl && before && needs_space(*before, item)) {
          marker.begin(-1, k);  // room, not text of an element: an artifact
          error = write_space(out, *before, item, page.height, resources);
          if (error) return {};
        }
        if (rtl || n == 0)
          marker.begin(tree.element(page_index, k), rtl ? k : *std::min_element(stretch.begin(), stretch.end()));
        error = write_text(out, outlines, item, page.height, resources);
        if (error) return {};
        before = &item;
      }
      out += outlines;
    }
  }
  marker.end();
  return out;
}

}  // namespace siyasa
