// Stage "text": where a line may end (ICU line-break iterator, UAX #14 with Arabic tailoring).
// UTF-8 text in; break opportunities as byte offsets out, in increasing order, ending with
// text.size(). A mandatory break follows a newline or paragraph separator.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siyasa {

struct BreakOpportunity {
  std::size_t offset = 0;  // the line may end just before this byte
  bool mandatory = false;
};

std::vector<BreakOpportunity> find_line_breaks(std::string_view text);

}  // namespace siyasa
