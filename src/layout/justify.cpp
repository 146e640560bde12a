// Stage "layout", paragraph step 4: justify one line. Kashida first (when asked): a few good
// places get tatweels, inserted where HarfBuzz marks it safe, and the pieces are reshaped; the
// rest of the space goes evenly to the inter-word spaces. Letters are never spaced apart.
#include <algorithm>
#include <cmath>
#include <map>

#include "layout/paragraph_parts.h"
#include "text/utf16.h"

namespace siyasa {

namespace {

constexpr int kMinWordLetters = 3;  // never elongate "من", "قد", "في"
constexpr double kFillTolerance = 0.01;  // pt
constexpr double kMaxSpaceShrink = 0.5;  // the breaker asks for less; more would glue words

bool is_arabic_mark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
         (c >= 0x08D3 && c <= 0x08FF);
}

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5;
}

char32_t codepoint_at(const std::string& text, std::size_t at) {
  return next_codepoint(text, at);
}

// The base letter before byte `at`, skipping harakat.
char32_t base_before(const std::string& text, std::size_t from, std::size_t at) {
  while (at > from) {
    std::size_t k = at - 1;
    while (k > from && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    char32_t c = codepoint_at(text, k);
    if (!is_arabic_mark(c)) return c;
    at = k;
  }
  return 0;
}

// Whether the letter at `at` ends its word (only harakat follow before a non-letter).
bool word_final(const std::string& text, std::size_t at, std::size_t end) {
  std::size_t i = at;
  next_codepoint(text, i);
  while (i < end) {
    char32_t c = next_codepoint(text, i);
    if (is_arabic_mark(c)) continue;
    return !is_arabic_letter(c);
  }
  return true;
}

// Number of Arabic letters in the word around byte `at` (bounded by [from, to)).
int word_letters(const std::string& text, std::size_t from, std::size_t to, std::size_t at) {
  std::size_t i = at;
  while (i > from) {  // back to the word's start
    std::size_t k = i - 1;
    while (k > from && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    char32_t c = codepoint_at(text, k);
    if (!is_arabic_letter(c) && !is_arabic_mark(c)) break;
    i = k;
  }
  int letters = 0;
  while (i < to) {
    char32_t c = next_codepoint(text, i);
    if (is_arabic_mark(c)) continue;
    if (!is_arabic_letter(c)) break;
    ++letters;
  }
  return letters;
}

bool one_of(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

// How good a place for a kashida the join between `before` and `letter` is (0: not at all),
// after the customary order of Naskh typesetting: the tail of seen and sad first, then before
// a final heh, teh marbuta or dal, then before a final alef, lam, kaf or tah, and so on.
int kashida_score(char32_t before, char32_t letter, bool final) {
  if (!is_arabic_letter(before) || !is_arabic_letter(letter)) return 0;
  if (one_of(before, U"سشصض")) return 6;
  if (final && one_of(letter, U"ةهدذ")) return 5;
  if (final && one_of(letter, U"الكطظ")) return 4;
  if (final && one_of(letter, U"رزوعغقف")) return 3;
  if (final) return 2;
  return 1;
}

struct KashidaPlace {
  std::size_t piece = 0;
  std::size_t at = 0;      // tatweels go just before this byte
  int score = 0;
  double tatweel = 0;      // pt width of one tatweel in this piece's face and size
  int count = 0;
};

std::vector<KashidaPlace> find_kashida_places(const FontSet& fonts, const Prepared& p,
                                              const std::vector<LinePiece>& pieces,
                                              std::size_t trim) {
  std::map<int, KashidaPlace> best_per_word;  // word index → its best place
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const LinePiece& piece = pieces[k];
    const PreparedItem& item = p.items[piece.item];
    if (!piece.rtl || item.item.script != "Arab") continue;
    double tatweel = tatweel_glyph(fonts, item.item.face).advance * item.scale;
    if (tatweel <= 0) continue;
    for (const PieceGlyph& g : piece.glyphs) {
      if (!g.safe_for_tatweel || g.cluster <= piece.start || g.cluster >= trim) continue;
      char32_t letter = codepoint_at(p.text, g.cluster);
      char32_t before = base_before(p.text, piece.start, g.cluster);
      int score = kashida_score(before, letter, word_final(p.text, g.cluster, piece.end));
      if (score == 0 || word_letters(p.text, piece.start, piece.end, g.cluster) < kMinWordLetters)
        continue;
      int word = p.sums.spaces[g.cluster];
      auto it = best_per_word.find(word);
      if (it == best_per_word.end() || score > it->second.score ||
          (score == it->second.score && g.cluster > it->second.at))
        best_per_word[word] = {k, g.cluster, score, tatweel, 0};
    }
  }
  std::vector<KashidaPlace> places;
  for (auto& [word, place] : best_per_word) places.push_back(place);
  std::stable_sort(places.begin(), places.end(),
                   [](const KashidaPlace& a, const KashidaPlace& b) { return a.score > b.score; });
  return places;
}

double total_width(const std::vector<LinePiece>& pieces) {
  double w = 0;
  for (const LinePiece& piece : pieces) w += piece.width();
  return w;
}

void reshape_with(const FontSet& fonts, const Prepared& p, std::vector<LinePiece>& pieces,
                  const std::vector<std::vector<PieceGlyph>>& original,
                  const std::vector<KashidaPlace>& places, std::size_t start, std::size_t end) {
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::vector<std::pair<std::size_t, int>> tatweels;
    for (const KashidaPlace& pl : places)
      if (pl.piece == k && pl.count > 0) tatweels.push_back({pl.at, pl.count});
    if (tatweels.empty()) {
      pieces[k].glyphs = original[k];
      continue;
    }
    std::sort(tatweels.begin(), tatweels.end());
    pieces[k].glyphs = reshape_piece(fonts, p, pieces[k], start, end, tatweels);
  }
}

// Spends most of `extra` on tatweels, best places first, a few tatweels each, so that few
// words are elongated; what is left (less than one tatweel) goes to the spaces.
void apply_kashida(const FontSet& fonts, const Prepared& p, std::vector<LinePiece>& pieces,
                   std::size_t start, std::size_t end, double measure) {
  const std::size_t trim = trim_trailing_space(p.text, start, end);
  std::vector<KashidaPlace> places = find_kashida_places(fonts, p, pieces, trim);
  if (places.empty()) return;
  // Medial joins (score 1) only when nothing better exists on the line.
  if (places.front().score > 1)
    std::erase_if(places, [](const KashidaPlace& pl) { return pl.score <= 1; });
  const std::size_t words = static_cast<std::size_t>(p.sums.spaces[trim] - p.sums.spaces[start]) + 1;
  places.resize(std::min(places.size(), std::max<std::size_t>(1, words / kWordsPerKashida)));
  double extra = measure - total_width(pieces);
  std::vector<std::size_t> order;  // which place got each tatweel, to take them back in reverse
  for (KashidaPlace& pl : places) {
    while (pl.count < kMaxTatweelsPerWord && extra >= pl.tatweel) {
      ++pl.count;
      extra -= pl.tatweel;
      order.push_back(static_cast<std::size_t>(&pl - places.data()));
    }
  }
  if (order.empty()) return;
  std::vector<std::vector<PieceGlyph>> original;
  for (const LinePiece& piece : pieces) original.push_back(piece.glyphs);
  // Tatweels can change the letters' forms around them; take some back if the line overflows.
  while (true) {
    reshape_with(fonts, p, pieces, original, places, start, end);
    if (total_width(pieces) <= measure + kFillTolerance || order.empty()) break;
    --places[order.back()].count;
    order.pop_back();
  }
  for (LinePiece& piece : pieces) {  // keep trailing whitespace hanging after a reshape
    for (PieceGlyph& g : piece.glyphs)
      if (g.cluster >= trim) g.advance = 0;
  }
}

}  // namespace

