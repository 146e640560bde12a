#include "layout/approval.h"

#include <algorithm>
#include <tuple>

namespace siyasa {
namespace {

constexpr double kSignatureColumn = 210;
constexpr double kStampBox = 105;

Slice make_heading(const BodyContext& ctx, const std::string& text, const std::string& anchor_id) {
  const DocumentStyle& style = ctx.style;
  TextStyle ts;
  ts.role = FontRole::heading;
  ts.size = style.heading_size[0];
  ParagraphSpec spec;
  spec.spans = {StyledText{text, ts}};
  spec.width = ctx.geometry.body_width();
  spec.align = Align::start;
  spec.line_height = 1.5;
  Slice slice;
  slice.what = "approval";
  slice.space_before = style.heading_gap[0] + 8;
  slice.height = place_paragraph(ctx.ts, spec, ctx.geometry.body_left(), 0, style.accent, slice.items);
  tag_items(slice.items, 0,
            ctx.ts.structure->add(StructRole::heading, ctx.options.structure_parent, ctx.options.outline_base + 1));
  slice.anchors.push_back(Anchor{anchor_id, text, ctx.options.outline_base, true, 0});
  return slice;
}

// What a screen reader says for the signature: "توقيع رئيس مجلس الإدارة فلان".
std::string signature_alt(const ApprovalBlock& block) {
  std::string alt = "توقيع";
  for (const std::string* part : {&block.chairman_title, &block.chairman_name})
    if (!part->empty()) alt += " " + *part;
  return alt;
}

// A paragraph node for the items placed since `from`.
void tag_paragraph(const BodyContext& ctx, std::vector<PageItem>& items, std::size_t from) {
  if (from < items.size())
    tag_items(items, from, ctx.ts.structure->add(StructRole::paragraph, ctx.options.structure_parent));
}

// One paragraph centred in the signature column (kSignatureColumn wide, from `left`), tagged as a
// paragraph; returns its height.
double place_centred(const BodyContext& ctx, Slice& slice, const StyledText& text, double line_height,
                     double left, double top, const Color& color) {
  ParagraphSpec spec;
  spec.spans = {text};
  spec.width = kSignatureColumn;
  spec.align = Align::center;
  spec.line_height = line_height;
  const std::size_t from = slice.items.size();
  const double height = place_paragraph(ctx.ts, spec, left, top, color, slice.items);
  tag_paragraph(ctx, slice.items, from);
  return height;
}

// The chairman's column on the left, the stamp to its right; nothing overlaps the text lines.
Slice make_signature(const BodyContext& ctx, const ApprovalBlock& block, const ApprovalImages& images) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Slice slice;
  slice.what = "approval";
  slice.space_before = 18;
  const double left = g.body_left();
  double y = 0;
  const TextStyle title_style = bold_style(style.body_size), name_style = body_style(style.body_size);
  for (const auto& [text, ts] : {std::pair{block.chairman_title, title_style},
                                 std::pair{block.chairman_name, name_style}}) {
    if (!text.empty()) y += place_centred(ctx, slice, StyledText{text, ts}, 1.5, left, y, style.text);
  }
  const TextStyle caption_style = body_style(style.body_size - 1);
  // A caption centred under `center` from `top`; returns where it ends.
  auto caption = [&](const std::string& text, double center, double top) {
    return top + place_centred(ctx, slice, StyledText{text, caption_style}, 1.4, center - kSignatureColumn / 2, top,
                               style.muted);
  };
  double column_bottom = y;
  if (images.signature && !block.signature.empty()) {
    ImageItem sig = fit_image(block.signature, *images.signature, left + kSignatureColumn / 2, y + 4, 150, 60);
    sig.tag = ctx.ts.structure->add(StructRole::figure, ctx.options.structure_parent, 0, signature_alt(block));
    column_bottom = sig.y + sig.h;
    slice.items.emplace_back(sig);
  } else {
    // A line to sign on.
    slice.items.push_back(RuleItem{left + 40, y + 30, left + kSignatureColumn - 40, y + 30, 0.6,
                                   style.muted, true});
    column_bottom = y + 34;
  }
  if (!block.signature_caption.empty())
    column_bottom = caption(block.signature_caption, left + kSignatureColumn / 2, column_bottom + 2);
  double bottom = column_bottom;
  const double stamp_center = left + kSignatureColumn + 14 + kStampBox / 2;
  double stamp_bottom = column_bottom / 2;  // a stamp pressed by hand goes beside the column
  if (images.stamp && !block.stamp.empty()) {
    ImageItem stamp = fit_image(block.stamp, *images.stamp, stamp_center, 0, kStampBox, kStampBox);
    stamp.y = std::max(0.0, (column_bottom - stamp.h) / 2);
    stamp.tag = ctx.ts.structure->add(StructRole::figure, ctx.options.structure_parent, 0, "الختم الرسمي");
    stamp_bottom = stamp.y + stamp.h;
    bottom = std::max(bottom, stamp_bottom);
    slice.items.emplace_back(stamp);
  }
  if (!block.stamp_caption.empty()) bottom = std::max(bottom, caption(block.stamp_caption, stamp_center, stamp_bottom + 2));
  slice.height = bottom + 4;
  return slice;
}

// Whether there is anyone or anything to show under the sentence (seed 000 shows nothing).
bool has_signatory(const ApprovalBlock& block, const ApprovalImages& images) {
  return !block.chairman_name.empty() || !block.chairman_title.empty() || !block.signature_caption.empty() ||
         !block.stamp_caption.empty() ||
         (images.signature && !block.signature.empty()) || (images.stamp && !block.stamp.empty());
}

}  // namespace

