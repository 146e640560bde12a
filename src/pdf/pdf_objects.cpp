#include "pdf/pdf_objects.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <zlib.h>

#include "core/markup.h"
#include "text/utf16.h"

namespace siyasa {

void append_number(std::string& out, double value, int decimals) {
  // Integer arithmetic on the value scaled by 10^decimals: every number of a content stream goes
  // through here, and std::to_chars on doubles costs several times as much.
  static constexpr double kScales[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  decimals = std::clamp(decimals, 0, 6);
  const double scaled = std::round(value * kScales[decimals]);
  if (!(std::abs(scaled) < 1e15)) {  // NaN, infinite, or beyond any page: keep the file valid
    out += '0';
    return;
  }
  std::int64_t units = static_cast<std::int64_t>(scaled);
  if (units == 0) {
    out += '0';
    return;
  }
  if (units < 0) {
    out += '-';
    units = -units;
  }
  const std::int64_t scale = static_cast<std::int64_t>(kScales[decimals]);
  out += std::to_string(units / scale);
  std::int64_t fraction = units % scale;
  if (fraction == 0) return;
  char digits[8];
  int length = decimals;
  for (int i = decimals - 1; i >= 0; --i, fraction /= 10) digits[i] = static_cast<char>('0' + fraction % 10);
  while (digits[length - 1] == '0') --length;
  out += '.';
  out.append(digits, length);
}

std::string pdf_number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  append_utf8_decoded(out, utf8);
  return out;
}

void append_utf8_decoded(std::u32string& out, std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) out += next_codepoint(utf8, i);
}

void append_utf16_hex(std::string& out, std::u32string_view text) {
  static const char hex[] = "0123456789ABCDEF";
  auto unit = [&](unsigned u) {
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(u >> shift) & 0xF];
  };
  for (char32_t code : text) {
    if (code >= 0x10000 && code <= 0x10FFFF) {
      unit(0xD800 + ((code - 0x10000) >> 10));
      unit(0xDC00 + ((code - 0x10000) & 0x3FF));
    } else {
      unit(code > 0xFFFF ? 0xFFFD : code);
    }
  }
}

std::string pdf_text_string(std::string_view utf8) {
  std::string out = "<FEFF";
  append_utf16_hex(out, decode_utf8(utf8));
  return out + ">";
}

std::string pdf_literal(std::string_view bytes) {
  return escape_bytes(bytes, "(", ")", [](unsigned char c) -> std::string {
    if (c == '(' || c == ')' || c == '\\') return {'\\', static_cast<char>(c)};
    return c < 0x20 || c > 0x7E ? byte_code("\\%03o", c) : std::string();
  });
}

std::string pdf_name(std::string_view name) {
  static const std::string_view delimiters = "()<>[]{}/%#";
  return escape_bytes(name, "/", "", [](unsigned char c) {
    const bool plain = c >= '!' && c <= '~' && delimiters.find(static_cast<char>(c)) == std::string_view::npos;
    return plain ? std::string() : byte_code("#%02X", c);
  });
}

std::string ref(int id) { return std::to_string(id) + " 0 R"; }

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

int PdfObjects::reserve() {
  bodies_.emplace_back();
  return static_cast<int>(bodies_.size());
}

void PdfObjects::set(int id, std::string body) { bodies_.at(id - 1) = std::move(body); }

std::string deflate_bytes(std::string_view data) {
  uLongf length = compressBound(static_cast<uLong>(data.size()));
  std::string out(length, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &length,
                reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                Z_BEST_SPEED) != Z_OK)
    return {};
  out.resize(length);
  return out;
}

void PdfObjects::set_stream(int id, std::string dictionary_entries, std::string_view data,
                            bool compress) {
  const std::string deflated = compress ? deflate_bytes(data) : std::string();
  if (!deflated.empty()) {
    set_deflated_stream(id, std::move(dictionary_entries), deflated);
    return;
  }
  std::string body = "<< " + dictionary_entries + " /Length " + std::to_string(data.size()) +
                     " >>\nstream\n";
  body += data;
  body += "\nendstream";
  bodies_.at(id - 1) = std::move(body);
}

void PdfObjects::set_deflated_stream(int id, std::string dictionary_entries, std::string_view deflated) {
  std::string body = "<< " + dictionary_entries + " /Filter /FlateDecode /Length " +
                     std::to_string(deflated.size()) + " >>\nstream\n";
  body += deflated;
  body += "\nendstream";
  bodies_.at(id - 1) = std::move(body);
}

std::string PdfObjects::finish(int root, int info, std::string_view version) const {
  std::string out = "%PDF-";
  out += version;
  out += "\n%\xE2\xE3\xCF\xD3\n";  // bytes above 127: the file is binary
  std::vector<std::size_t> offsets;
  offsets.reserve(bodies_.size());
  for (std::size_t i = 0; i < bodies_.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n";
    out += bodies_[i].empty() ? "null" : bodies_[i];
    out += "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(bodies_.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(bodies_.size() + 1) + " /Root " + ref(root);
  if (info > 0) out += " /Info " + ref(info);
  // The file identifier (14.4) from the file's own bytes, so the same document gets the same one.
  const std::uint64_t bytes_hash = fnv1a(out), length_hash = fnv1a(std::to_string(out.size()), bytes_hash);
  char id[40];
  std::snprintf(id, sizeof id, "%016llx%016llx", static_cast<unsigned long long>(bytes_hash),
                static_cast<unsigned long long>(length_hash));
  out += std::string(" /ID [<") + id + "> <" + id + ">]";
  out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace siyasa
