#include "pdf/cluster_order.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

#include "pdf/pdf_objects.h"

namespace siyasa {

bool is_combining_mark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) ||
         (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED) ||
         (c >= 0x0300 && c <= 0x036F) || (c >= 0x0610 && c <= 0x061A);
}

namespace {

constexpr char32_t kTatweel = U'\u0640';

// Spaces and punctuation: characters without a direction of their own (Unicode bidi classes
// WS, CS, ON, ...) among those a policy uses.
bool is_neutral(char32_t c) {
  return (c < 0x80 && !std::isalnum(static_cast<int>(c))) || c == U'\u00A0' || c == U'\u060C';
}

// The invisible characters that steer the bidi algorithm (marks, embeddings, isolates): layout
// uses them (an identifier is isolated in the letterhead, say), but in the PDF the glyphs stand
// in visual order already and a reader would copy them into the text, inside the words.
bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The direction MuPDF gives a glyph whose text starts with `c` (Unicode bidi class): right to left
// for letters of the Arabic and Hebrew blocks and for Arabic-Indic digits (AN), left to right for
// the rest and for European digits and their signs (EN, ES, ET); none for marks, spaces and
// punctuation, which keep the direction before them.
std::optional<bool> mupdf_rtl(char32_t c) {
  constexpr std::u32string_view kLeftToRight = U"+-#$%";
  if (is_combining_mark(c) || (is_neutral(c) && kLeftToRight.find(c) == std::u32string_view::npos))
    return std::nullopt;
  const bool extended_digit = c >= 0x06F0 && c <= 0x06F9;  // EN, as is U+066A (ET)
  return c >= 0x0590 && c <= 0x08FF && !extended_digit && c != 0x066A;
}

// The canonical combining class (Unicode) of the Arabic harakat, tanwin, shadda, sukun, maddah,
// hamza and superscript alef, which NFC puts in ascending order on a letter; 0 for other marks.
int combining_class(char32_t c) {
  if (c >= 0x064B && c <= 0x0652) return 27 + static_cast<int>(c - 0x064B);  // fathatan 27 … sukun 34
  if (c == 0x0653 || c == 0x0654) return 230;
  if (c == 0x0655 || c == 0x0656) return 220;
  if (c == 0x0670) return 35;
  return 0;
}

bool all_marks(std::u32string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_combining_mark);
}

// One cluster of the run: glyphs [first, first + count) of the run's (visual) glyph array, and
// its text.
struct Cluster {
  int first = 0, count = 0;
  std::u32string text;
};

// The run's clusters in visual order. Consecutive glyphs with the same cluster value belong
// together; a cluster's text runs from its value to the next larger value in the run (the first
// cluster from the start of the text). A cluster value met a second time (HarfBuzz does not
// do that) gets no text again.
std::vector<Cluster> clusters_of(const GlyphRun& run) {
  const int n = static_cast<int>(run.glyphs.size());
  const auto start_of = [&](int i) {
    return std::min<std::size_t>(run.glyphs[i].cluster, run.text.size());
  };
  std::set<std::size_t> starts;
  for (int i = 0; i < n; ++i) starts.insert(start_of(i));
  std::vector<Cluster> out;
  std::set<std::size_t> taken;
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && start_of(j) == start_of(i)) ++j;
    const std::size_t start = start_of(i);
    const auto next = starts.upper_bound(start);
    const std::size_t end = next == starts.end() ? run.text.size() : *next;
    Cluster cluster{i, j - i, {}};
    if (taken.insert(start).second) {
      cluster.text = decode_utf8(std::string_view(run.text).substr(start == *starts.begin() ? 0 : start,
                                                                    end - (start == *starts.begin() ? 0 : start)));
      std::erase_if(cluster.text, is_bidi_control);
    }
    out.push_back(std::move(cluster));
    i = j;
  }
  return out;
}

