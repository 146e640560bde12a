// Stage "template": `siyasa diff`. In: a policy's blocks as one side prints them (ids and words)
// and another text (the organisation's wording, or a text pasted from its approved PDF); out: a
// word-level diff grouped by block, so each difference names the block an override would change.
// Plain text, one line per block id and one per block's words, readable in a right-to-left
// terminal as in a left-to-right one: [-words only in the blocks-] {+words only in the other text+}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "template/policy.h"

namespace siyasa {

struct WordDiff {
  std::string report;       // what `siyasa diff` prints
  int blocks_differing = 0;
  int blocks = 0;
};

// Words are compared without harakat, tatweel, invisible marks, the punctuation around them and
// the list markers at line starts of `other`; Arabic-Indic and Western digits count as the same.
// Fails when the texts are too long to compare (more than about 5000 words each).
Result<WordDiff> diff_words(const std::vector<PolicyBlock>& blocks, std::string_view other);

}  // namespace siyasa
