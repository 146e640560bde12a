// Stage "template": Mustache text and a context in, Markdown out, through kainjow Mustache
// (which stays inside render.cpp). Call check_placeholders first: kainjow itself reports unknown
// names as nothing and syntax errors without positions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/deadline.h"
#include "template/context.h"

namespace siyasa {

// Why a text did not merge: kainjow rejected it, it grew past its bound, or the document's time
// ran out while it was being merged.
struct RenderError {
  enum class Kind { syntax, too_large, out_of_time };
  Kind kind = Kind::syntax;
  std::string message;
};

// How far one text may grow: kMergeGrowth times its own size, and never less than kMergeFloor
// bytes. A policy text merges to about its own size (values replace placeholders); a section
// repeated for each item of a list multiplies a line or two. Past this, nested sections over lists
// are multiplying the text (a runaway template), and the merge stops before it takes the memory.
inline constexpr std::size_t kMergeGrowth = 16;
inline constexpr std::size_t kMergeFloor = 1024 * 1024;
std::size_t merged_size_limit(std::size_t text_size);

// A context converted into the renderer's own values once, when the first text with a tag is
// rendered (a conversion costs about as much as rendering a text), for the many texts merged in
// the same, finished context. A text without tags merges to itself.
class MustacheContext {
 public:
  // `deadline` is checked while a text merges (a runaway merge fails in time, not after).
  explicit MustacheContext(const ContextValue& context, const Deadline& deadline = {});
  ~MustacheContext();
  MustacheContext(const MustacheContext&) = delete;
  MustacheContext& operator=(const MustacheContext&) = delete;

  // The merged text, or nullopt with `error` set when kainjow rejects the text, the text grows
  // past merged_size_limit, or the deadline expires.
  std::optional<std::string> render(std::string_view text, RenderError& error);

 private:
  struct Data;
  const ContextValue& context_;
  Deadline deadline_;
  std::unique_ptr<Data> data_;
};

// The same for one text in a context that is still being built.
std::optional<std::string> render_mustache(std::string_view text, const ContextValue& context, RenderError& error);

}  // namespace siyasa
