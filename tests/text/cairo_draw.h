// Test helper for the text engine: draws a laid-out paragraph with cairo, to PNG or PDF (by the
// file's extension), through cairo_show_text_glyphs with each run's text and clusters — as the
// PDF writer once did — so people can look at it.
// cairo stays in tests/text/: src/text and src/layout know nothing of it.
#pragma once

#include <filesystem>

#include "layout/paragraph.h"
#include "text/fonts.h"

namespace siyasa::test {

// Returns false when cairo rejected a run's cluster mapping or the file could not be written.
bool render_paragraph(const FontSet& fonts, const ParagraphLayout& layout, double width,
                      double scale, const std::filesystem::path& out);

}  // namespace siyasa::test
