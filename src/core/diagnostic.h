// Shared by every stage: a problem found in the user's input, pointing at the file, line and
// column it came from. Library code returns these; only src/cli/ prints them.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace siyasa {

struct SourcePos {
  std::string file;  // as the user named it (relative paths stay relative)
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based; 0 when unknown
};

enum class Severity { error, warning, note };  // a note: worth knowing, never a failure

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos where;
  std::string message;
  std::string hint;  // empty when there is nothing useful to add
};

using Diagnostics = std::vector<Diagnostic>;

Diagnostic make_error(SourcePos where, std::string message, std::string hint = {});
bool has_errors(const Diagnostics& diagnostics);

// "file:line:col: error: message" (line and column left out when unknown), then
// "  hint: ..." on a second line when there is a hint.
std::string format_diagnostic(const Diagnostic& d);

// A value, or the diagnostics that explain why there is none. Warnings may accompany a value.
template <class T>
struct Result {
  std::optional<T> value;
  Diagnostics diagnostics;

  bool ok() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  T& operator*() { return *value; }
  const T* operator->() const { return &*value; }
  T* operator->() { return &*value; }

  static Result success(T v, Diagnostics warnings = {}) {
    return Result{std::move(v), std::move(warnings)};
  }
  static Result failure(Diagnostics errors) { return Result{std::nullopt, std::move(errors)}; }
  static Result failure(Diagnostic error) { return failure(Diagnostics{std::move(error)}); }
};

}  // namespace siyasa
