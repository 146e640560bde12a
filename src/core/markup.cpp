#include "core/markup.h"

#include <cstdio>

namespace siyasa {

std::string escape_markup(std::string_view text) {
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

std::string byte_code(const char* format, unsigned char byte) {
  char code[16];
  std::snprintf(code, sizeof code, format, static_cast<unsigned>(byte));
  return code;
}

}  // namespace siyasa
