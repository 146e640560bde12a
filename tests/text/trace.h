// Test helper for the text engine: a libraqm-style trace of every stage of one paragraph —
// bidi levels, items (level, script, face), then per line the runs in visual order with each
// glyph's name, cluster and advance — as stable, reviewable text.
#pragma once

#include <string>

#include "layout/paragraph.h"
#include "text/fonts.h"

namespace siyasa::test {

const FontSet& test_fonts();  // fonts/fonts.toml of the checkout, loaded once

std::string trace_paragraph(const FontSet& fonts, const ParagraphSpec& spec);

// Checks the cluster contract of every run (see paragraph.h); returns "" when it holds,
// otherwise what is wrong.
std::string check_clusters(const ParagraphLayout& layout);

}  // namespace siyasa::test
