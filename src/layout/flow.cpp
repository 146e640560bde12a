#include "layout/flow.h"

namespace siyasa {
namespace {

// Moves every item of a slice down by `dy`.
void shift_items(std::vector<PageItem>& items, double dy) {
  for (auto& item : items) {
    std::visit(
        [dy](auto& it) {
          using T = std::decay_t<decltype(it)>;
          if constexpr (std::is_same_v<T, RuleItem>) {
            it.y1 += dy;
            it.y2 += dy;
          } else {
            it.y += dy;
          }
        },
        item);
  }
}

// Index of the first slice of each page.
std::vector<std::size_t> find_page_starts(const std::vector<Slice>& slices, double frame) {
  std::vector<std::size_t> starts;
  if (slices.empty()) return starts;
  starts.push_back(0);
  std::size_t start = 0;
  double used = 0;
  std::size_t i = 0;
  while (i < slices.size()) {
    const Slice& s = slices[i];
    if (i > start && s.page_break_before) {
      starts.push_back(i);
      start = i;
      used = s.repeat_header ? s.repeat_header->height : 0;
      continue;
    }
    const double need = (i == start ? 0 : s.space_before) + s.height;
    if (i == start || used + need <= frame + 1e-6) {
      used += need;
      ++i;
      continue;
    }
    // Break before the chain of kept-together slices that ends at i.
    std::size_t at = i;
    while (at > start + 1 && slices[at - 1].keep_with_next && !slices[at].page_break_before) --at;
    if (at == start + 1 && slices[start].keep_with_next && !slices[at].page_break_before) at = i;
    starts.push_back(at);
    start = at;
    used = slices[at].repeat_header ? slices[at].repeat_header->height : 0;
    i = at;
  }
  return starts;
}

}  // namespace

FlowResult flow_slices(const std::vector<Slice>& slices, const PageGeometry& geometry) {
  FlowResult result;
  const auto starts = find_page_starts(slices, geometry.body_height());
  for (std::size_t p = 0; p < starts.size(); ++p) {
    const std::size_t end = p + 1 < starts.size() ? starts[p + 1] : slices.size();
    Page page;
    page.width = geometry.width;
    page.height = geometry.height;
    std::vector<int> indices;
    double y = geometry.body_top();
    if (const auto& header = slices[starts[p]].repeat_header; header && p > 0) {
      std::vector<PageItem> items = header->items;
      shift_items(items, y);
      // The header again is page furniture: its cells are in the structure once already.
      tag_items_as_artifacts(items);
      for (auto& item : items) page.items.push_back(std::move(item));
      y += header->height;
    }
    for (std::size_t i = starts[p]; i < end; ++i) {
      const Slice& s = slices[i];
      if (i != starts[p]) y += s.space_before;
      if (s.height > geometry.body_height() + 1e-6)
        result.warnings.push_back(Diagnostic{Severity::warning, {}, "a " + s.what +
                                             " is taller than a page and runs past the bottom margin", {}});
      std::vector<PageItem> items = s.items;
      shift_items(items, y);
      for (auto& item : items) page.items.push_back(std::move(item));
      for (const auto& a : s.anchors)
        result.anchors.push_back(PlacedAnchor{a, static_cast<int>(p), y + a.y});
      indices.push_back(static_cast<int>(i));
      y += s.height;
    }
    result.pages.push_back(std::move(page));
    result.slices_on_page.push_back(std::move(indices));
  }
  return result;
}

}  // namespace siyasa
