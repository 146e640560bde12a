// Stage "forms", internal: the drawing vocabulary of the paper form. A Block is an unbreakable
// piece of a page (a field row, a table row) drawn in its own coordinates: x from the content's
// left edge, y from the block's top, points. The paginator stacks blocks onto pages.
#pragma once

#include <string>
#include <vector>

#include "data/org.h"
#include "layout/paged_document.h"

namespace siyasa::form_draw {

inline constexpr double kMm = 72.0 / 25.4;
inline constexpr Color kInk{0, 0, 0};
inline constexpr Color kGreyRule{0.45, 0.45, 0.45};
inline constexpr Color kShade{0.88, 0.88, 0.88};

struct Block {
  std::vector<PageItem> items;
  double height = 0;
  bool keep_with_next = false;  // a title or a table header: never last on a page
  bool table_header = false;    // repeated at the top of a page a table continues on
  int table = -1;               // which table of its section a row or header belongs to
  // A table's row or header: where each cell's items start in `items`, first column (the right
  // one) first; an empty cell starts where the next one does. Empty: not a table row.
  std::vector<std::size_t> cells;
};

// Text sizes (pt) and roles of the form's parts.
struct Styles {
  TextStyle title{FontRole::heading, 17, false, {}};
  TextStyle section{FontRole::body_bold, 12.5, true, {}};
  TextStyle label{FontRole::body_bold, 10.5, true, {}};
  TextStyle body{FontRole::body, 10.5, false, {}};
  TextStyle small{FontRole::body, 8.5, false, {}};
  TextStyle cell_head{FontRole::body_bold, 9, true, {}};
  TextStyle org_name{FontRole::body_bold, 13.5, true, {}};
};

class Drafter {
 public:
  Drafter(const FontSet& fonts, const OrgData& org, double width) : fonts_(fonts), org_(org), width_(width) {}

  double width() const { return width_; }
  const Styles& styles() const { return styles_; }
  const OrgData& org() const { return org_; }
  std::string number(int n) const;

  // A paragraph in the measure [left, left + width], its top at `top`; returns its height.
  double paragraph(Block& b, const std::string& text, const TextStyle& style, double left, double top,
                   double width, Align align, double line_height = 1.45) const;
  // One line whose first baseline is `baseline`; returns the width its text takes.
  double line(Block& b, const std::string& text, const TextStyle& style, double left, double width,
              Align align, double baseline) const;
  // Natural width of a one-line text.
  double measure(const std::string& text, const TextStyle& style) const;
  // Height of a paragraph in the given measure.
  double height(const std::string& text, const TextStyle& style, double width, double line_height = 1.45) const;

  void rule(Block& b, double x1, double y1, double x2, double y2, double w = 0.6, bool dashed = false,
            Color c = kInk) const;
  void box(Block& b, double x, double y, double w, double h, double stroke = 0.7,
           std::optional<Color> fill = std::nullopt) const;
  // `count` digit cells whose right edge is `right`; returns their left edge.
  double cells(Block& b, double right, double top, int count) const;
  // A tick box (3.8 mm) with its label to its left, starting at `right`; returns where it ends.
  double tick(Block& b, const std::string& label, double right, double baseline) const;
  double tick_width(const std::string& label) const;

 private:
  const FontSet& fonts_;
  const OrgData& org_;
  double width_;
  Styles styles_;
};

// Moves every item of a block by (dx, dy).
void translate(std::vector<PageItem>& items, double dx, double dy);

}  // namespace siyasa::form_draw
