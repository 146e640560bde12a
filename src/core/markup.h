// Stage "core": text made safe inside HTML or XML (element text and quoted attribute values),
// for the web pages and for the PDF's XMP metadata; and the one loop behind the writers of
// quoted strings (JSON strings, PDF literal strings and names).
#pragma once

#include <string>
#include <string_view>

namespace siyasa {

// & < > " ' as entities; everything else as it is.
std::string escape_markup(std::string_view text);

// `text` between `open` and `close`, each byte for which `escape(byte)` gives a replacement (a
// non-empty string) written as that, every other byte as it is.
template <class Escape>
std::string escape_bytes(std::string_view text, std::string_view open, std::string_view close, Escape escape) {
  std::string out(open);
  out.reserve(open.size() + text.size() + close.size());
  for (unsigned char c : text) {
    const std::string replacement = escape(c);
    if (replacement.empty()) out += static_cast<char>(c);
    else out += replacement;
  }
  out += close;
  return out;
}

// The byte as printf's `format` writes one number (e.g. "\\%03o", "#%02X"), for escape_bytes.
std::string byte_code(const char* format, unsigned char byte);

}  // namespace siyasa
