// Stage "pdf", internal: the document's metadata as XMP (the catalog's /Metadata stream) and the
// Info dictionary entries of an approved version, both from DocumentInfo. XMP is what archives
// and document managers read; it repeats the Info dictionary and adds the version's approval,
// and the PDF/UA-1 identification of the tagged PDF.
#pragma once

#include <string>

#include "layout/paged_document.h"

namespace siyasa {

// The XMP packet (UTF-8 XML), written uncompressed so it stays readable.
std::string xmp_packet(const DocumentInfo& info, const std::string& pdf_date_iso);

// " /SiyasaDocument (…) /SiyasaVersion (2) …" for the Info dictionary; "" without a version.
std::string version_info_entries(const VersionMark& mark);

}  // namespace siyasa
