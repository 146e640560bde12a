// Stage "template": Mustache text and a context in, Markdown out, through kainjow Mustache
// (which stays inside render.cpp). Call check_placeholders first: kainjow itself reports unknown
// names as nothing and syntax errors without positions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "template/context.h"

namespace siyasa {

// The merged text, or nullopt with `error` set when kainjow rejects the text.
std::optional<std::string> render_mustache(std::string_view text, const ContextValue& context, std::string& error);

}  // namespace siyasa