// Each glyph's text, in visual order, for a cluster of several glyphs (see the header).
std::vector<std::u32string> share_text(const GlyphRun& run, const Cluster& cluster,
                                       const ArrangeOptions& options) {
  std::vector<int> logical(cluster.count);  // glyph indices, logical order
  for (int k = 0; k < cluster.count; ++k)
    logical[k] = cluster.first + (run.rtl ? cluster.count - 1 - k : k);
  const bool typed_tatweel = cluster.text.find(kTatweel) != std::u32string::npos;
  const auto inserted = [&](int i) { return !typed_tatweel && options.is_tatweel(run.glyphs[i].glyph); };

  std::vector<std::u32string> texts(cluster.count);
  const auto text_of = [&](int i) -> std::u32string& { return texts[i - cluster.first]; };
  std::u32string rest = cluster.text;
  for (int i : logical) {
    if (inserted(i)) continue;
    const std::optional<char32_t> own = options.own_character(run.glyphs[i].glyph);
    const std::size_t at = own ? rest.find(*own) : std::u32string::npos;
    if (at == std::u32string::npos) continue;
    text_of(i) = std::u32string(1, *own);
    rest.erase(at, 1);
  }
  if (!rest.empty()) {
    // The rest goes to the first glyph that has no character of its own, or else the first.
    auto open = std::find_if(logical.begin(), logical.end(), [&](int i) { return !inserted(i) && text_of(i).empty(); });
    if (open == logical.end())
      open = std::find_if(logical.begin(), logical.end(), [&](int i) { return !inserted(i); });
    if (open != logical.end()) text_of(*open) += rest;
  }
  std::u32string joined;
  for (int i : logical) joined += text_of(i);
  if (joined != cluster.text) {
    // The glyphs do not show the characters in order: the first glyph carries them all.
    for (auto& t : texts) t.clear();
    const auto first = std::find_if(logical.begin(), logical.end(), [&](int i) { return !inserted(i); });
    text_of(first == logical.end() ? logical.front() : *first) = cluster.text;
  }
  return texts;
}

class RunArranger {
 public:
  RunArranger(const GlyphRun& run, double origin_x, double baseline, const ArrangeOptions& options)
      : run_(run), origin_x_(origin_x), baseline_(baseline), options_(options) {}

