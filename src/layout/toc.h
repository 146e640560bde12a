// Stage "layout", contents part: the table of contents as slices — one per entry, title on the
// right, dotted leader, page number on the left in the organisation's digits, the whole row a
// link to the heading. Page numbers come from a previous pass over the same slices (toc.cpp
// keeps every entry's height independent of its number, so filling them in moves nothing).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/blocks.h"

namespace siyasa {

struct TocEntry {
  std::string title;
  std::string anchor;   // Anchor::id of the heading it points at
  int level = 1;        // 1 = top (bold), 2 = indented
};

// Entries for every anchor marked in_toc, in slice order; `top_level` is the outline level
// shown as TOC level 1.
std::vector<TocEntry> collect_toc(const std::vector<Slice>& slices, int top_level);

// The heading "جدول المحتويات" and one slice per entry. `pages` maps anchor ids to 1-based page
// numbers; an anchor not in it (the first pass) shows no number.
void append_toc(const BodyContext& ctx, const std::vector<TocEntry>& entries,
                const std::map<std::string, int>& pages, std::vector<Slice>& out);

}  // namespace siyasa
