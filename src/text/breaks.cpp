// Stage "text": line-break opportunities through ICU ubrk (see breaks.h).
#include "text/breaks.h"

#include <unicode/ubrk.h>

#include "text/utf16.h"

namespace siyasa {

namespace {

// Opening a line-break iterator reads ICU's rule data (5,000 opens were 5% of a batch build), so
// each thread opens one and hands it new text.
struct ThreadIterator {
  UBreakIterator* it = nullptr;
  ~ThreadIterator() {
    if (it) ubrk_close(it);
  }
};

UBreakIterator* line_iterator(const std::u16string& units, UErrorCode& status) {
  thread_local ThreadIterator line;
  if (!line.it) line.it = ubrk_open(UBRK_LINE, "ar", nullptr, 0, &status);
  if (U_FAILURE(status) || !line.it) return nullptr;
  ubrk_setText(line.it, units.data(), static_cast<int32_t>(units.size()), &status);
  return U_SUCCESS(status) ? line.it : nullptr;
}

}  // namespace

std::vector<BreakOpportunity> find_line_breaks(std::string_view text) {
  std::vector<BreakOpportunity> breaks;
  if (text.empty()) return breaks;
  Utf16Text t = to_utf16(text);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator* it = line_iterator(t.units, status);
  if (!it) {
    breaks.push_back({text.size(), true});
    return breaks;
  }
  for (int32_t b = ubrk_following(it, 0); b != UBRK_DONE; b = ubrk_next(it)) {
    bool hard = ubrk_getRuleStatus(it) >= UBRK_LINE_HARD;
    breaks.push_back({t.byte_of_unit[b], hard});
  }
  if (breaks.empty() || breaks.back().offset != text.size()) breaks.push_back({text.size(), true});
  return breaks;
}

}  // namespace siyasa
