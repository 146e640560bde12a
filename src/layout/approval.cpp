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
  slice.anchors.push_back(Anchor{anchor_id, text, ctx.options.outline_base, true, 0});
  return slice;
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
  TextStyle title_style;
  title_style.role = FontRole::body_bold;
  title_style.bold = true;
  title_style.size = style.body_size;
  TextStyle name_style;
  name_style.size = style.body_size;
  for (const auto& [text, ts] : {std::pair{block.chairman_title, title_style},
                                 std::pair{block.chairman_name, name_style}}) {
    if (text.empty()) continue;
    ParagraphSpec spec;
    spec.spans = {StyledText{text, ts}};
    spec.width = kSignatureColumn;
    spec.align = Align::center;
    spec.line_height = 1.5;
    y += place_paragraph(ctx.ts, spec, left, y, style.text, slice.items);
  }
  double column_bottom = y;
  if (images.signature && !block.signature.empty()) {
    const ImageItem sig = fit_image(block.signature, *images.signature, left + kSignatureColumn / 2,
                                    y + 4, 150, 60);
    column_bottom = sig.y + sig.h;
    slice.items.emplace_back(sig);
  } else {
    // A line to sign on.
    slice.items.push_back(RuleItem{left + 40, y + 30, left + kSignatureColumn - 40, y + 30, 0.6,
                                   style.muted, true});
    column_bottom = y + 34;
  }
  double bottom = column_bottom;
  if (images.stamp && !block.stamp.empty()) {
    const double center = left + kSignatureColumn + 14 + kStampBox / 2;
    ImageItem stamp = fit_image(block.stamp, *images.stamp, center, 0, kStampBox, kStampBox);
    stamp.y = std::max(0.0, (column_bottom - stamp.h) / 2);
    bottom = std::max(bottom, stamp.y + stamp.h);
    slice.items.emplace_back(stamp);
  }
  slice.height = bottom + 4;
  return slice;
}

// Whether there is anyone or anything to show under the sentence (seed 000 shows nothing).
bool has_signatory(const ApprovalBlock& block, const ApprovalImages& images) {
  return !block.chairman_name.empty() || !block.chairman_title.empty() ||
         (images.signature && !block.signature.empty()) || (images.stamp && !block.stamp.empty());
}

}  // namespace

void append_approval(const BodyContext& ctx, const ApprovalBlock& block, const ApprovalImages& images,
                     const std::string& anchor_id, std::vector<Slice>& out) {
  const std::size_t first = out.size();
  out.push_back(make_heading(ctx, block.heading.empty() ? "اعتماد مجلس الإدارة" : block.heading, anchor_id));
  TextStyle body;
  body.size = ctx.style.body_size;
  const HBox box{ctx.geometry.body_left(), ctx.geometry.body_right()};
  append_paragraph(ctx, {StyledText{block.sentence, body}}, box, ctx.style.paragraph_gap,
                   Align::justify, out);
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
  TextStyle heading;
  heading.role = FontRole::body_bold;
  heading.bold = true;
  heading.size = style.body_size + 1;
  TextStyle body;
  body.size = style.body_size;
  double y = 0;
  for (const auto& [text, ts, color] : {std::tuple{block.heading, heading, style.accent},
                                        std::tuple{block.sentence, body, style.text}}) {
    if (text.empty()) continue;
    ParagraphSpec spec;
    spec.spans = {StyledText{text, ts}};
    spec.width = g.body_width() - 60;
    spec.align = Align::center;
    spec.line_height = 1.6;
    y += place_paragraph(ctx.ts, spec, g.body_left() + 30, y, color, slice.items);
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
