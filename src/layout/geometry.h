// Stage "layout", page geometry: where on an A4 page the letterhead, the body and the footer go,
// and the type sizes and colours every part of a policy document shares. Pure values, no logic.
// Units are PostScript points from the page's top-left corner, y grows downwards.
#pragma once

#include "layout/paged_document.h"

namespace siyasa {

struct PageGeometry {
  double width = 595.2756;       // A4
  double height = 841.8898;
  double margin_x = 56.69;       // 2 cm left and right: nothing is drawn outside
  double margin_top = 28.35;     // 1 cm: the letterhead starts here
  double margin_bottom = 28.35;  // 1 cm: the footer ends here
  double header_height = 96;     // letterhead band below margin_top, rule included
  double footer_height = 46;     // footer band above margin_bottom, rule included
  double body_gap = 14;          // between the bands and the body

  double body_left() const { return margin_x; }
  double body_right() const { return width - margin_x; }
  double body_width() const { return width - 2 * margin_x; }
  double body_top() const { return margin_top + header_height + body_gap; }
  double body_bottom() const { return height - margin_bottom - footer_height - body_gap; }
  double body_height() const { return body_bottom() - body_top(); }
};

// Type sizes (pt) and colours of a policy document.
struct DocumentStyle {
  double body_size = 13;
  double body_line_height = 1.65;
  double heading_size[3] = {16, 14, 13};    // display levels 1, 2, 3
  double title_size = 22;
  double small_size = 9;                    // letterhead and footer
  double table_size = 11.5;
  double paragraph_gap = 6;                 // space before a paragraph
  double heading_gap[3] = {16, 12, 8};      // space before a heading
  double list_indent = 22;                  // per nesting level, the marker hangs in it
  double quote_indent = 24;
  Color text{0.08, 0.08, 0.08};
  Color accent{0.0, 0.36, 0.33};            // headings, rules (a deep green)
  Color muted{0.35, 0.35, 0.35};            // letterhead and footer
  Color table_header_fill{0.89, 0.94, 0.93};
  Color quote_fill{0.95, 0.96, 0.96};
  Color link{0.05, 0.3, 0.6};
};

}  // namespace siyasa
