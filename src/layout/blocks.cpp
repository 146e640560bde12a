#include "layout/blocks.h"

#include <algorithm>

#include "layout/numbering.h"

namespace siyasa {
namespace {

constexpr double kMarkerGap = 4;  // between a list marker and its item's text, pt

// The heading's text as the outline and the contents show it.
std::string joined_text(const std::vector<Span>& spans) {
  std::string text;
  for (const auto& s : spans) text += s.text;
  for (auto& c : text)
    if (c == '\n') c = ' ';
  return text;
}

TextStyle body_text_style(const DocumentStyle& style) {
  TextStyle t;
  t.role = FontRole::body;
  t.size = style.body_size;
  return t;
}

// Splits styled spans at hard line breaks ("\n"): each piece is set as its own paragraph.
std::vector<std::vector<StyledText>> split_hard_breaks(const std::vector<StyledText>& spans) {
  std::vector<std::vector<StyledText>> pieces(1);
  for (const auto& span : spans) {
    std::size_t from = 0;
    while (true) {
      const std::size_t nl = span.text.find('\n', from);
      const std::string part = span.text.substr(from, nl == std::string::npos ? nl : nl - from);
      if (!part.empty()) pieces.back().push_back(StyledText{part, span.style});
      if (nl == std::string::npos) break;
      pieces.emplace_back();
      from = nl + 1;
    }
  }
  std::erase_if(pieces, [](const auto& p) { return p.empty(); });
  return pieces;
}

// One slice per line; the items are placed from the slice's top.
Slice make_line_slice(const ParagraphLayout& layout, std::size_t index, HBox box,
                      const DocumentStyle& style) {
  const Line& line = layout.lines[index];
  Slice slice;
  slice.what = "line";
  slice.height = line.advance;
  slice.baseline = (line.advance - (line.ascent + line.descent)) / 2 + line.ascent;
  place_line(line, box.left, slice.baseline, style.text, style.link, slice.items);
  return slice;
}

class BodySetter {
 public:
  BodySetter(const BodyContext& ctx, std::vector<Slice>& out, int base_level)
      : ctx_(ctx), out_(out), base_level_(base_level) {}

  void set_blocks(const std::vector<Block>& blocks, HBox box, int depth, double first_gap);

 private:
  void set_block(const Block& block, HBox box, int depth, double gap);
  void set_heading(const Block& block, HBox box);
  void set_list(const Block& list, HBox box, int depth, double gap);
  void set_quote(const Block& quote, HBox box, int depth, double gap);
  void set_rule(HBox box, double gap);
  void attach_marker(std::size_t slice_index, const std::string& marker, double text_right, int label);
  // A new StructNode under the current container.
  int node(StructRole role, int level = 0) { return ctx_.ts.structure->add(role, parent_, level); }
  int node_under(int parent, StructRole role) { return ctx_.ts.structure->add(role, parent); }

  const BodyContext& ctx_;
  std::vector<Slice>& out_;
  int base_level_;
  int parent_ = ctx_.options.structure_parent;  // the StructNode new blocks go under
  int tagged_level_ = 0;                        // of the last heading's tag, below the title's
  int article_ = 0;
  int unnamed_anchor_ = 0;
};

void BodySetter::set_blocks(const std::vector<Block>& blocks, HBox box, int depth,
                            double first_gap) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const double gap = i == 0 ? first_gap : -1;  // -1: the block's own gap
    const std::size_t before = out_.size();
    const std::size_t problems_before = ctx_.ts.problems->size();
    set_block(blocks[i], box, depth, gap);
    // What the text engine found in this block points at the block's line in the template
    // (nested blocks have already placed theirs).
    for (std::size_t p = problems_before; p < ctx_.ts.problems->size(); ++p) {
      Diagnostic& d = (*ctx_.ts.problems)[p];
      if (d.where.line == 0) d.where = SourcePos{ctx_.options.source, blocks[i].line, blocks[i].column};
    }
    const bool introduces_list = blocks[i].kind == BlockKind::paragraph && i + 1 < blocks.size() &&
                                 blocks[i + 1].kind == BlockKind::list;
    if (introduces_list && out_.size() > before) out_.back().keep_with_next = true;
  }
}

