// Stage "pdf", internal: turns a GlyphRun into the glyphs the PDF writer writes, in the order it
// writes them, each with the text readers should copy for it, so that the PDF reads as the
// logical text in every common viewer.
//
// Glyphs are written left to right in visual order, as HarfBuzz returns them, whatever the
// run's direction: every reader (pdfium in Chrome and Edge, pdf.js in Firefox, MuPDF, poppler)
// expects that and turns a right-to-left stretch back into logical order itself, character by
// character. So each glyph carries characters of its own cluster that read right reversed with
// it:
// - a cluster of one glyph carries the cluster's text (a ligature such as لا its two letters);
// - in a cluster of several glyphs, each glyph the font's cmap maps to one of the cluster's
//   characters carries that character, and the rest goes to the cluster's first glyph;
// - a glyph with no character of its own (a tatweel the font inserts inside a letter, a piece of
//   a letter) carries nothing: the writer draws it as an outline, which no reader reads as text;
// - combining marks never share a glyph with a letter: pdf.js gives any text with a mark the
//   width of a mark (none), which would open a gap after the letter. Marks that a letter's glyph
//   draws go to an inkless glyph of no width written right after the letter (`phantom`);
// - a mark drawn by a glyph of its own carries no text either: readers take a mark that stands
//   off its letter (above it, shifted) for a word of its own. The glyph is drawn as an outline
//   and a phantom at the pen carries the mark;
// - right to left, the phantoms of a letter's marks are written before the letter and stand
//   where it starts (not at the pen, which at the start of a run or after punctuation is
//   elsewhere): poppler takes a character that stands apart from the next for a word of its own;
// - right to left, the marks on one letter are drawn in canonical order (the vowel before the
//   shadda): pdfium copies a stretch of marks in drawing order, pdf.js and MuPDF reversed;
// - a space at either end of a right-to-left run, and a space right before a word-final haraka,
//   carries RIGHT-TO-LEFT MARK + SPACE (so does an inkless space a hundredth of an em before a
//   run that starts with such a haraka, in place of the lone RIGHT-TO-LEFT MARK before one drawn
//   apart; the letter after it gets an origin of its own): pdf.js skips a glyph whose text begins
//   with white space, and a lone mark, and then finds spaces only where the pen jumps forward
//   (README, "Copy-out in viewers").
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "layout/paragraph.h"

namespace siyasa {

// A phantom's x: wherever the pen is (it draws nothing).
inline constexpr double kAtPen = -1e300;

struct WrittenGlyph {
  std::uint32_t index = 0;  // glyph ID; an inkless glyph for a phantom
  double x = 0, y = 0;      // on the page, pt from the top-left corner; x may be kAtPen
  std::u32string text;      // what readers copy; empty: drawn as an outline, no text
  bool mark = false;        // combining marks only, written with no width of its own
  // Its code's width reaches a little past the next glyph (a number in the TJ array takes the
  // pen back): Arabic-Indic digits in a left-to-right run (README, "Copy-out in viewers").
  bool overlaps_next = false;
  // Written at a text matrix of its own, at x (not where the pen got to): the inkless space
  // before a run's first letter leaves it standing exactly where it stood without that space.
  bool own_origin = false;
};

struct ArrangeOptions {
  // The character the font's cmap maps to the glyph (presentation forms aside), if any.
  std::function<std::optional<char32_t>(std::uint32_t)> own_character;
  // Whether the glyph is a tatweel (kashida) glyph.
  std::function<bool(std::uint32_t)> is_tatweel;
  // An inkless glyph (the space) to carry marks a letter's glyph draws; none: they stay with it.
  std::optional<std::uint32_t> phantom;
};

// Whether `c` is a combining mark (Arabic harakat, tanwin, shadda, sukun, superscript alef,
// Quranic marks; Latin combining diacritics).
bool is_combining_mark(char32_t c);

// The run's glyphs in the order they are written (left to right); `origin_x`, `baseline`: where
// the run's origin lands on the page.
std::vector<WrittenGlyph> arrange_run(const GlyphRun& run, double origin_x, double baseline,
                                      const ArrangeOptions& options);

}  // namespace siyasa
