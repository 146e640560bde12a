// Stage "forms", internal: the blocks (form_draw.h) that draw the larger field kinds on paper:
// repeating tables, rating scales, the declaration with its signature lines, and the office-use
// panel.
#include <algorithm>

#include "forms/form_field_blocks.h"
#include "forms/label.h"
#include "forms/wording.h"

namespace siyasa::form_draw {
namespace {

constexpr double kRow = 9.0 * kMm;
constexpr double kNumberColumn = 9.0 * kMm;
constexpr double kPad = 1.5 * kMm;

std::string text(const Drafter& d, const Label& l) { return render_label(l, d.org()); }

// Column edges right to left: edges[0] is the right edge of the first column.
std::vector<double> edges_rtl(double left, double width, const std::vector<double>& widths) {
  std::vector<double> edges{left + width};
  for (double w : widths) edges.push_back(edges.back() - w);
  return edges;
}

// A header row: shaded cells with their (wrapped) titles centred.
Block header_row(const Drafter& d, const std::vector<std::string>& titles, const std::vector<double>& edges) {
  Block b;
  double height = kRow;
  for (std::size_t i = 0; i < titles.size(); ++i)
    height = std::max(height, d.height(titles[i], d.styles().cell_head, edges[i] - edges[i + 1] - 2 * kPad, 1.25) +
                                  2.5 * kMm);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    double l = edges[i + 1], w = edges[i] - edges[i + 1];
    b.cells.push_back(b.items.size());
    d.box(b, l, 0, w, height, 0.7, kShade);
    double h = d.height(titles[i], d.styles().cell_head, w - 2 * kPad, 1.25);
    d.paragraph(b, titles[i], d.styles().cell_head, l + kPad, (height - h) / 2, w - 2 * kPad, Align::center, 1.25);
  }
  b.height = height;
  b.keep_with_next = true;
  b.table_header = true;
  return b;
}

Block caption(const Drafter& d, const std::string& s, double left, double width) {
  Block b;
  b.height = d.paragraph(b, s, d.styles().label, left, 0, width, Align::start) + 1.5 * kMm;
  b.keep_with_next = true;
  return b;
}

void number_cell(const Drafter& d, Block& b, int n, double right, double height) {
  d.box(b, right - kNumberColumn, 0, kNumberColumn, height, 0.7);
  d.line(b, d.number(n), d.styles().body, right - kNumberColumn, kNumberColumn, Align::center,
         height / 2 + 0.3 * d.styles().body.size);
}

}  // namespace

std::vector<Block> draw_table(const Drafter& d, const Field& f, double left, double width) {
  std::vector<Block> blocks;
  if (!f.label.empty()) blocks.push_back(caption(d, text(d, f.label), left, width));
  double total = 0;
  for (const auto& c : f.columns) total += c.width;
  std::vector<double> widths{kNumberColumn};
  std::vector<std::string> titles{form_words::kRowNumber};
  for (const auto& c : f.columns) {
    widths.push_back((width - kNumberColumn) * c.width / total);
    titles.push_back(text(d, c.label));
  }
  auto edges = edges_rtl(left, width, widths);
  blocks.push_back(header_row(d, titles, edges));
  for (int r = 1; r <= f.rows; ++r) {
    Block row;
    row.height = kRow;
    row.cells.push_back(row.items.size());
    number_cell(d, row, r, edges[0], kRow);
    for (std::size_t i = 1; i < widths.size(); ++i) {
      row.cells.push_back(row.items.size());
      d.box(row, edges[i + 1], 0, widths[i], kRow, 0.7);
    }
    blocks.push_back(std::move(row));
  }
  return blocks;
}

