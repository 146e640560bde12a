// Stage "pdf", internal: cairo 1.16 has no API for the document language (/Lang in the catalog),
// so it is added to the finished PDF's bytes: the catalog gains /Lang and the cross-reference
// table is shifted to match. PDF bytes in, PDF bytes out (unchanged if the layout is unexpected).
#pragma once

#include <string>

namespace siyasa {

std::string set_pdf_language(const std::string& pdf, const std::string& language);

}  // namespace siyasa