void BodySetter::set_block(const Block& block, HBox box, int depth, double gap) {
  const DocumentStyle& style = ctx_.style;
  const double paragraph_gap = gap >= 0 ? gap : style.paragraph_gap;
  switch (block.kind) {
    case BlockKind::heading:
      set_heading(block, box);
      if (gap >= 0 && !out_.empty()) out_.back().space_before = gap;
      break;
    case BlockKind::paragraph:
    case BlockKind::table_cell: {
      const std::size_t before = out_.size();
      append_paragraph(ctx_, styled_spans(block.spans, body_text_style(style)), box,
                       paragraph_gap, Align::justify, out_);
      tag_slices(out_, before, node(StructRole::paragraph));
      break;
    }
    case BlockKind::list:
      set_list(block, box, depth, paragraph_gap);
      break;
    case BlockKind::list_item:
      set_blocks(block.children, box, depth, paragraph_gap);
      break;
    case BlockKind::table: {
      const std::size_t before = out_.size();
      append_table(ctx_, block, box, parent_, out_);
      if (out_.size() > before) out_[before].space_before = paragraph_gap + 4;
      break;
    }
    case BlockKind::table_row:
      break;  // only inside a table
    case BlockKind::quote:
      set_quote(block, box, depth, paragraph_gap);
      break;
    case BlockKind::rule:
      set_rule(box, paragraph_gap);
      break;
  }
}

void BodySetter::set_heading(const Block& block, HBox box) {
  const DocumentStyle& style = ctx_.style;
  const int display = std::clamp(block.level - base_level_ + 1, 1, 3);
  TextStyle ts;
  ts.role = FontRole::heading;
  ts.size = style.heading_size[display - 1];

  std::vector<StyledText> spans;
  std::string title = joined_text(block.spans);
  if (ctx_.options.article_style && display == 1 && title.rfind("المادة", 0) != 0) {
    const std::string label = article_label(++article_, ctx_.options.numerals);
    spans.push_back(StyledText{label, ts});
    spans.push_back(StyledText{" ", ts});
    title = label + " " + title;
  }
  for (auto& s : styled_spans(block.spans, ts)) spans.push_back(std::move(s));

  ParagraphSpec spec;
  spec.spans = std::move(spans);
  spec.width = box.width();
  spec.align = Align::start;
  spec.line_height = 1.5;
  const ParagraphLayout layout = ctx_.ts.paragraph(spec);

  Slice slice;
  slice.what = "heading";
  slice.space_before = style.heading_gap[display - 1];
  slice.keep_with_next = true;
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const double baseline = baseline_of(layout, i, 0);
    if (i == 0) slice.baseline = baseline;
    place_line(layout.lines[i], box.left, baseline, style.accent, style.link, slice.items);
  }
  slice.height = layout.height;
  // Tagged one level below the title at the top, and never more than one level below the
  // heading before it (PDF/UA: heading levels are not skipped), whatever the template's levels.
  tagged_level_ = std::min(display, tagged_level_ + 1);
  tag_items(slice.items, 0, node(StructRole::heading, ctx_.options.outline_base + tagged_level_));
  Anchor anchor;
  anchor.id = ctx_.options.anchor_prefix +
              (block.anchor.empty() ? "h-" + std::to_string(++unnamed_anchor_) : block.anchor);
  anchor.title = title;
  anchor.level = ctx_.options.outline_base + display - 1;
  anchor.in_toc = display <= ctx_.options.toc_depth;
  slice.anchors.push_back(std::move(anchor));
  out_.push_back(std::move(slice));
}

void BodySetter::attach_marker(std::size_t slice_index, const std::string& marker, double text_right,
                               int label) {
  if (slice_index >= out_.size()) return;
  Slice& slice = out_[slice_index];
  TextStyle ts = body_text_style(ctx_.style);
  ParagraphSpec spec;
  // The trailing space keeps marker and text apart for readers that copy in drawing order.
  spec.spans = {StyledText{marker + " ", ts}};
  spec.width = ctx_.style.list_indent * 2;
  spec.align = Align::start;
  const ParagraphLayout layout = ctx_.ts.paragraph(spec);
  if (layout.lines.empty()) return;
  const Line& line = layout.lines.front();
  // A fixed small gap to the text (under a third of an em): a wider one reads as a column
  // gap to PDF text extractors, which then move the item's text away from its marker.
  // The marker goes before the item's text in drawing order, as it does in the logical text.
  const double left = text_right + kMarkerGap - line_ink_left(line);
  std::vector<PageItem> marker_items;
  place_line(line, left, slice.baseline, ctx_.style.accent, ctx_.style.link, marker_items);
  // The marker is the item's Lbl element: it is its own run on the line, in a marked-content
  // sequence of its own, drawn before the item's text (so the Lbl comes before the LBody).
  tag_items(marker_items, 0, label);
  slice.items.insert(slice.items.begin(), marker_items.begin(), marker_items.end());
}

