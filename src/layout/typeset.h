// Stage "layout", the bridge from paragraphs to page items: a Typesetter lays out one paragraph
// (the real text engine, or a fake in tests) and these helpers turn its lines into positioned
// TextItems and LinkItems. Everything above (flow, letterhead, TOC) goes through here.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/deadline.h"
#include "layout/paged_document.h"
#include "layout/paragraph.h"

namespace siyasa {

using ParagraphFunction = std::function<ParagraphLayout(const ParagraphSpec&)>;

struct Typesetter {
  std::shared_ptr<const FontSet> fonts;  // handed on to PagedDocument::fonts
  ParagraphFunction paragraph;           // layout_paragraph over `fonts`, or a test's fake
  // What the text engine reported while this typesetter laid out a document (a word wider than
  // its line …), in order; the body setter gives each the line of the block it came from.
  std::shared_ptr<Diagnostics> problems = std::make_shared<Diagnostics>();
  // The document's time bound. Once it has expired, the text engine lays out nothing more
  // (empty layouts) and adds one time_limit_error without a position to `problems`, which the
  // body setter points at the block it was working on; whole-document steps check it too.
  Deadline deadline;
  // The document's logical structure as layout finds it (headings, paragraphs, lists, tables,
  // figures); the items placed point into it with their `tag`, and the finished PagedDocument
  // takes it over.
  std::shared_ptr<Structure> structure = std::make_shared<Structure>();
};

// The text engine over `fonts` (defined in typesetter.cpp, the one place that calls it).
Typesetter make_typesetter(std::shared_ptr<const FontSet> fonts, const Deadline& deadline = {});

// Where a laid-out line's ink goes: the baseline of line `index` when the paragraph's top is
// `top`, with the leading split above and below the glyphs (as CSS does).
double baseline_of(const ParagraphLayout& layout, std::size_t index, double top);

// The TextItems (and a LinkItem per linked run) of one line whose box starts at `left`
// with its baseline at `baseline`. Links to "#anchor" stay as uri "#anchor" until resolved.
void place_line(const Line& line, double left, double baseline, const Color& color,
                const Color& link_color, std::vector<PageItem>& out);

// Left edge of a line's ink relative to its box (runs may be moved by alignment).
double line_ink_left(const Line& line);
double line_ink_right(const Line& line);

// Natural width of one line of text in one style (for markers, labels, numbers).
double measure_text(const Typesetter& ts, const std::string& text, const TextStyle& style,
                    BaseDirection direction = BaseDirection::rtl);

// Lays out `spans` as one paragraph and places every line from `top`; returns the height used.
double place_paragraph(const Typesetter& ts, const ParagraphSpec& spec, double left, double top,
                       const Color& color, std::vector<PageItem>& out);

}  // namespace siyasa
