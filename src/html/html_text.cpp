// Stage "html": escaping and link checking shared by the DocTree renderer and the page builder.
#include "html/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace siyasa {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_html_keeping_dates(std::string_view text) {
  // Three groups of Western, Arabic-Indic or Persian digits joined by / - or . (spaces around
  // allowed), then the calendar's sign when there is one: هـ, or م standing alone.
  static const std::regex date(
      "(?:[0-9]|\xD9[\xA0-\xA9]|\xDB[\xB0-\xB9])+(?: ?[/.-] ?(?:[0-9]|\xD9[\xA0-\xA9]|\xDB[\xB0-\xB9])+){2}"
      "(?: ?(?:\xD9\x87\xD9\x80|\xD9\x85(?![\xD8-\xDB])))?");
  std::string html;
  const std::string source(text);
  std::size_t done = 0;
  for (std::sregex_iterator it(source.begin(), source.end(), date), end; it != end; ++it) {
    html += escape_html(std::string_view(source).substr(done, it->position() - done));
    html += "<span class=\"date\">" + escape_html(it->str()) + "</span>";
    done = it->position() + it->length();
  }
  return html + escape_html(std::string_view(source).substr(done));
}

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
