// Stage "text": line-break opportunities through ICU ubrk (see breaks.h).
#include "text/breaks.h"

#include <unicode/ubrk.h>

#include "text/utf16.h"

namespace siyasa {

std::vector<BreakOpportunity> find_line_breaks(std::string_view text) {
  std::vector<BreakOpportunity> breaks;
  if (text.empty()) return breaks;
  Utf16Text t = to_utf16(text);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator* it = ubrk_open(UBRK_LINE, "ar", t.units.data(),
                                 static_cast<int32_t>(t.units.size()), &status);
  if (U_FAILURE(status)) {
    breaks.push_back({text.size(), true});
    return breaks;
  }
  for (int32_t b = ubrk_following(it, 0); b != UBRK_DONE; b = ubrk_next(it)) {
    bool hard = ubrk_getRuleStatus(it) >= UBRK_LINE_HARD;
    breaks.push_back({t.byte_of_unit[b], hard});
  }
  ubrk_close(it);
  if (breaks.empty() || breaks.back().offset != text.size()) breaks.push_back({text.size(), true});
  return breaks;
}

}  // namespace siyasa
