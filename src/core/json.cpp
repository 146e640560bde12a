#include "core/json.h"

#include "core/markup.h"

namespace siyasa {

std::string json_quote(std::string_view text) {
  return escape_bytes(text, "\"", "\"", [](unsigned char c) -> std::string {
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: return c < 0x20 ? byte_code("\\u%04x", c) : std::string();
    }
  });
}

}  // namespace siyasa
