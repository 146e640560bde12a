#include "layout/verify_mark.h"

#include <qrencode.h>

#include <memory>
#include <tuple>

namespace siyasa {
namespace {

constexpr double kQrSide = 64;   // points, quiet zone included: about 22 mm, easy for a phone
constexpr int kQuietModules = 2;  // white border, in modules (the page around it is white too)
constexpr double kFieldWidth = 200, kFieldHeight = 44;  // the signature field's frame, points

void draw_qr(const QrMatrix& qr, double left, double top, double side, int tag, std::vector<PageItem>& out) {
  const double module = side / (qr.size + 2 * kQuietModules);
  // One box per horizontal run of dark modules: fewer items, the same picture.
  for (int y = 0; y < qr.size; ++y) {
    for (int x = 0; x < qr.size;) {
      if (!qr.at(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < qr.size && qr.at(end, y)) ++end;
      BoxItem box;
      box.x = left + (kQuietModules + x) * module;
      box.y = top + (kQuietModules + y) * module;
      box.w = (end - x) * module;
      box.h = module;
      box.stroke = 0;
      box.fill = Color{0, 0, 0};
      box.tag = tag;
      out.emplace_back(box);
      x = end;
    }
  }
}

}  // namespace

std::vector<PageItem> footer_verification(const PageGeometry& geometry, const std::string& url, int tag) {
  std::vector<PageItem> out;
  const QrMatrix qr = encode_qr(url);
  if (qr.size == 0) return out;
  const double band_top = geometry.height - geometry.margin_bottom - geometry.footer_height;
  const double left = geometry.body_left() + kFooterQrLeft, top = band_top + 8;
  draw_qr(qr, left, top, kFooterQrSide, tag, out);
  LinkItem link;
  link.x = left;
  link.y = top;
  link.w = link.h = kFooterQrSide;
  link.uri = url;
  out.emplace_back(link);
  return out;
}

QrMatrix encode_qr(const std::string& text) {
  QrMatrix m;
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
  if (!code) return m;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
  for (std::size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;
  return m;
}

void append_verification(const BodyContext& ctx, const std::string& url, const std::string& caption,
                         std::vector<Slice>& out) {
  const QrMatrix qr = encode_qr(url);
  if (qr.size == 0) return;
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Slice slice;
  slice.what = "verification";
  slice.space_before = 14;
  // A figure for readers of the tags: what the code says ("a QR code for the verification page").
  const int figure = ctx.ts.structure->add(StructRole::figure, ctx.options.structure_parent, 0,
                                           "رمز QR لصفحة التحقق: " + url);
  const double left = g.body_right() - kQrSide;
  draw_qr(qr, left, 0, kQrSide, figure, slice.items);
  LinkItem link;
  link.x = left;
  link.w = link.h = kQrSide;
  link.uri = url;
  slice.items.emplace_back(link);
  const TextStyle small = body_style(style.small_size + 1);
  ParagraphSpec spec;
  spec.spans = {StyledText{caption, small}};
  spec.width = g.body_width() - kQrSide - 10;
  spec.align = Align::start;
  spec.line_height = 1.5;
  const std::size_t caption_from = slice.items.size();
  const double text_height = place_paragraph(ctx.ts, spec, g.body_left(), 0, style.muted, slice.items);
  tag_items(slice.items, caption_from, ctx.ts.structure->add(StructRole::paragraph, ctx.options.structure_parent));
  // Centre the caption on the code.
  const double shift = std::max(0.0, (kQrSide - text_height) / 2);
  for (auto& item : slice.items)
    if (auto* text = std::get_if<TextItem>(&item)) text->y += shift;
  slice.height = std::max(kQrSide, text_height);
  if (!out.empty()) out.back().keep_with_next = true;
  out.push_back(std::move(slice));
}

SignatureField signature_field_at(const PageGeometry& geometry, int page, double y) {
  return SignatureField{page, geometry.body_right() - kFieldWidth, y, kFieldWidth, kFieldHeight};
}

void append_signature_field(const BodyContext& ctx, std::vector<Slice>& out) {
  const DocumentStyle& style = ctx.style;
  const SignatureField field = signature_field_at(ctx.geometry, 0, 0);
  Slice slice;
  slice.what = "signature field";
  slice.space_before = 10;
  BoxItem frame;
  frame.x = field.x;
  frame.w = field.w;
  frame.h = field.h;
  frame.stroke = 0.6;
  frame.stroke_color = style.accent;
  slice.items.emplace_back(frame);
  const int paragraph = ctx.ts.structure->add(StructRole::paragraph, ctx.options.structure_parent);
  double y = 5;
  const TextStyle bold = bold_style(style.small_size + 1), small = body_style(style.small_size);
  for (const auto& [text, ts, color] : {std::tuple{std::string("وُقّعت هذه الوثيقة رقميًا"), bold, style.accent},
                                        std::tuple{std::string("يعرض قارئ PDF صاحب التوقيع وسلامة الوثيقة"), small,
                                                   style.muted}}) {
    ParagraphSpec spec;
    spec.spans = {StyledText{text, ts}};
    spec.width = field.w - 12;
    spec.align = Align::center;
    spec.line_height = 1.35;
    y += place_paragraph(ctx.ts, spec, field.x + 6, y, color, slice.items);
  }
  tag_items(slice.items, 1, paragraph);
  slice.height = std::max(field.h, y + 4);
  slice.anchors.push_back(Anchor{kSignatureAnchor, {}, 0, false, 0});
  if (!out.empty()) out.back().keep_with_next = true;
  out.push_back(std::move(slice));
}

}  // namespace siyasa
