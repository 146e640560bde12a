// Stage "html": the two things every page needs before any markup is written: escaping text for
// HTML (element content and quoted attribute values), and (from core/links.h) deciding whether a
// link target from a template or an organisation file may become an href.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/links.h"  // safe_href: which link targets may become an href

namespace siyasa {

// & < > " ' replaced by entities; safe in element content and in quoted attribute values.
std::string escape_html(std::string_view text);

// escape_html, and every date written with digits (١٣ / ٦ / ٢٠٢١ م, 3/11/1442هـ, 2024-01-31)
// wrapped in <span class="date">, which the stylesheet keeps on one line: for element content.
std::string escape_html_keeping_dates(std::string_view text);

}  // namespace siyasa
