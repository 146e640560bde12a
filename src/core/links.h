// Shared by every stage that writes a link (the web pages' hrefs, the PDF's link annotations):
// which link targets from a template or an organisation file may become links at all. One
// allowlist, so a link the pages drop never reaches a PDF either.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace siyasa {

// The link target as it may be written, or nullopt when it must stay plain text: only http,
// https, mailto and tel URLs, fragments ("#h-1") and relative paths are allowed (never
// javascript:, data:, vbscript:, file: … however they are spelled: in any case, with tabs or
// newlines inside, or with control characters around them).
std::optional<std::string> safe_href(std::string_view url);

}  // namespace siyasa
