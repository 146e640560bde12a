// Stage "template": a misspelt name and the names that exist in; the closest one out (for
// "did you mean" hints), or an empty string when none is close.
#pragma once

#include <string>
#include <vector>

namespace siyasa {

std::string closest_name(const std::string& wrong, const std::vector<std::string>& names);

// "did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(const std::string& wrong, const std::vector<std::string>& names);

}  // namespace siyasa
