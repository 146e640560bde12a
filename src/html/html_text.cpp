// Stage "html": escaping and link checking shared by the DocTree renderer and the page builder.
#include "html/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>

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

}  // namespace siyasa
