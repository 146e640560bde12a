// Tests: diagnostics as the CLI prints them, one a line, so that an assertion that expects none
// shows what came instead.
#pragma once

#include <string>

#include "core/diagnostic.h"

namespace siyasa {

inline std::string all_messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics) text += format_diagnostic(d) + "\n";
  return text;
}

}  // namespace siyasa
