// Shared by every stage that reports a misspelt name (keys of organisation files and form specs,
// placeholders, options, policy ids, field kinds): the name that was probably meant, for the
// "did you mean" hints. One distance and one tolerance everywhere.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace siyasa {

// Edit distance between two byte strings (names are ASCII); swapping two neighbours is one edit
// ("ibna" → "iban"), the typo people make most in key names.
int edit_distance(std::string_view a, std::string_view b);

// The name closest to `wrong` when it is close enough to be a typo of it, else "".
std::string closest_name(std::string_view wrong, const std::vector<std::string_view>& names);
std::string closest_name(std::string_view wrong, const std::vector<std::string>& names);
std::string closest_name(std::string_view wrong, std::initializer_list<std::string_view> names);

// "did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view wrong, const std::vector<std::string_view>& names);
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& names);
std::string did_you_mean(std::string_view wrong, std::initializer_list<std::string_view> names);

}  // namespace siyasa
