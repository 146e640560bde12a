#include "template/escape.h"

#include <string_view>

namespace siyasa {
namespace {

constexpr std::string_view kMarkup = "\\`*_{}[]<>()#+-.!|~&";

}  // namespace

std::string escape_markdown(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 8);
  for (char c : value) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      continue;  // other control characters: never text, and 0x1F marks removed template lines
    } else if (kMarkup.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::string_view("\\`*_{}[]<>()#+-.!|~&").find(text[i + 1]) != std::string_view::npos) {
      out += text[++i];
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace siyasa
