// GFM tables: columns sized from their contents to the body width, the first column on the right
// (RTL), one slice per row so a long table breaks between rows; the header row keeps with the
// first body row and is drawn again at the top of every page the table continues on.
#include <algorithm>
#include <numeric>

#include "layout/blocks.h"

namespace siyasa {
namespace {

constexpr double kPad = 5;
constexpr double kMinColumn = 36;

// The widest line of each column's cells when nothing wraps, padding included.
std::vector<double> natural_widths(const BodyContext& ctx, const Block& table, std::size_t columns,
                                   const TextStyle& base) {
  std::vector<double> widths(columns, kMinColumn);
  for (const Block& row : table.children) {
    for (std::size_t c = 0; c < row.children.size() && c < columns; ++c) {
      ParagraphSpec spec;
      spec.spans = styled_spans(row.children[c].spans, base);
      if (spec.spans.empty()) continue;
      spec.width = 100000;
      spec.align = Align::start;
      const ParagraphLayout layout = ctx.ts.paragraph(spec);
      for (const auto& line : layout.lines)
        widths[c] = std::max(widths[c], line_ink_right(line) - line_ink_left(line) + 2 * kPad + 1);
    }
  }
  return widths;
}

// Fits natural widths to `total`: stretches them in proportion when they fit; otherwise narrow
// columns keep their width and the wide ones share what is left.
std::vector<double> fit_widths(std::vector<double> natural, double total) {
  const double sum = std::accumulate(natural.begin(), natural.end(), 0.0);
  if (sum <= total) {
    for (auto& w : natural) w += (total - sum) * w / sum;
    return natural;
  }
  const double fair = total / static_cast<double>(natural.size());
  double narrow = 0, wide = 0;
  for (double w : natural) (w <= fair ? narrow : wide) += w;
  for (auto& w : natural)
    if (w > fair) w = std::max(kMinColumn, (total - narrow) * w / wide);
  const double fitted = std::accumulate(natural.begin(), natural.end(), 0.0);
  for (auto& w : natural) w *= total / fitted;  // exact total after the minimums
  return natural;
}

Slice make_row_slice(const BodyContext& ctx, const Block& row, const std::vector<double>& widths,
                     HBox box, const TextStyle& base, int row_node) {
  const DocumentStyle& style = ctx.style;
  std::vector<ParagraphLayout> cells;
  double content = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    ParagraphSpec spec;
    if (c < row.children.size()) spec.spans = styled_spans(row.children[c].spans, base);
    spec.width = widths[c] - 2 * kPad;
    spec.align = row.header ? Align::center : Align::start;
    spec.line_height = 1.4;
    cells.push_back(spec.spans.empty() ? ParagraphLayout{} : ctx.ts.paragraph(spec));
    content = std::max(content, cells.back().height);
  }
  Slice slice;
  slice.what = row.header ? "table header" : "table row";
  slice.height = std::max(content, base.size * 1.4) + 2 * kPad;
  slice.keep_with_next = row.header;

  double right = box.right;
  std::vector<PageItem> borders;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const double left = right - widths[c];
    if (row.header) slice.items.push_back(BoxItem{left, 0, widths[c], slice.height, 0, {}, style.table_header_fill});
    const ParagraphLayout& cell = cells[c];
    const std::size_t cell_start = slice.items.size();
    for (std::size_t i = 0; i < cell.lines.size(); ++i) {
      const double baseline = baseline_of(cell, i, kPad);
      if (c == 0 && i == 0) slice.baseline = baseline;
      place_line(cell.lines[i], left + kPad, baseline, style.text, style.link, slice.items);
    }
    // Every cell gets its node, an empty one too: a reader counts cells to know the column.
    const int cell_node = ctx.ts.structure->add(row.header ? StructRole::table_header : StructRole::table_cell,
                                                row_node);
    tag_items(slice.items, cell_start, cell_node);
    borders.push_back(BoxItem{left, 0, widths[c], slice.height, 0.6, style.muted, std::nullopt});
    right = left;
  }
  for (auto& b : borders) slice.items.push_back(std::move(b));
  return slice;
}

}  // namespace

void append_table(const BodyContext& ctx, const Block& table, HBox box, int parent,
                  std::vector<Slice>& out) {
  std::size_t columns = 0;
  for (const Block& row : table.children) columns = std::max(columns, row.children.size());
  if (columns == 0) return;
  TextStyle base;
  base.size = ctx.style.table_size;
  TextStyle header = base;
  header.bold = true;
  header.role = FontRole::body_bold;

  const auto widths = fit_widths(natural_widths(ctx, table, columns, header), box.width());
  std::shared_ptr<const Slice> header_row;
  const int table_node = ctx.ts.structure->add(StructRole::table, parent);
  for (const Block& row : table.children) {
    const int row_node = ctx.ts.structure->add(StructRole::table_row, table_node);
    Slice slice = make_row_slice(ctx, row, widths, box, row.header ? header : base, row_node);
    if (row.header) header_row = std::make_shared<const Slice>(slice);
    else slice.repeat_header = header_row;
    out.push_back(std::move(slice));
  }
}

}  // namespace siyasa
