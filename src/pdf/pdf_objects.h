// Stage "pdf", internal: the file syntax of PDF — numbered objects, compressed streams, the
// cross-reference table — and how numbers and strings are spelled in it. What the objects say
// is up to pdf_document.cpp, font_embed.cpp and page_content.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace siyasa {

// A number as PDF writes it: at most `decimals` places, no trailing zeros, no exponent
// ("12.5", "-0.25", "0"). Appended to `out`, which is the hot path of every content stream.
void append_number(std::string& out, double value, int decimals = 3);
std::string pdf_number(double value, int decimals = 3);

// UTF-8 decoded; an invalid byte becomes U+FFFD.
std::u32string decode_utf8(std::string_view utf8);
void append_utf8_decoded(std::u32string& out, std::string_view utf8);

// Characters as UTF-16BE hex digits ("0633" for U+0633, surrogate pairs beyond the BMP).
void append_utf16_hex(std::string& out, std::u32string_view text);

// A text string (titles, bookmarks, ActualText) as UTF-16BE hex with a byte order mark:
// <FEFF0633...>. Invalid UTF-8 bytes become U+FFFD.
std::string pdf_text_string(std::string_view utf8);

// A literal string of bytes, e.g. (https://example.org/a\(b\)); bytes outside printable ASCII
// are written as octal escapes.
std::string pdf_literal(std::string_view bytes);

// A name (/Amiri-Regular): characters outside ! to ~ and the delimiters become #xx.
std::string pdf_name(std::string_view name);

// Bytes compressed for a /FlateDecode stream, at zlib's fastest level (files 8 % larger than at
// its default level, for a third of the time); empty if zlib fails.
std::string deflate_bytes(std::string_view data);

// The objects of one file, numbered from 1 in the order they are reserved.
class PdfObjects {
 public:
  // A number for an object to be written later (so objects can point at each other).
  int reserve();
  // How many objects there are (the highest number).
  int count() const { return static_cast<int>(bodies_.size()); }
  // The object's body: "<< /Type /Page ... >>", "[1 0 R 2 0 R]", ...
  void set(int id, std::string body);
  // A stream with its dictionary entries (without /Length and /Filter, which are added),
  // compressed with deflate_bytes when `compress`.
  void set_stream(int id, std::string dictionary_entries, std::string_view data, bool compress = true);
  // A stream whose data deflate_bytes has already compressed.
  void set_deflated_stream(int id, std::string dictionary_entries, std::string_view deflated);

  // The whole file: header, objects, cross-reference table, trailer.
  std::string finish(int root, int info, std::string_view version = "1.5") const;

 private:
  std::vector<std::string> bodies_;  // bodies_[id - 1], each "... endobj"-less
};

// FNV-1a (64 bit) of the bytes, from `hash`: names and identifiers that follow the content.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull);

// `ref(7)` is "7 0 R".
std::string ref(int id);

}  // namespace siyasa