void append_approval(const BodyContext& ctx, const ApprovalBlock& block, const ApprovalImages& images,
                     const std::string& anchor_id, std::vector<Slice>& out) {
  const std::size_t first = out.size();
  out.push_back(make_heading(ctx, block.heading.empty() ? "اعتماد مجلس الإدارة" : block.heading, anchor_id));
  const TextStyle body = body_style(ctx.style.body_size);
  const HBox box{ctx.geometry.body_left(), ctx.geometry.body_right()};
  const std::size_t sentence = out.size();
  append_paragraph(ctx, {StyledText{block.sentence, body}}, box, ctx.style.paragraph_gap,
                   Align::justify, out);
  tag_slices(out, sentence, ctx.ts.structure->add(StructRole::paragraph, ctx.options.structure_parent));
  if (has_signatory(block, images)) out.push_back(make_signature(ctx, block, images));
  // One unit: never split across pages.
  for (std::size_t i = first; i + 1 < out.size(); ++i) out[i].keep_with_next = true;
}

void append_approval_statement(const BodyContext& ctx, const ApprovalBlock& block,
                               std::vector<Slice>& out) {
  const DocumentStyle& style = ctx.style;
  const PageGeometry& g = ctx.geometry;
  Slice slice;
  slice.what = "approval";
  slice.space_before = 4;
  slice.keep_with_next = true;
  const TextStyle heading = bold_style(style.body_size + 1), body = body_style(style.body_size);
  double y = 0;
  // The heading under the title is a heading one level below the title's.
  const int heading_level = ctx.options.outline_base + 1;
  for (const auto& [text, ts, color, level] : {std::tuple{block.heading, heading, style.accent, heading_level},
                                               std::tuple{block.sentence, body, style.text, 0}}) {
    if (text.empty()) continue;
    const std::size_t from = slice.items.size();
    ParagraphSpec spec;
    spec.spans = {StyledText{text, ts}};
    spec.width = g.body_width() - 60;
    spec.align = Align::center;
    spec.line_height = 1.6;
    y += place_paragraph(ctx.ts, spec, g.body_left() + 30, y, color, slice.items);
    tag_items(slice.items, from,
              ctx.ts.structure->add(level > 0 ? StructRole::heading : StructRole::paragraph,
                                    ctx.options.structure_parent, level));
  }
  slice.height = y + 6;
  out.push_back(std::move(slice));
}

void append_signature_only(const BodyContext& ctx, const ApprovalBlock& block,
                           const ApprovalImages& images, std::vector<Slice>& out) {
  if (!has_signatory(block, images)) return;
  if (!out.empty()) out.back().keep_with_next = true;
  out.push_back(make_signature(ctx, block, images));
}

}  // namespace siyasa