void BodySetter::set_list(const Block& list, HBox box, int depth, double gap) {
  const DocumentStyle& style = ctx_.style;
  int number = list.start;
  bool first = true;
  const int outer = parent_;
  const int list_node = node(StructRole::list, list.ordered ? 1 : 0);
  for (const Block& item : list.children) {
    const HBox item_box{box.left, box.right - style.list_indent};
    const double item_gap = first ? (depth > 0 ? 2 : gap) : (list.tight ? 2 : style.paragraph_gap);
    const std::size_t first_slice = out_.size();
    parent_ = list_node;
    const int item_node = node(StructRole::list_item);
    const int label_node = node_under(item_node, StructRole::label);
    parent_ = node_under(item_node, StructRole::list_body);
    set_blocks(item.children, item_box, depth + 1, item_gap);
    parent_ = outer;
    if (out_.size() == first_slice) {  // an empty item still shows its marker
      Slice empty;
      empty.what = "line";
      empty.space_before = item_gap;
      empty.height = style.body_size * style.body_line_height;
      empty.baseline = empty.height * 0.7;
      out_.push_back(std::move(empty));
    }
    attach_marker(first_slice, list_marker(list.ordered, number, depth, ctx_.options.numerals, ctx_.options.list_numbers),
                  item_box.right, label_node);
    ++number;
    first = false;
  }
}

void BodySetter::set_quote(const Block& quote, HBox box, int depth, double gap) {
  const DocumentStyle& style = ctx_.style;
  const HBox inner{box.left + style.quote_indent / 2, box.right - style.quote_indent};
  const std::size_t first = out_.size();
  const int outer = parent_;
  parent_ = node(StructRole::quote);
  set_blocks(quote.children, inner, depth, gap);
  parent_ = outer;
  const double bar_x = box.right - style.quote_indent / 2;
  for (std::size_t i = first; i < out_.size(); ++i) {
    Slice& s = out_[i];
    const double top = i == first ? 0 : -s.space_before;
    s.items.push_back(RuleItem{bar_x, top, bar_x, s.height, 2.5, style.accent, false});
  }
}

void BodySetter::set_rule(HBox box, double gap) {
  Slice slice;
  slice.what = "rule";
  slice.space_before = gap;
  slice.height = 16;
  const double inset = box.width() / 4;
  slice.items.push_back(
      RuleItem{box.left + inset, 8, box.right - inset, 8, 0.75, ctx_.style.muted, false});
  out_.push_back(std::move(slice));
}

}  // namespace

std::vector<StyledText> styled_spans(const std::vector<Span>& spans, const TextStyle& base) {
  std::vector<StyledText> out;
  for (const auto& span : spans) {
    if (span.text.empty()) continue;
    TextStyle t = base;
    if (span.bold) {
      t.bold = true;
      if (t.role == FontRole::body) t.role = FontRole::body_bold;
    }
    t.link = span.link;
    out.push_back(StyledText{span.text, t});
  }
  return out;
}

std::size_t append_paragraph(const BodyContext& ctx, const std::vector<StyledText>& spans,
                             HBox box, double space_before, Align align, std::vector<Slice>& out) {
  std::size_t appended = 0;
  for (const auto& piece : split_hard_breaks(spans)) {
    ParagraphSpec spec;
    spec.spans = piece;
    spec.width = box.width();
    spec.align = align;
    spec.kashida = ctx.options.kashida && align == Align::justify;
    spec.line_height = ctx.style.body_line_height;
    const ParagraphLayout layout = ctx.ts.paragraph(spec);
    const std::size_t n = layout.lines.size();
    for (std::size_t i = 0; i < n; ++i) {
      Slice slice = make_line_slice(layout, i, box, ctx.style);
      if (i == 0) slice.space_before = appended == 0 ? space_before : 0;
      // No orphan (first line alone at a page's foot), no widow (last line alone at its head).
      slice.keep_with_next = n > 1 && (i == 0 || i + 2 == n);
      out.push_back(std::move(slice));
      ++appended;
    }
  }
  return appended;
}

void tag_slices(std::vector<Slice>& out, std::size_t from, int node) {
  for (std::size_t i = from; i < out.size(); ++i) tag_items(out[i].items, 0, node);
}

int shallowest_heading(const DocTree& tree) {
  int level = 7;
  for (const auto& b : tree.blocks)
    if (b.kind == BlockKind::heading) level = std::min(level, b.level);
  return level == 7 ? 1 : level;
}

void append_body(const BodyContext& ctx, const DocTree& tree, std::vector<Slice>& out) {
  BodySetter setter(ctx, out, shallowest_heading(tree));
  setter.set_blocks(tree.blocks, HBox{ctx.geometry.body_left(), ctx.geometry.body_right()}, 0,
                    ctx.style.paragraph_gap);
}

}  // namespace siyasa
