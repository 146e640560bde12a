// Stage "forms", internal: one field of a spec in, the blocks that draw it on paper out (most
// fields are one block; a table or a scale is a header block and one block per row).
#pragma once

#include <vector>

#include "forms/form_draw.h"
#include "forms/form_spec.h"

namespace siyasa::form_draw {

// Blocks for `field`, drawn in the measure [left, left + width] (x from the content's left edge).
std::vector<Block> draw_field(const Drafter& d, const Field& field, double left, double width);

}  // namespace siyasa::form_draw
