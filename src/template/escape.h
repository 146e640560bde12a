// Stage "template": one organisation value in, the same text escaped for Markdown out, so that a
// value (a name, a list item, an option) can never become a heading, a list, emphasis, a link or
// HTML once cmark-gfm reads the merged document.
#pragma once

#include <string>
#include <string_view>

namespace siyasa {

// Backslash-escapes every ASCII punctuation character CommonMark can read as markup
// (\ ` * _ { } [ ] < > ( ) # + - . ! | ~ and &), replaces line breaks and tabs with spaces and
// drops other control characters.
std::string escape_markdown(std::string_view value);

// Undoes the backslash escapes of escape_markdown.
std::string unescape_markdown(std::string_view text);

// Every run of spaces, tabs and line breaks as one space; none at the start or end.
std::string collapse_spaces(std::string_view text);

}  // namespace siyasa