  std::vector<WrittenGlyph> arrange() {
    out_.reserve(run_.glyphs.size() + 4);
    const std::vector<Cluster> clusters = clusters_of(run_);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      const Cluster& cluster = clusters[c];
      std::vector<std::u32string> texts;
      if (cluster.count == 1)
        texts.push_back(cluster.text);
      else
        texts = share_text(run_, cluster, options_);
      const bool marked = (c == 0 || c + 1 == clusters.size()) && needs_marks(cluster);
      // The marks stand inside the character's box, a quarter of its width from each edge:
      // poppler gives a character of no width at the very edge to the neighbouring word.
      const double left = origin_x_ + run_.glyphs[cluster.first].x;
      const double width = cluster_width(cluster);
      if (marked) add_rtl_mark(left + width / 4);
      for (int k = 0; k < cluster.count; ++k) add(cluster.first + k, std::move(texts[k]));
      if (marked) add_rtl_mark(left + 3 * width / 4);
    }
    if (run_.rtl && options_.phantom) {
      order_marks_canonically();
      place_marks_on_letters();
      mark_spaces_before_marks();
      mark_edge_spaces();
    }
    if (!run_.rtl) overlap_digits();
    return std::move(out_);
  }

 private:
  // A space or punctuation at either end of a right-to-left run borders another run, often
  // digits or Latin. poppler counts every character that is not right-to-left into the
  // neighbouring left-to-right stretch, which moves such a space or bracket to the wrong side of
  // the number ("رقم ( )١٦١وتاريخ"), so it stands between two RIGHT-TO-LEFT MARKs. (A space the
  // line lets hang has no width: it borders nothing.)
  bool needs_marks(const Cluster& cluster) const {
    if (!run_.rtl || !options_.phantom || cluster.text.empty()) return false;
    // A slash joins what it stands between ("1446/ج/17"): a mark there would split the word.
    if (cluster.text.find_first_not_of(U"/") == std::u32string::npos) return false;
    return cluster_width(cluster) > 0.01 * run_.size && std::all_of(cluster.text.begin(), cluster.text.end(), is_neutral);
  }

  // Whether the text written last (outlines aside) ends in a letter, digit, mark or space. A mark
  // after anything else (punctuation, the start of the run) would be taken for that
  // character's: pdfium moves it with the punctuation.
  bool after_letter() const {
    for (auto g = out_.rbegin(); g != out_.rend(); ++g) {
      if (g->text.empty()) continue;
      const char32_t c = g->text.back();
      return c == U' ' || c == U'\u00A0' || is_combining_mark(c) || (c >= 0x0621 && c <= 0x064A) ||
             (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06D3) || (c > 0x7F && c < 0x0600) ||
             (c < 0x80 && std::isalnum(static_cast<int>(c)));
    }
    return false;
  }

  double cluster_width(const Cluster& cluster) const {
    double width = 0;
    for (int k = 0; k < cluster.count; ++k) width += run_.glyphs[cluster.first + k].advance;
    return width;
  }

  // Right to left, the marks on one letter (a shadda and its vowel, say) are written in canonical
  // order (ascending combining class, as NFC has them). pdfium keeps a stretch of marks in the
  // order it is drawn (its bidi takes them for weak left-to-right characters) while it turns the
  // letters around them, where pdf.js and MuPDF turn the marks around too: every engine copies
  // the same text, canonically, but only pdfium's FPDFText_FindStart compares code points, so
  // its copy is the one in canonical order.
  void order_marks_canonically() {
    for (std::size_t i = 0; i < out_.size();) {
      if (!all_marks(out_[i].text)) {
        ++i;
        continue;
      }
      std::vector<std::size_t> stretch;  // consecutive glyphs with text, all of it marks
      std::size_t j = i;
      for (; j < out_.size(); ++j) {
        if (out_[j].text.empty()) continue;  // an outline: drawn apart, no text
        if (!all_marks(out_[j].text)) break;
        stretch.push_back(j);
      }
      std::u32string marks;
      for (std::size_t k : stretch) marks += out_[k].text;
      i = j;
      // Only marks whose classes are known here (Arabic); others keep their order.
      if (std::any_of(marks.begin(), marks.end(), [](char32_t c) { return combining_class(c) == 0; })) continue;
      std::stable_sort(marks.begin(), marks.end(),
                       [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
      std::size_t at = 0;
      for (std::size_t k : stretch) {
        const std::size_t n = out_[k].text.size();
        out_[k].text = marks.substr(at, n);
        at += n;
      }
    }
  }

  // Right to left, the phantoms that carry a letter's marks (and a RIGHT-TO-LEFT MARK written
  // with them) come before the letter, at the pen: mostly where the letter starts, but at the
  // start of the run where the first glyph stands (a mark drawn apart, off its letter), and after
  // punctuation where its last RIGHT-TO-LEFT MARK stands (inside it). They go where the letter
  // starts: poppler takes a character that stands apart from the next one for a word of its own,
  // put on that word's far side with a space ("الرَّحِي ِم", "عَمَل ٍ.").
  void place_marks_on_letters() {
    double letter = kAtPen;  // where the next glyph with text of its own stands
    for (auto g = out_.rbegin(); g != out_.rend(); ++g) {
      if (!g->mark && !g->text.empty())
        letter = g->x;
      else if (g->mark && g->x == kAtPen)
        g->x = letter;
    }
  }

  // A space written right before the marks of the next word's last letter (right to left, a
  // word-final haraka comes before its letter in writing) carries a RIGHT-TO-LEFT MARK before
  // the space. pdf.js takes a glyph whose text begins with a space for white space and skips it
  // for its spacing, so it put one space before the marks (from the space) and another between
  // them and their letter (from the gap the skipped space leaves), splitting the haraka off its
  // word ("كل ٍّ"); with the mark first the glyph counts, and there is no gap left. Readers turn
  // it to the other side of the space, at the edge of the next word (trimmed with punctuation).
  // A run whose first text is such marks (its leftmost word ends in a haraka) starts with an
  // inkless space carrying the same, or pdf.js, which places a mark without looking where it stands,
  // gives the marks to the text written before them (the line above).
  void mark_spaces_before_marks() {
    const auto next_text = [&](std::size_t from) {
      while (from < out_.size() && out_[from].text.empty()) ++from;
      return from;
    };
    // The first glyph from `from` on that stands where it is drawn (the letter after marks).
    const auto placed = [&](std::size_t from) {
      return std::find_if(out_.begin() + static_cast<std::ptrdiff_t>(from), out_.end(),
                          [](const WrittenGlyph& g) { return g.x != kAtPen; });
    };
    std::size_t first = next_text(0);
    // A mark drawn apart at the run's start comes after a RIGHT-TO-LEFT MARK of its own (`add`).
    // pdf.js skips that and would still give the mark to the text before it (a choice label's
    // tanween went to the front of its word, "ًصباحا", a line's leftmost word's to the line
    // above), so the space below takes the place of the lone mark: it carries one too.
    if (first < out_.size() && out_[first].mark && out_[first].text == U"\u200F") {
      const std::size_t next = next_text(first + 1);
      if (next < out_.size() && out_[next].mark && all_marks(out_[next].text)) {
        out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(first));
        first = next_text(0);
      }
    }
    if (first < out_.size() && out_[first].mark && all_marks(out_[first].text)) {
      // It stands a hundredth of an em before the letter, so that it has a width: pdf.js
      // measures from the last glyph that has one (and so for a space the line lets hang).
      const auto letter = placed(first);
      if (letter != out_.end()) {
        letter->own_origin = true;  // where the pen leaves it, rounding could move it
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(first),
                    WrittenGlyph{*options_.phantom, letter->x - run_.size / 100, baseline_, U"\u200F ", false});
      }
    }
    for (std::size_t i = 0; i < out_.size(); ++i) {
      if (out_[i].text != U" " || out_[i].mark || out_[i].index != *options_.phantom) continue;
      const std::size_t next = next_text(i + 1);
      if (next >= out_.size() || !out_[next].mark || !all_marks(out_[next].text)) continue;
      out_[i].text = U"\u200F ";
      // A space the line lets hang has no width: it moves a hundredth of an em to the left.
      const auto letter = placed(next);
      if (letter != out_.end() && out_[i].x != kAtPen && letter->x - out_[i].x < run_.size / 100)
        out_[i].x = letter->x - run_.size / 100;
    }
  }

  // A space at either end of a right-to-left run carries a RIGHT-TO-LEFT MARK before it. The
  // writer gives a line's runs in reading order, right to left, so the pen moves left from one
  // run to the next; pdf.js then starts a new piece of text and forgets a space it skipped at the
  // end of the last piece or at the start of the new one. With the mark first, it keeps it.
  void mark_edge_spaces() {
    const auto is_text = [](const WrittenGlyph& g) { return !g.text.empty() && g.text != U"\u200F"; };
    auto first = std::find_if(out_.begin(), out_.end(), is_text);
    auto last = std::find_if(out_.rbegin(), out_.rend(), is_text);
    if (first != out_.end() && first->text == U" ") first->text = U"\u200F ";
    if (last != out_.rend() && last->text == U" ") last->text = U"\u200F ";
  }

  // MuPDF takes the direction of each glyph from the first character of its text, and Arabic-Indic
  // digits for right to left (Unicode bidi class AN; neutrals keep the direction before them).
  // It turns a line of right-to-left characters around when one of them stands where the pen
  // has moved to, left to right, and reads it in drawing order otherwise; and it puts nothing
  // else on the line of a number the writer gives between two runs of a right-to-left line (the
  // pen jumps back there). So "١٠" came out "٠١". A glyph that stands a little before the pen
  // (overlapping the glyph before it) is taken for neither: each glyph followed by such a digit,
  // or a neutral after one, gets a code whose width reaches past it (`overlaps_next`).
  void overlap_digits() {
    bool rtl = false;  // MuPDF starts each text object (BT, one a run) left to right
    WrittenGlyph* before = nullptr;
    for (WrittenGlyph& g : out_) {
      if (g.text.empty() || g.mark) continue;
      const bool was = rtl;
      if (std::optional<bool> own = mupdf_rtl(g.text.front())) rtl = *own;
      if (before && was && rtl) before->overlaps_next = true;
      before = &g;
    }
  }

  // A RIGHT-TO-LEFT MARK at `x` (at the pen: kAtPen).
  void add_rtl_mark(double x = kAtPen) { out_.push_back({*options_.phantom, x, baseline_, U"\u200F", true}); }

  // Glyph i with its text; marks that are not the glyph's own go to a phantom beside it.
  void add(int i, std::u32string text) {
    const PositionedGlyph& g = run_.glyphs[i];
    WrittenGlyph glyph{g.glyph, origin_x_ + g.x, baseline_ + g.y, {}, false};
    if (g.advance == 0 && all_marks(text)) {
      // A mark drawn apart: drawn as an outline where it stands, its text on a phantom at the
      // pen, so that no reader sees it away from its letter.
      if (options_.phantom) {
        if (run_.rtl && !after_letter()) add_rtl_mark();
        out_.push_back({*options_.phantom, kAtPen, baseline_, std::move(text), true});
        out_.push_back(std::move(glyph));
      } else {
        glyph.text = std::move(text);
        glyph.mark = true;
        out_.push_back(std::move(glyph));
      }
      return;
    }
    // The letters up to the first mark stay with the glyph; from there the text is split into
    // alternating stretches of marks and letters, each on a phantom (marks: no width).
    std::size_t cut = 0;
    while (cut < text.size() && !is_combining_mark(text[cut])) ++cut;
    if (!options_.phantom || cut == text.size() || (cut == 0 && g.advance == 0)) {
      glyph.text = std::move(text);
      out_.push_back(std::move(glyph));
      return;
    }
    std::vector<WrittenGlyph> phantoms;
    for (std::size_t from = cut; from < text.size();) {
      const bool marks = is_combining_mark(text[from]);
      std::size_t to = from;
      while (to < text.size() && is_combining_mark(text[to]) == marks) ++to;
      phantoms.push_back({*options_.phantom, kAtPen, baseline_, text.substr(from, to - from), true});
      from = to;
    }
    glyph.text = text.substr(0, cut);
    // Right to left, what follows in reading comes first in writing.
    if (run_.rtl) {
      for (auto p = phantoms.rbegin(); p != phantoms.rend(); ++p) out_.push_back(std::move(*p));
      out_.push_back(std::move(glyph));
    } else {
      out_.push_back(std::move(glyph));
      for (auto& p : phantoms) out_.push_back(std::move(p));
    }
  }

  const GlyphRun& run_;
  const double origin_x_, baseline_;
  const ArrangeOptions& options_;
  std::vector<WrittenGlyph> out_;
};

}  // namespace

std::vector<WrittenGlyph> arrange_run(const GlyphRun& run, double origin_x, double baseline,
                                      const ArrangeOptions& options) {
  return RunArranger(run, origin_x, baseline, options).arrange();
}

}  // namespace siyasa
