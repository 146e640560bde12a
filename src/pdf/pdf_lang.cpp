#include "pdf/pdf_lang.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace siyasa {
namespace {

bool is_language_tag(const std::string& tag) {
  return !tag.empty() && tag.size() < 36 && std::all_of(tag.begin(), tag.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-';
  });
}

// The number after `key` at or after `from` (e.g. "startxref\n" → 1234), or -1.
long number_after(const std::string& pdf, const std::string& key, std::size_t from) {
  std::size_t at = pdf.find(key, from);
  if (at == std::string::npos) return -1;
  const char* start = pdf.c_str() + at + key.size();
  char* end = nullptr;
  long value = std::strtol(start, &end, 10);
  return end == start ? -1 : value;
}

}  // namespace

std::string set_pdf_language(const std::string& pdf, const std::string& language) {
  if (!is_language_tag(language)) return pdf;
  const std::size_t trailer = pdf.rfind("trailer");
  const long root = trailer == std::string::npos ? -1 : number_after(pdf, "/Root ", trailer);
  const long xref = number_after(pdf, "startxref\n", pdf.rfind("startxref"));
  if (root < 0 || xref <= 0 || static_cast<std::size_t>(xref) >= pdf.size()) return pdf;

  const std::string header = "\n" + std::to_string(root) + " 0 obj\n";
  const std::size_t object = pdf.find(header);
  const std::size_t type = pdf.find("/Type /Catalog", object);
  if (object == std::string::npos || type == std::string::npos ||
      type > pdf.find("endobj", object) || pdf.find("/Lang", object) < pdf.find("endobj", object))
    return pdf;

  const std::size_t insert_at = type + std::string("/Type /Catalog").size();
  const std::string insertion = "\n   /Lang (" + language + ")";
  const long delta = static_cast<long>(insertion.size());
  if (static_cast<std::size_t>(xref) < insert_at || pdf.compare(xref, 5, "xref\n") != 0) return pdf;

  std::string out = pdf.substr(0, insert_at) + insertion + pdf.substr(insert_at);
  // Shift every in-use entry of the cross-reference table that lies after the insertion.
  std::size_t line = out.find('\n', out.find('\n', xref + delta) + 1) + 1;  // after "xref", "0 N"
  while (line + 20 <= out.size() && (out[line + 17] == 'n' || out[line + 17] == 'f')) {
    long offset = std::strtol(out.c_str() + line, nullptr, 10);
    if (out[line + 17] == 'n' && offset > static_cast<long>(insert_at)) {
      char digits[11];
      std::snprintf(digits, sizeof digits, "%010ld", offset + delta);
      out.replace(line, 10, digits);
    }
    line += 20;
  }
  const std::size_t startxref = out.rfind("startxref\n") + std::string("startxref\n").size();
  const std::size_t end = out.find('\n', startxref);
  out.replace(startxref, end - startxref, std::to_string(xref + delta));
  return out;
}

}  // namespace siyasa
