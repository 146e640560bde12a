// Shared by every stage: a UTF-8 string written as a JSON string literal (quotes included), for
// the few JSON files siyasa writes (status --json, the site's manifest.json).
#pragma once

#include <string>
#include <string_view>

namespace siyasa {

std::string json_quote(std::string_view text);

}  // namespace siyasa
