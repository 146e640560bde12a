// Shared by the stages that write links (html pages, PDF annotations): one allowlist of schemes.
#include "core/links.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace siyasa {

std::optional<std::string> safe_href(std::string_view url) {
  // Browsers drop tabs and newlines anywhere in a URL and control characters and spaces at its
  // ends before they read the scheme; read it the same way.
  std::string cleaned;
  for (char c : url) {
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  }
  const auto is_edge = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!cleaned.empty() && is_edge(cleaned.front())) cleaned.erase(cleaned.begin());
  while (!cleaned.empty() && is_edge(cleaned.back())) cleaned.pop_back();
  if (cleaned.empty()) return std::nullopt;

  const size_t colon = cleaned.find(':');
  const size_t delimiter = cleaned.find_first_of("/?#");
  if (colon == std::string::npos || (delimiter != std::string::npos && delimiter < colon)) {
    return cleaned;  // relative path or fragment
  }
  std::string scheme = cleaned.substr(0, colon);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::array<std::string_view, 4> kAllowed = {"http", "https", "mailto", "tel"};
  if (std::find(kAllowed.begin(), kAllowed.end(), scheme) == kAllowed.end()) return std::nullopt;
  return cleaned;
}

}  // namespace siyasa
