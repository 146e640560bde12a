// Stage "html": escaping and link checking shared by the DocTree renderer and the page builder.
#include "html/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/markup.h"

namespace siyasa {

std::string escape_html(std::string_view text) { return escape_markup(text); }

}  // namespace siyasa
