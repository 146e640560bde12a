// Stage "pdf": the incremental update that makes room for a PAdES signature (pdf_writer.h).
// The update rewrites the signature field's widget (its /V) and the catalog (its /AcroForm),
// and adds the signature dictionary and the AcroForm; /ByteRange is written with fixed-width
// numbers once the file's length is known, so nothing moves after the signature is made.
#include <cstdio>
#include <map>

#include "pdf/pdf_render.h"

namespace siyasa {
namespace {

// Room for the DER signature: a 4096-bit RSA signature with a chain of several certificates
// takes 6–8 KiB; the hex string holds twice as many digits.
constexpr std::size_t kSignatureBytes = 16384;
constexpr int kByteRangeDigits = 10;

std::string utc_date(std::time_t time) {
  std::tm tm{};
  gmtime_r(&time, &tm);
  char text[32];
  std::strftime(text, sizeof text, "(D:%Y%m%d%H%M%SZ)", &tm);
  return text;
}

std::string padded(std::size_t n) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*zu", kByteRangeDigits, n);
  return text;
}

// The base file's last cross-reference section and its /ID, as PdfObjects::finish wrote them.
bool read_trailer(const std::string& base, std::size_t& xref, std::string& id) {
  const std::size_t start = base.rfind("startxref\n");
  const std::size_t trailer = base.rfind("trailer\n");
  if (start == std::string::npos || trailer == std::string::npos) return false;
  xref = std::stoul(base.substr(start + 10, 20));
  const std::size_t id_at = base.find("/ID [", trailer);
  const std::size_t id_end = id_at == std::string::npos ? id_at : base.find(']', id_at);
  if (id_end == std::string::npos) return false;
  id = base.substr(id_at, id_end + 1 - id_at);
  return true;
}

// The cross-reference section of an update: one subsection per run of consecutive objects.
std::string xref_section(const std::map<int, std::size_t>& offsets) {
  std::string out = "xref\n";
  for (auto it = offsets.begin(); it != offsets.end();) {
    auto end = it;
    int next = it->first;
    while (end != offsets.end() && end->first == next) {
      ++end;
      ++next;
    }
    out += std::to_string(it->first) + " " + std::to_string(next - it->first) + "\n";
    for (; it != end; ++it) {
      char entry[24];
      std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", it->second);
      out += entry;
    }
  }
  return out;
}

// A dictionary "<< … >>" with `entries` added before its end.
std::string with_entries(const std::string& dictionary, const std::string& entries) {
  return dictionary.substr(0, dictionary.rfind(">>")) + entries + " >>";
}

}  // namespace

Diagnostics render_signable_pdf(const PagedDocument& doc, const FaceLookup& lookup,
                                const SignatureDetails& details, SignablePdf& out) {
  auto rendered = render_pdf_objects(doc, lookup);
  if (!rendered.ok()) return rendered.diagnostics;
  // What follows can only go wrong through a bug of siyasa's: no file of the user's to point at.
  const auto bug = [](const std::string& message) { return Diagnostics{make_error({}, message)}; };
  if (rendered->widget == 0) return bug("the document has no place for its signature field");
  const int signature = rendered->objects.count() + 1, acroform = signature + 1;  // new objects
  std::string bytes = rendered->objects.finish(rendered->catalog, rendered->info, "1.6");
  std::size_t previous_xref = 0;
  std::string id;
  if (!read_trailer(bytes, previous_xref, id)) return bug("the PDF written has no trailer to update");

  std::map<int, std::size_t> offsets;
  auto add = [&](int number, const std::string& body) {
    offsets[number] = bytes.size();
    bytes += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  };
  // The signature dictionary, its /ByteRange patched below.
  const std::string range_placeholder =
      "[0 " + std::string(kByteRangeDigits, '0') + " " + std::string(kByteRangeDigits, '0') + " " +
      std::string(kByteRangeDigits, '0') + "]";
  offsets[signature] = bytes.size();
  bytes += std::to_string(signature) + " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached";
  const std::size_t range_at = bytes.size() + std::string(" /ByteRange ").size();
  bytes += " /ByteRange " + range_placeholder + " /Contents ";
  out.contents_offset = bytes.size();
  out.contents_length = 2 * kSignatureBytes + 2;
  bytes += "<" + std::string(2 * kSignatureBytes, '0') + ">";
  bytes += " /M " + utc_date(details.time) + " /Name " + pdf_text_string(details.signer) + " /Reason " +
           pdf_text_string("نشر النسخة المعتمدة من الوثيقة") + " >>\nendobj\n";
  add(rendered->widget, with_entries(rendered->widget_body, " /V " + ref(signature)));
  add(acroform, "<< /Fields [" + ref(rendered->widget) + "] /SigFlags 3 >>");
  add(rendered->catalog, with_entries(rendered->catalog_body, " /AcroForm " + ref(acroform)));
  const std::size_t xref = bytes.size();
  bytes += xref_section(offsets);
  bytes += "trailer\n<< /Size " + std::to_string(acroform + 1) + " /Root " + ref(rendered->catalog) + " /Info " +
           ref(rendered->info) + " /Prev " + std::to_string(previous_xref) + " " + id + " >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";

  const std::size_t after = out.contents_offset + out.contents_length;
  const std::string range = "[0 " + padded(out.contents_offset) + " " + padded(after) + " " +
                            padded(bytes.size() - after) + "]";
  if (range.size() != range_placeholder.size()) return bug("the PDF is too large to sign");
  bytes.replace(range_at, range.size(), range);
  out.bytes = std::move(bytes);
  return {};
}

}  // namespace siyasa
