#include "pdf/page_content.h"

#include <algorithm>
#include <cmath>

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

// Writes one run's clusters inside BT ... ET. Glyphs go into TJ arrays: after each glyph the
// reader's pen moves by the glyph's /W width, and a number in the array moves it to where the
// next glyph really is; a glyph off the baseline starts a new text matrix. The pen is followed
// exactly as the reader will compute it from the rounded numbers, so errors do not add up.
class TextWriter {
 public:
  TextWriter(std::string& out, EmbeddedFont& font, double size, double page_height)
      : out_(out), font_(font), size_(size), page_height_(page_height) {}

  void write(std::string_view text, std::span<const PlacedGlyph> glyphs) {
    const bool actual = !copies_as(text, glyphs);
    if (actual) {
      close_array();
      out_ += "/Span << /ActualText " + pdf_text_string(text) + " >> BDC\n";
    }
    for (const PlacedGlyph& glyph : glyphs) show(glyph);
    if (actual) {
      close_array();
      out_ += "EMC\n";
    }
  }

  void finish() { close_array(); }

 private:
  // Whether the glyphs' copy-out texts, one after another, are the cluster's text.
  // (Every glyph is asked, so each one's text is fixed by its first cluster.)
  bool copies_as(std::string_view text, std::span<const PlacedGlyph> glyphs) {
    decoded_.clear();
    append_utf8_decoded(decoded_, text);
    std::size_t at = 0;
    bool same = true;
    for (const PlacedGlyph& glyph : glyphs) {
      const std::u32string& piece = font_.glyph_text(glyph.index, text, glyphs);
      same = same && decoded_.compare(at, piece.size(), piece) == 0;
      at += piece.size();
    }
    return same && at == decoded_.size();
  }

  void show(const PlacedGlyph& glyph) {
    const double x = glyph.x, y = page_height_ - glyph.y;
    if (!positioned_ || std::abs(rounded(y, 0.001) - y_) > 1e-9) {
      close_array();
      x_ = rounded(x, 0.001);
      y_ = rounded(y, 0.001);
      out_ += "1 0 0 1 ";
      append_numbers(out_, {x_, y_});
      out_ += "Tm\n";
      positioned_ = true;
    }
    if (!array_open_) {
      out_ += '[';
      array_open_ = true;
      hex_open_ = false;
    }
    const double adjust = rounded((x_ - x) * 1000 / size_, 0.01);
    if (adjust != 0) {
      if (hex_open_) out_ += '>';
      append_number(out_, adjust, 2);
      x_ -= adjust * size_ / 1000;
      hex_open_ = false;
    }
    if (!hex_open_) out_ += '<';
    static const char hex[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out_ += hex[(glyph.index >> shift) & 0xF];
    hex_open_ = true;
    x_ += font_.width(glyph.index) * size_ / 1000;
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
  std::u32string decoded_;  // the current cluster's text
  bool positioned_ = false, array_open_ = false, hex_open_ = false;
  double x_ = 0, y_ = 0;  // the reader's pen, in page coordinates
};

std::string write_text(std::string& out, const TextItem& item, double page_height,
                       DocumentResources& resources) {
  const GlyphRun& run = item.run;
  if (run.glyphs.empty()) return {};
  std::string error;
  DocumentResources::Font* font = resources.font(run.face, error);
  if (!font) return error;
  EmbeddedFont& embedded = *font->font;
  ArrangeOptions options;
  options.font_advance = [&](std::uint32_t glyph) { return embedded.width(glyph) * run.size / 1000; };
  if (const std::optional<SpacerGlyph> spacer = embedded.spacer())
    options.spacer = SpacerGlyph{spacer->glyph, spacer->advance * run.size / 1000};

  const double size = rounded(run.size, 0.001);  // as the reader gets it from Tf
  out += "BT\n/" + font->name + ' ';
  append_number(out, size);
  out += " Tf ";
  append_color(out, item.color, " rg\n");
  TextWriter writer(out, embedded, size, page_height);
  const ArrangedRun arranged = arrange_run(run, item.x, item.y, options);
  for (const WrittenCluster& cluster : arranged.clusters)
    writer.write(cluster.text, arranged.glyphs_of(cluster));
  writer.finish();
  out += "ET\n";
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

std::string write_image(std::string& out, const ImageItem& item, double page_height,
                        DocumentResources& resources) {
  std::string error;
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

DocumentResources::Font* DocumentResources::font(FaceId face, std::string& error) {
  if (auto found = fonts_.find(face); found != fonts_.end()) return &found->second;
  std::unique_ptr<EmbeddedFont> embedded = EmbeddedFont::open(lookup_(face), error);
  if (!embedded) return nullptr;
  Font font{"F" + std::to_string(fonts_.size() + 1), std::move(embedded), pdf_.reserve()};
  return &fonts_.emplace(face, std::move(font)).first->second;
}

const DocumentResources::Image* DocumentResources::image(const std::filesystem::path& file,
                                                         std::string& error) {
  if (auto found = images_.find(file); found != images_.end()) return &found->second;
  Result<std::shared_ptr<const PdfImageData>> read = pdf_image_data(file);
  if (!read.ok()) {
    error = read.diagnostics.front().message;
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

std::string DocumentResources::finish() {
  std::string dictionary = "<< /ProcSet [/PDF /Text /ImageB /ImageC]";
  if (!fonts_.empty()) {
    dictionary += " /Font <<";
    for (const auto& [face, font] : fonts_) {
      if (std::string error = font.font->write(pdf_, font.id); !error.empty()) return error;
      dictionary += " /" + font.name + " " + ref(font.id);
    }
    dictionary += " >>";
  }
  if (!images_.empty()) {
    dictionary += " /XObject <<";
    for (const auto& [file, image] : images_) dictionary += " /" + image.name + " " + ref(image.id);
    dictionary += " >>";
  }
  pdf_.set(id_, dictionary + " >>");
  return {};
}

std::string page_content(const Page& page, DocumentResources& resources, std::string& error) {
  std::string out;
  for (const PageItem& item : page.items) {
    if (auto* text = std::get_if<TextItem>(&item))
      error = write_text(out, *text, page.height, resources);
    else if (auto* rule = std::get_if<RuleItem>(&item))
      write_rule(out, *rule, page.height);
    else if (auto* box = std::get_if<BoxItem>(&item))
      write_box(out, *box, page.height);
    else if (auto* image = std::get_if<ImageItem>(&item))
      error = write_image(out, *image, page.height, resources);
    if (!error.empty()) return {};
  }
  return out;
}

}  // namespace siyasa
