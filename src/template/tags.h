// Stage "template": Mustache text, the context it will be merged with and where the text starts
// in its file in; diagnostics out. kainjow Mustache renders unknown names as nothing and reports
// syntax errors without positions, so this pre-pass finds every tag itself and checks it:
// unknown placeholders, values the organisation did not give, unclosed or mismatched sections,
// and tags siyasa does not allow (partials, delimiter changes, unescaped values).
#pragma once

#include <string_view>

#include "core/diagnostic.h"
#include "template/context.h"

namespace siyasa {

// `start` is the file position of the first character of `text`.
Diagnostics check_placeholders(std::string_view text, const ContextValue& context, const SourcePos& start);

}  // namespace siyasa
