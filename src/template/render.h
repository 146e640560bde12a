// Stage "template": Mustache text and a context in, Markdown out, through kainjow Mustache
// (which stays inside render.cpp). Call check_placeholders first: kainjow itself reports unknown
// names as nothing and syntax errors without positions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "template/context.h"

namespace siyasa {

// A context converted into the renderer's own values once, when the first text with a tag is
// rendered (a conversion costs about as much as rendering a text), for the many texts merged in
// the same, finished context. A text without tags merges to itself.
class MustacheContext {
 public:
  explicit MustacheContext(const ContextValue& context);
  ~MustacheContext();
  MustacheContext(const MustacheContext&) = delete;
  MustacheContext& operator=(const MustacheContext&) = delete;

  // The merged text, or nullopt with `error` set when kainjow rejects the text.
  std::optional<std::string> render(std::string_view text, std::string& error);

 private:
  struct Data;
  const ContextValue& context_;
  std::unique_ptr<Data> data_;
};

// The same for one text in a context that is still being built.
std::optional<std::string> render_mustache(std::string_view text, const ContextValue& context, std::string& error);

}  // namespace siyasa
