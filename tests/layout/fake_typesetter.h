// Tests of the layout stage: a stand-in for the text engine with predictable metrics, so page
// flow can be checked without fonts. Every code point is half an em wide; lines break at spaces;
// ascent 0.9 em, descent 0.35 em, line advance = size × line_height. Runs keep their span's
// link and text, placed right to left as an RTL paragraph would be.
#pragma once

#include <string>
#include <vector>

#include "layout/typeset.h"

namespace siyasa::testing {

std::size_t count_code_points(const std::string& text);

ParagraphLayout fake_paragraph(const ParagraphSpec& spec);

inline Typesetter fake_typesetter() { return Typesetter{nullptr, fake_paragraph}; }

}  // namespace siyasa::testing
