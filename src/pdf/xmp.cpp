#include "pdf/xmp.h"

#include "core/markup.h"
#include "pdf/pdf_objects.h"

namespace siyasa {
namespace {

// Control characters other than line feed and tab are not allowed in XML: left out.
std::string xml_escape(const std::string& text) {
  std::string kept;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') kept += c;
  return escape_markup(kept);
}

std::string element(const char* name, const std::string& value) {
  if (value.empty()) return {};
  return std::string("   <") + name + ">" + xml_escape(value) + "</" + name + ">\n";
}

}  // namespace

std::string xmp_packet(const DocumentInfo& info, const std::string& pdf_date_iso) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:siyasa=\"urn:siyasa:xmp:1.0#\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
  if (!info.title.empty())
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(info.title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
  if (!info.author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!info.subject.empty())
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(info.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  const bool plain_tag = !info.language.empty() && info.language.size() < 36 &&
                         info.language.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") ==
                             std::string::npos;
  if (plain_tag)
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(info.language) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += element("pdf:Keywords", info.keywords) + element("pdf:Producer", "siyasa") +
       element("xmp:CreatorTool", "siyasa") + element("xmp:CreateDate", pdf_date_iso) +
       element("xmp:ModifyDate", pdf_date_iso);
  const VersionMark& v = info.version;
  if (v.version > 0) {
    x += element("xmpMM:DocumentID", "urn:siyasa:" + v.document_id) +
         element("xmpMM:VersionID", std::to_string(v.version)) + element("siyasa:document", v.document_id) +
         element("siyasa:version", std::to_string(v.version)) + element("siyasa:approved", v.approved) +
         element("siyasa:effective", v.effective) + element("siyasa:meeting", v.meeting) +
         element("siyasa:verify", v.verify_url);
  }
  x += element("pdfuaid:part", "1");  // the file claims PDF/UA-1 (README, "Tagged PDF")
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return x;
}

std::string version_info_entries(const VersionMark& v) {
  if (v.version <= 0) return {};
  std::string out = " /SiyasaDocument " + pdf_literal(v.document_id) + " /SiyasaVersion (" +
                    std::to_string(v.version) + ")";
  if (!v.approved.empty()) out += " /SiyasaApproved " + pdf_literal(v.approved);
  if (!v.effective.empty()) out += " /SiyasaEffective " + pdf_literal(v.effective);
  if (!v.meeting.empty()) out += " /SiyasaMeeting " + pdf_text_string(v.meeting);
  return out;
}

}  // namespace siyasa