bool justify_line(const FontSet& fonts, const Prepared& p, std::vector<LinePiece>& pieces,
                  std::size_t start, std::size_t end, double measure, bool kashida) {
  if (kashida && measure - total_width(pieces) > kFillTolerance)
    apply_kashida(fonts, p, pieces, start, end, measure);
  const std::size_t trim = trim_trailing_space(p.text, start, end);
  std::vector<PieceGlyph*> spaces;
  for (LinePiece& piece : pieces) {
    for (PieceGlyph& g : piece.glyphs) {
      if (g.cluster >= trim) continue;
      std::size_t at = g.cluster;
      if (is_justifiable_space(next_codepoint(p.text, at))) spaces.push_back(&g);
    }
  }
  const double extra = measure - total_width(pieces);
  if (std::abs(extra) <= kFillTolerance) return true;
  if (spaces.empty()) return false;
  double space_total = 0;
  for (const PieceGlyph* g : spaces) space_total += g->advance;
  if (extra < 0 && -extra > space_total * kMaxSpaceShrink) return false;  // overfull: leave it
  // Stretch every space by the same amount; shrink each in proportion to its width.
  const double each = extra / static_cast<double>(spaces.size());
  for (PieceGlyph* g : spaces) g->advance += extra > 0 ? each : extra * g->advance / space_total;
  return true;
}

}  // namespace siyasa
