// Stage "html": escaping and link checking shared by the DocTree renderer and the page builder.
#include "html/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "core/markup.h"

namespace siyasa {

std::string escape_html(std::string_view text) { return escape_markup(text); }

std::string escape_html_keeping_dates(std::string_view text) {
  // Three groups of Western, Arabic-Indic or Persian digits joined by / - or . (spaces around
  // allowed), then the calendar's sign when there is one: هـ, or م standing alone.
  static const std::regex date(
      "(?:[0-9]|\xD9[\xA0-\xA9]|\xDB[\xB0-\xB9])+(?: ?[/.-] ?(?:[0-9]|\xD9[\xA0-\xA9]|\xDB[\xB0-\xB9])+){2}"
      "(?: ?(?:\xD9\x87\xD9\x80|\xD9\x85(?![\xD8-\xDB])))?");
  std::string html;
  const std::string source(text);
  std::size_t done = 0;
  for (std::sregex_iterator it(source.begin(), source.end(), date), end; it != end; ++it) {
    html += escape_html(std::string_view(source).substr(done, it->position() - done));
    html += "<span class=\"date\">" + escape_html(it->str()) + "</span>";
    done = it->position() + it->length();
  }
  return html + escape_html(std::string_view(source).substr(done));
}

}  // namespace siyasa