std::vector<Block> draw_scale(const Drafter& d, const Field& f, double left, double width) {
  std::vector<Block> blocks;
  if (!f.label.empty()) blocks.push_back(caption(d, text(d, f.label), left, width));
  double level = std::min(17.0 * kMm, 85.0 * kMm / f.levels.size());
  std::vector<double> widths{kNumberColumn, width - kNumberColumn - level * f.levels.size()};
  std::vector<std::string> titles{form_words::kRowNumber, form_words::kStatement};
  for (const auto& l : f.levels) {
    widths.push_back(level);
    titles.push_back(text(d, l));
  }
  auto edges = edges_rtl(left, width, widths);
  blocks.push_back(header_row(d, titles, edges));
  int n = 0;
  for (const auto& item : f.items) {
    Block row;
    std::string s = text(d, item);  // on paper every row is to be answered: no stars
    double h = d.height(s, d.styles().body, widths[1] - 2 * kPad, 1.3);
    row.height = std::max(kRow, h + 3 * kMm);
    row.cells.push_back(row.items.size());
    number_cell(d, row, ++n, edges[0], row.height);
    row.cells.push_back(row.items.size());
    d.box(row, edges[2], 0, widths[1], row.height, 0.7);
    d.paragraph(row, s, d.styles().body, edges[2] + kPad, (row.height - h) / 2, widths[1] - 2 * kPad,
                Align::start, 1.3);
    const double tick = 3.8 * kMm;
    for (std::size_t i = 2; i < widths.size(); ++i) {
      row.cells.push_back(row.items.size());
      d.box(row, edges[i + 1], 0, widths[i], row.height, 0.7);
      d.box(row, edges[i + 1] + (widths[i] - tick) / 2, (row.height - tick) / 2, tick, tick, 0.7);
    }
    blocks.push_back(std::move(row));
  }
  return blocks;
}

// Labelled writing lines side by side across the measure: "الاسم: ______  التوقيع: ______".
void signature_lines(const Drafter& d, Block& b, const std::vector<std::string>& words, double left, double width,
                     double baseline) {
  if (words.empty()) return;
  double each = width / words.size(), right = left + width;
  for (const auto& w : words) {
    std::string word = w + ":";
    double ww = d.line(b, word, d.styles().label, right - each, each, Align::start, baseline);
    d.rule(b, right - each + 4 * kMm, baseline + 1.2 * kMm, right - ww - 2 * kMm, baseline + 1.2 * kMm, 0.5);
    right -= each;
  }
}

Block draw_declaration(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  double top = 0;
  if (!f.label.empty()) top = d.paragraph(b, text(d, f.label), d.styles().label, left, 0, width, Align::start) + kPad;
  const double pad = 3 * kMm;
  double h = d.paragraph(b, text(d, f.text), d.styles().body, left + pad, top + pad, width - 2 * pad, Align::justify, 1.6);
  d.box(b, left, top, width, h + 2 * pad, 0.7);
  top += h + 2 * pad + 3 * kMm;
  std::vector<std::string> words;
  if (f.sign_name) words.push_back(form_words::kSignName);
  if (f.sign_signature) words.push_back(form_words::kSignature);
  if (f.sign_date) words.push_back(form_words::kSignDate);
  signature_lines(d, b, words, left, width, top + 7 * kMm);
  b.height = top + 11 * kMm;
  return b;
}

Block draw_office_use(const Drafter& d, const Field& f, double left, double width) {
  Block b;
  const double pad = 3 * kMm;
  double inner_left = left + pad, inner = width - 2 * pad;
  double top = pad;
  if (!f.label.empty())
    top += d.paragraph(b, text(d, f.label), d.styles().label, inner_left, top, inner, Align::start) + kPad;
  signature_lines(d, b, {form_words::kOfficeReceivedBy, form_words::kOfficeDate, form_words::kOfficeNumber},
                  inner_left, inner, top + 6.5 * kMm);
  top += kRow + kPad;
  if (!f.decisions.empty()) {
    double baseline = top + 6 * kMm;
    const double first = inner_left + inner -
                         d.line(b, std::string(form_words::kOfficeDecision) + ":", d.styles().label, inner_left,
                                inner, Align::start, baseline) - 4 * kMm;
    double x = first;
    for (const auto& decision : f.decisions) {
      const std::string word = text(d, decision);
      if (x < first && x - d.tick_width(word) < inner_left) {  // no room left on this line
        x = first;
        baseline += 8 * kMm;
        top += 8 * kMm;
      }
      x = d.tick(b, word, x, baseline) - 7 * kMm;
    }
    top += kRow;
  }
  signature_lines(d, b, {form_words::kOfficeNotes}, inner_left, inner, top + 6.5 * kMm);
  top += kRow;
  std::string signer = !f.signed_by.empty()     ? text(d, f.signed_by)
                       : f.decisions.empty() ? form_words::kOfficeSignature
                                             : form_words::kOfficeCommittee;
  signature_lines(d, b, {signer, form_words::kOfficeStamp},
                  inner_left, inner, top + 7.5 * kMm);
  top += kRow + 2 * kMm + pad;
  b.height = top;
  d.rule(b, left, 0, left + width, 0, 0.9, true);
  d.rule(b, left, top, left + width, top, 0.9, true);
  d.rule(b, left, 0, left, top, 0.9, true);
  d.rule(b, left + width, 0, left + width, top, 0.9, true);
  return b;
}

}  // namespace siyasa::form_draw
