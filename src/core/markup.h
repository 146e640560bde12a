// Stage "core": text made safe inside HTML or XML (element text and quoted attribute values),
// for the web pages and for the PDF's XMP metadata.
#pragma once

#include <string>
#include <string_view>

namespace siyasa {

// & < > " ' as entities; everything else as it is.
std::string escape_markup(std::string_view text);

}  // namespace siyasa
