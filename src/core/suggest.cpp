#include "core/suggest.h"

#include <algorithm>

namespace siyasa {
namespace {

// The first of the closest names; "" when even that one is more edits away than a third of the
// shorter of the two words (at least one edit).
template <typename Names>
std::string closest(std::string_view wrong, const Names& names) {
  std::string_view best;
  int best_distance = -1;
  for (std::string_view name : names) {
    const int d = edit_distance(wrong, name);
    if (best_distance < 0 || d < best_distance) {
      best = name;
      best_distance = d;
    }
  }
  if (best_distance < 0) return {};
  const int tolerance = std::max<int>(1, static_cast<int>(std::min(wrong.size(), best.size()) / 3));
  return best_distance <= tolerance ? std::string(best) : std::string();
}

std::string phrase(const std::string& name) { return name.empty() ? name : "did you mean '" + name + "'?"; }

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours.
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::string closest_name(std::string_view wrong, const std::vector<std::string_view>& names) {
  return closest(wrong, names);
}
std::string closest_name(std::string_view wrong, const std::vector<std::string>& names) {
  return closest(wrong, names);
}
std::string closest_name(std::string_view wrong, std::initializer_list<std::string_view> names) {
  return closest(wrong, names);
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string_view>& names) {
  return phrase(closest(wrong, names));
}
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& names) {
  return phrase(closest(wrong, names));
}
std::string did_you_mean(std::string_view wrong, std::initializer_list<std::string_view> names) {
  return phrase(closest(wrong, names));
}

}  // namespace siyasa
