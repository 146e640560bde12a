#include "forms/form_field_blocks.h"

#include <algorithm>

#include "forms/label.h"
#include "forms/wording.h"

namespace siyasa::form_draw {
namespace {

constexpr double kRow = 9.0 * kMm;        // one writing line
constexpr double kCell = 7.5 * kMm;       // digit cell
constexpr double kCellHeight = 8.0 * kMm;
constexpr double kGap = 2.5 * kMm;        // between a label and what follows it
constexpr double kBaseline = 6.3 * kMm;   // a label's baseline inside a row

std::string text(const Drafter& d, const Label& l) { return render_label(l, d.org()); }

std::string label_of(const Drafter& d, const Field& f) {
  return text(d, f.label) + (f.required ? " *" : "");
}

// A label at the right edge of a row; returns its width.
double row_label(const Drafter& d, Block& b, const std::string& s, double left, double width, double top) {
  return d.line(b, s, d.styles().label, left, width, Align::start, top + kBaseline);
}

// A help text under a field; returns the height it adds.
double help(const Drafter& d, Block& b, const Field& f, double left, double width, double top) {
  if (f.help.empty()) return 0;
  return d.paragraph(b, text(d, f.help), d.styles().small, left, top + 0.8 * kMm, width, Align::start) + 1 * kMm;
}

Block single_line(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  std::string label = label_of(d, f);
  double lw = d.measure(label, d.styles().label);
  double top = 0;
  if (lw > width * 0.6) {  // a long label gets its own line
    top += d.paragraph(b, label, d.styles().label, left, 0, width, Align::start) + 0.5 * kMm;
    lw = -kGap;
  } else {
    row_label(d, b, label, left, width, 0);
  }
  d.rule(b, left, top + kBaseline + 1.2 * kMm, left + width - lw - kGap, top + kBaseline + 1.2 * kMm, 0.5);
  b.height = top + kRow;
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

Block textarea(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  double top = d.paragraph(b, label_of(d, f), d.styles().label, left, 0, width, Align::start) + 1.2 * kMm;
  d.box(b, left, top, width, f.lines * kRow, 0.7);
  for (int i = 1; i < f.lines; ++i)
    d.rule(b, left + 2 * kMm, top + i * kRow, left + width - 2 * kMm, top + i * kRow, 0.4, true, kGreyRule);
  b.height = top + f.lines * kRow;
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

// Cells drawn to the left of a label, or under it when the row is too narrow for both.
struct CellRow {
  double top = 0;    // top of the cells
  double right = 0;  // right edge of the cells
};
CellRow label_then_cells(const Drafter& d, Block& b, const Field& f, double left, double width,
                         double cells_width, double caption_space) {
  std::string label = label_of(d, f);
  double lw = d.measure(label, d.styles().label);
  if (lw + kGap + cells_width <= width) {
    d.line(b, label, d.styles().label, left, width, Align::start, caption_space + kBaseline);
    return {caption_space + 0.5 * kMm, left + width - lw - kGap};
  }
  double h = d.paragraph(b, label, d.styles().label, left, 0, width, Align::start);
  return {h + 1 * kMm + caption_space, left + width};
}

Block date(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  const double slash = 4.5 * kMm, caption = 3.6 * kMm;
  const bool either = f.calendar == Calendar::either;
  const std::string suffix = f.calendar == Calendar::hijri ? form_words::kHijri : form_words::kGregorian;
  double calendar_width = either ? d.tick_width(form_words::kHijri) + d.tick_width(form_words::kGregorian) + 4 * kMm
                                 : d.measure(suffix, d.styles().body) + 2 * kMm;
  double cells_width = 8 * kCell + 2 * slash + kGap + calendar_width;
  CellRow row = label_then_cells(d, b, f, left, width, cells_width, caption);
  double x = row.right;
  const struct { const char* word; int cells; } parts[] = {
      {form_words::kDay, 2}, {form_words::kMonth, 2}, {form_words::kYear, 4}};
  for (int i = 0; i < 3; ++i) {
    double l = d.cells(b, x, row.top, parts[i].cells);
    d.line(b, parts[i].word, d.styles().small, l, x - l, Align::center, row.top - 1 * kMm);
    x = l;
    if (i < 2) {
      d.line(b, "/", d.styles().body, x - slash, slash, Align::center, row.top + 5.6 * kMm);
      x -= slash;
    }
  }
  x -= kGap;
  double baseline = row.top + 5.6 * kMm;
  b.height = row.top + kCellHeight + 1.5 * kMm;
  if (x - calendar_width < left) {  // no room beside the cells: the calendar goes under them
    x = row.right;
    baseline = b.height + kBaseline - 1 * kMm;
    b.height += 8 * kMm;
  }
  if (either) {
    x = d.tick(b, form_words::kHijri, x, baseline) - 3 * kMm;
    d.tick(b, form_words::kGregorian, x, baseline);
  } else {
    d.line(b, suffix, d.styles().body, x - 10 * kMm, 10 * kMm, Align::start, baseline);
  }
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

Block digit_cells(const Drafter& d, const Field& f, double left, double width, int count, const std::string& note) {
  Block b;
  double note_width = note.empty() ? 0 : d.measure(note, d.styles().body) + kGap;
  CellRow row = label_then_cells(d, b, f, left, width, count * kCell + note_width, 0);
  double l = d.cells(b, row.right, row.top, count);
  if (!note.empty())
    d.line(b, note, d.styles().body, l - note_width, note_width - kGap / 2, Align::start, row.top + 5.6 * kMm);
  b.height = row.top + kCellHeight + 1.5 * kMm;
  if (f.kind == FieldKind::national_id) {
    b.height += d.paragraph(b, form_words::id_kind_hint(f.id_kind, d.org().numerals), d.styles().small, left, b.height,
                            row.right - left, Align::start) + 1 * kMm;
  }
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

Block number_box(const Drafter& d, const Field& f, double left, double width) {
  if (f.digits > 0) return digit_cells(d, f, left, width, f.digits, text(d, f.unit));
  Block b;
  std::string unit = text(d, f.unit);
  const double box_w = 32 * kMm;
  CellRow row = label_then_cells(d, b, f, left, width, box_w, 0);
  d.box(b, row.right - box_w, row.top, box_w, kCellHeight, 0.8);
  if (!unit.empty())  // the unit sits inside the box, at its far (left) end
    d.line(b, unit, d.styles().small, row.right - box_w + 1.5 * kMm, box_w - 3 * kMm, Align::end,
           row.top + 5.4 * kMm);
  b.height = row.top + kCellHeight + 1.5 * kMm;
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

// Tick boxes flowing right to left, wrapping; an "other" option ends with a writing line.
// Returns the height used below `top`.
double flow_ticks(const Drafter& d, Block& b, const std::vector<std::string>& options, const std::string& other,
                  bool stacked, double left, double right_edge, double first_right, double top) {
  const double line_step = 8 * kMm, spacing = 6 * kMm, other_line = 45 * kMm;
  double x = first_right, baseline = top + kBaseline;
  auto next_line = [&] {
    x = right_edge;
    baseline += line_step;
  };
  bool first = true;
  for (const auto& o : options) {
    double w = d.tick_width(o);
    if (!first && (stacked || x - w < left)) next_line();
    x = d.tick(b, o, x, baseline) - spacing;
    first = false;
  }
  if (!other.empty()) {
    std::string word = other + ":";
    double w = d.tick_width(word) + other_line;
    if (!first && (stacked || x - w < left)) next_line();
    double end = d.tick(b, word, x, baseline) - 1.5 * kMm;
    double line_left = stacked ? std::max(left, end - 90 * kMm) : left;
    d.rule(b, line_left, baseline + 1.2 * kMm, end, baseline + 1.2 * kMm, 0.5);
  }
  return baseline - top - kBaseline + kRow;
}

Block choice(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  std::vector<std::string> options;
  for (const auto& o : f.options) options.push_back(text(d, o));
  std::string other = text(d, f.other);
  std::string label = label_of(d, f);
  std::string note = f.multiple ? "(يمكن اختيار أكثر من خيار)" : "";
  double lw = d.measure(label, d.styles().label);
  double nw = note.empty() ? 0 : d.measure(note, d.styles().small) + 1.5 * kMm;
  double all = 0;
  for (const auto& o : options) all += d.tick_width(o) + 6 * kMm;
  if (!other.empty()) all += d.tick_width(other + ":") + 45 * kMm;
  double top = 0, first_right = left + width;
  if (!f.stacked && lw + nw + kGap + all <= width) {  // label and options on one row
    row_label(d, b, label, left, width, 0);
    if (!note.empty()) d.line(b, note, d.styles().small, left, width - lw - 1.5 * kMm, Align::start, kBaseline);
    first_right = left + width - lw - nw - kGap - 2 * kMm;
  } else if (lw + nw <= width) {  // label (and note) on their own row, options under them
    row_label(d, b, label, left, width, 0);
    if (!note.empty()) d.line(b, note, d.styles().small, left, width - lw - 1.5 * kMm, Align::start, kBaseline);
    top = 7.5 * kMm;
    first_right = left + width - (f.stacked ? 4 * kMm : 0);
  } else {
    top = d.paragraph(b, label, d.styles().label, left, 0, width, Align::start) + 1.5 * kMm;
    if (!note.empty()) top += d.paragraph(b, note, d.styles().small, left, top, width, Align::start) + 1 * kMm;
    top += -kBaseline + 6 * kMm;
    first_right = left + width - (f.stacked ? 4 * kMm : 0);
  }
  b.height = top + flow_ticks(d, b, options, other, f.stacked, left, first_right, first_right, top);
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

Block yes_no(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  std::string label = label_of(d, f);
  double answers = d.tick_width(form_words::kYes) + d.tick_width(form_words::kNo) + 8 * kMm;
  double lw = d.measure(label, d.styles().label);
  double top = 0, right = left + width - lw - 3 * kGap;
  if (lw + 3 * kGap + answers > width) {
    top = d.paragraph(b, label, d.styles().label, left, 0, width, Align::start) - kBaseline + 6 * kMm;
    right = left + width;
  } else {
    row_label(d, b, label, left, width, 0);
  }
  double x = d.tick(b, form_words::kYes, right, top + kBaseline) - 8 * kMm;
  d.tick(b, form_words::kNo, x, top + kBaseline);
  b.height = top + kRow;
  if (!f.explain.empty()) {
    std::string e = text(d, f.explain) + ":";
    double ew = d.line(b, e, d.styles().body, left, width, Align::start, b.height + kBaseline);
    d.rule(b, left, b.height + kBaseline + 1.2 * kMm, left + width - ew - kGap, b.height + kBaseline + 1.2 * kMm, 0.5);
    b.height += kRow;
  }
  b.height += help(d, b, f, left, width, b.height);
  return b;
}

}  // namespace

std::vector<Block> draw_table(const Drafter& d, const Field& f, double left, double width);
std::vector<Block> draw_scale(const Drafter& d, const Field& f, double left, double width);
Block draw_declaration(const Drafter& d, const Field& f, double left, double width);
Block draw_office_use(const Drafter& d, const Field& f, double left, double width);

std::vector<Block> draw_field(const Drafter& d, const Field& f, double left, double width) {
  switch (f.kind) {
    case FieldKind::text:
    case FieldKind::email: return {single_line(d, f, left, width)};
    case FieldKind::textarea: return {textarea(d, f, left, width)};
    case FieldKind::date: return {date(d, f, left, width)};
    case FieldKind::national_id: return {digit_cells(d, f, left, width, 10, {})};
    case FieldKind::phone: return {digit_cells(d, f, left, width, f.digits, {})};
    case FieldKind::number: return {number_box(d, f, left, width)};
    case FieldKind::choice: return {choice(d, f, left, width)};
    case FieldKind::yes_no: return {yes_no(d, f, left, width)};
    case FieldKind::table: return draw_table(d, f, left, width);
    case FieldKind::scale: return draw_scale(d, f, left, width);
    case FieldKind::declaration: return {draw_declaration(d, f, left, width)};
    case FieldKind::office_use: return {draw_office_use(d, f, left, width)};
  }
  return {};
}

}  // namespace siyasa::form_draw
