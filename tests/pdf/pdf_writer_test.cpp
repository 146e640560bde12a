// The PDF and PNG writers: every kind of page item, errors for unusable fonts and images,
// reproducible bytes, the document's metadata and language, and ink where the text is.
// (Outside readers judge the PDFs in tests/e2e/pdf_readers.py.)
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <hb.h>

#include "core/atomic_write.h"
#include "layout/paragraph.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_render.h"
#include "pdf/pdf_writer.h"
#include "preview/png_page.h"
#include "text/fonts.h"
#include "support/scratch.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const FontSet> checkout_fonts() {
  static auto fonts = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
  EXPECT_TRUE(fonts.ok());
  return fonts.ok() ? *fonts : nullptr;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path scratch(const std::string& name) {
  static const fs::path dir = siyasa::test::scratch_folder("pdf-writer");
  return dir / name;
}

// One line of Arabic, laid out by the text engine, with its runs at `left`, `baseline`.
void add_line(PagedDocument& doc, int page, const std::string& text, double left, double baseline) {
  ParagraphSpec spec;
  spec.spans = {StyledText{text, {FontRole::body, 14, false, ""}}};
  spec.width = 400;
  spec.align = Align::start;
  ParagraphLayout layout = layout_paragraph(*doc.fonts, spec);
  for (const GlyphRun& run : layout.lines.at(0).runs)
    doc.pages.at(page).items.push_back(TextItem{run, left + run.x, baseline, {}});
}

// A two-page document with every kind of item; `image` is a PNG to place.
PagedDocument sample(const fs::path& image) {
  PagedDocument doc;
  doc.fonts = checkout_fonts();
  doc.pages.resize(2);
  add_line(doc, 0, "سياسة تنظيم العلاقة مع المستفيدين", 100, 100);
  add_line(doc, 1, "اعتماد مجلس الإدارة رقم ١٦١", 100, 100);
  doc.pages[0].items.push_back(RuleItem{100, 110, 500, 110, 0.5, {}, false});
  doc.pages[0].items.push_back(RuleItem{100, 120, 500, 120, 0.5, {0.5, 0.5, 0.5}, true});
  doc.pages[0].items.push_back(BoxItem{100, 200, 100, 50, 1, {}, Color{0.9, 0.9, 0.8}});
  if (!image.empty()) doc.pages[0].items.push_back(ImageItem{image, 300, 200, 100, 100});
  doc.pages[0].items.push_back(LinkItem{100, 80, 300, 25, "https://example.org/a'b", -1, 0});
  doc.pages[1].items.push_back(LinkItem{100, 80, 300, 25, "", 0, 100});
  doc.outline = {{"مقدمة", 1, 0, 90}, {"الهدف العام", 2, 0, 150}, {"اعتماد", 1, 1, 90}};
  doc.info = {"سياسة تنظيم العلاقة", "جمعية كسوة الكاسي", "سياسة", "مستفيدين", "ar-SA", "2025-09-15"};
  return doc;
}

// A small PNG (a dark 40×20 picture) made with the writer itself.
fs::path make_png() {
  fs::path file = scratch("picture.png");
  PagedDocument picture;
  picture.pages.push_back(Page{40, 20, {BoxItem{0, 0, 40, 20, 0, {}, Color{0.1, 0.2, 0.3}}}});
  EXPECT_EQ(all_messages(write_png(picture, [](FaceId) { return FaceFile{}; }, 0, 72, file)), "");
  return file;
}

TEST(WritePdf, WritesEveryKindOfItemWithMetadataAndLanguage) {
  const fs::path file = scratch("all.pdf");
  ASSERT_EQ(all_messages(write_pdf(sample(make_png()), file)), "");
  const std::string pdf = read(file);
  EXPECT_EQ(pdf.rfind("%PDF-1.6", 0), 0u);
  EXPECT_NE(pdf.find("/Lang (ar-SA)"), std::string::npos);
  EXPECT_NE(pdf.find("/Direction /R2L"), std::string::npos);
  EXPECT_NE(pdf.find("/CreationDate (D:20250915000000)"), std::string::npos);
  EXPECT_NE(pdf.find("/ModDate (D:20250915000000)"), std::string::npos);
  EXPECT_NE(pdf.find("/Creator (siyasa)"), std::string::npos);
  EXPECT_NE(pdf.find("/Outlines"), std::string::npos);
  EXPECT_NE(pdf.find("/URI (https://example.org/a'b)"), std::string::npos);
  EXPECT_TRUE(std::regex_search(pdf, std::regex(R"(/Dest \[\d+ 0 R /XYZ 0 741.89 null\])")));
  EXPECT_NE(pdf.find("/Subtype /Image"), std::string::npos);
  EXPECT_NE(pdf.find("/FontFile2"), std::string::npos);  // the font is embedded
}

// The web pages' allowlist of link schemes holds in the PDF too: a template's javascript: link
// once became /URI (javascript:…) in the policy and the booklet (issue 16).
TEST(WritePdf, OnlyAllowedLinkSchemesBecomeLinks) {
  PagedDocument doc = sample({});
  const std::vector<std::string> refused = {"javascript:alert(8)", "JaVaScRiPt:alert(8)", "vbscript:msgbox(8)",
                                            "file:///etc/passwd",  "data:text/html,<b>8</b>",
                                            "java\tscript:alert(8)", " javascript:alert(8)",
                                            "java%09script:alert(8)"};
  for (const auto& uri : refused) doc.pages[0].items.push_back(LinkItem{100, 300, 50, 20, uri, -1, 0});
  for (const char* uri : {"mailto:info@example.org", "tel:+966500000000", "policies/x.pdf", "http://example.org/"})
    doc.pages[0].items.push_back(LinkItem{100, 300, 50, 20, uri, -1, 0});
  const fs::path file = scratch("links.pdf");
  ASSERT_EQ(all_messages(write_pdf(doc, file)), "");
  const std::string pdf = read(file);
  std::set<std::string> written;
  const std::regex uri(R"(/URI \(([^)]*)\))");
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), uri); it != std::sregex_iterator(); ++it)
    written.insert((*it)[1]);
  EXPECT_EQ(written, (std::set<std::string>{"mailto:info@example.org", "tel:+966500000000", "policies/x.pdf",
                                            "http://example.org/", "https://example.org/a'b"}));
}

TEST(WritePdf, SameInputGivesTheSameBytes) {
  const fs::path image = make_png();
  const fs::path a = scratch("a.pdf"), b = scratch("b.pdf");
  ASSERT_EQ(all_messages(write_pdf(sample(image), a)), "");
  ASSERT_EQ(all_messages(write_pdf(sample(image), b)), "");
  EXPECT_EQ(read(a), read(b));
}

TEST(WritePdf, ImageChangedOnDiskIsReadAgain) {
  // Images are read once per process for each size and time of the file: a new picture under
  // the same name must not come out as the old one.
  const fs::path image = scratch("changing.png");
  PagedDocument small;
  small.pages.push_back(Page{40, 20, {BoxItem{0, 0, 40, 20, 0, {}, Color{0.1, 0.2, 0.3}}}});
  ASSERT_EQ(all_messages(write_png(small, [](FaceId) { return FaceFile{}; }, 0, 72, image)), "");
  const fs::path a = scratch("changing-a.pdf"), b = scratch("changing-b.pdf");
  ASSERT_EQ(all_messages(write_pdf(sample(image), a)), "");
  small.pages[0].width = 60;
  ASSERT_EQ(all_messages(write_png(small, [](FaceId) { return FaceFile{}; }, 0, 72, image)), "");
  ASSERT_EQ(all_messages(write_pdf(sample(image), b)), "");
  EXPECT_NE(read(a).find("/Width 40 "), std::string::npos);
  EXPECT_NE(read(b).find("/Width 60 "), std::string::npos);
}

// What a command printed on its standard output.
std::string output_of(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

TEST(WritePdf, FontWithPostScriptOutlinesIsEmbeddedAsOpenType) {
  // A user may drop an OpenType font with CFF outlines into fonts/; Linux Libertine is one
  // (scripts/setup installs fonts-linuxlibertine for this test).
  const fs::path otf = "/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf";
  ASSERT_TRUE(fs::exists(otf)) << "install fonts-linuxlibertine (scripts/setup)";
  // "Policy" with Libertine's glyphs and advances, each a cluster of its own.
  hb_blob_t* blob = hb_blob_create_from_file(otf.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  GlyphRun run;
  run.rtl = false;
  run.size = 12;
  run.text = "Policy";
  const double scale = run.size / hb_face_get_upem(face);
  for (std::size_t i = 0; i < run.text.size(); ++i) {
    hb_codepoint_t glyph = 0;
    ASSERT_TRUE(hb_font_get_nominal_glyph(font, run.text[i], &glyph));
    const double advance = hb_font_get_glyph_h_advance(font, glyph) * scale;
    run.glyphs.push_back({glyph, run.width, 0, advance, static_cast<std::uint32_t>(i)});
    run.width += advance;
  }
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  PagedDocument doc;
  doc.pages.resize(1);
  doc.pages[0].items.push_back(TextItem{run, 100, 100, {}});

  const Result<FaceFile> libertine = read_face_file(otf);
  ASSERT_TRUE(libertine.ok());
  const Result<std::string> rendered = render_pdf(doc, [&](FaceId) { return *libertine; });
  ASSERT_EQ(all_messages(rendered.diagnostics), "");
  const std::string& pdf = *rendered;
  EXPECT_NE(pdf.find("/CIDFontType0"), std::string::npos);
  EXPECT_NE(pdf.find("/FontFile3"), std::string::npos);
  EXPECT_NE(pdf.find("/Subtype /OpenType"), std::string::npos);
  const fs::path file = scratch("cff.pdf");
  ASSERT_EQ(all_messages(write_file_atomically(file, pdf)), "");
  const std::string fonts = output_of("pdffonts " + file.string());
  EXPECT_NE(fonts.find("CID Type 0C (OT)"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("yes yes yes"), std::string::npos) << fonts;
  EXPECT_NE(output_of("pdftotext " + file.string() + " -").find("Policy"), std::string::npos);
  EXPECT_NE(output_of("mutool draw -q -F txt " + file.string() + " 2>/dev/null").find("Policy"),
            std::string::npos);
}

TEST(WritePdf, MissingImageIsAnErrorAndLeavesNoFile) {
  const fs::path file = scratch("no-image.pdf");
  fs::remove(file);
  const Diagnostics errors = write_pdf(sample(scratch("missing.png")), file);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, scratch("missing.png").string());  // at the image, not the output
  EXPECT_FALSE(fs::exists(file));
}

TEST(WritePdf, CorruptImageIsAnError) {
  const fs::path bad = scratch("bad.png");
  std::ofstream(bad) << "not a picture";
  const Diagnostics errors = write_pdf(sample(bad), scratch("bad-image.pdf"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, bad.string());
  EXPECT_NE(errors[0].message.find("PNG"), std::string::npos) << errors[0].message;
}

TEST(WritePdf, FaceWithoutBytesIsAnErrorAtItsFontsTomlLine) {
  PagedDocument doc = sample({});
  const Result<std::string> bytes = render_pdf(doc, [](FaceId) {
    return FaceFile{"/nonexistent/font.ttf", 0, 1000, nullptr, {"fonts/fonts.toml", 3, 14}};
  });
  ASSERT_FALSE(bytes.ok());
  ASSERT_EQ(bytes.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(bytes.diagnostics[0]).rfind("fonts/fonts.toml:3:14: error: font 'font.ttf' ", 0), 0u)
      << format_diagnostic(bytes.diagnostics[0]);
}

TEST(WritePdf, BytesThatAreNoFontAreAnErrorAtTheFontsTomlLine) {
  auto junk = std::make_shared<FontBytes>(FontBytes{"not a font at all", "0123"});
  const Result<std::string> bytes = render_pdf(sample({}), [&](FaceId) {
    return FaceFile{"fonts/Broken.ttf", 0, 1000, junk, {"fonts/fonts.toml", 2, 8}};
  });
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(format_diagnostic(bytes.diagnostics.at(0)).rfind("fonts/fonts.toml:2:8: error: font 'Broken.ttf' is not a font", 0), 0u)
      << format_diagnostic(bytes.diagnostics.at(0));
}

TEST(WritePdf, OutputThatCannotBeWrittenIsAnErrorAtTheOutputWithTheReason) {
  const fs::path blocker = scratch("a-file");
  std::ofstream(blocker) << "in the way";
  const fs::path file = blocker / "policy.pdf";  // a folder that is a file
  const Diagnostics errors = write_pdf(sample({}), file);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.file, file.string());
  EXPECT_NE(errors[0].message.find("Not a directory"), std::string::npos) << errors[0].message;
  EXPECT_NE(errors[0].hint.find("a file stands where a folder"), std::string::npos) << errors[0].hint;
}

TEST(WritePdf, BookmarkOnAMissingPageIsAnError) {
  PagedDocument doc = sample({});
  doc.outline.push_back({"خارج", 1, 7, 0});
  const Diagnostics errors = write_pdf(doc, scratch("outline.pdf"));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("خارج"), std::string::npos);
  EXPECT_EQ(errors[0].where.file, scratch("outline.pdf").string());  // no file of the user's: the output
}

TEST(WritePdf, EmptyDocumentIsAnError) {
  EXPECT_TRUE(has_errors(write_pdf(PagedDocument{}, scratch("empty.pdf"))));
}

TEST(WritePdf, CrossReferencePointsAtEveryObject) {
  const Result<std::string> rendered = render_pdf(sample({}), [](FaceId id) {
    return face_file(*checkout_fonts(), id);
  });
  ASSERT_EQ(all_messages(rendered.diagnostics), "");
  const std::string& pdf = *rendered;
  ASSERT_NE(pdf.find("/Lang (ar-SA)"), std::string::npos);
  const std::size_t xref = std::stoul(pdf.substr(pdf.rfind("startxref") + 10));
  ASSERT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
  std::istringstream table(pdf.substr(xref + 5));
  int first = 0, count = 0;
  table >> first >> count;
  for (int object = first; object < first + count; ++object) {
    std::string offset, generation, kind;
    table >> offset >> generation >> kind;
    if (kind != "n") continue;
    const std::string expected = std::to_string(object) + " 0 obj";
    EXPECT_EQ(pdf.compare(std::stoul(offset), expected.size(), expected), 0) << "object " << object;
  }
}

// A PDF to be signed: the document as render_pdf writes it (with the signature field's widget,
// tagged as a Form element), then an update whose cross-reference section points at each object
// it rewrites, whose trailer goes back to the first with /Prev, and whose /ByteRange covers the
// whole file but the zeros of /Contents.
TEST(WritePdf, SignablePdfIsAnIncrementalUpdateAroundItsContents) {
  PagedDocument doc = sample({});
  doc.signature = SignatureField{1, 300, 500, 200, 44};
  const FaceLookup lookup = [](FaceId id) { return face_file(*checkout_fonts(), id); };
  SignablePdf out;
  ASSERT_TRUE(render_signable_pdf(doc, lookup, SignatureDetails{"signer", 1700000000}, out).empty());
  const Result<std::string> rendered = render_pdf(doc, lookup);
  ASSERT_TRUE(rendered.ok());
  const std::string& first = *rendered;
  const std::string& pdf = out.bytes;
  ASSERT_EQ(pdf.compare(0, first.size(), first), 0) << "the first revision is the document as written";
  EXPECT_NE(first.find("/Subtype /Widget /FT /Sig"), std::string::npos);
  EXPECT_TRUE(std::regex_search(first, std::regex(R"(/S /Form /P \d+ 0 R /Pg \d+ 0 R /K \[<< /Type /OBJR)")));

  std::smatch range;
  ASSERT_TRUE(std::regex_search(pdf, range, std::regex(R"(/ByteRange \[0 (\d+) (\d+) (\d+)\])")));
  const std::size_t a = std::stoul(range[1]), b = std::stoul(range[2]), c = std::stoul(range[3]);
  EXPECT_EQ(a, out.contents_offset);
  EXPECT_EQ(b, out.contents_offset + out.contents_length);
  EXPECT_EQ(b + c, pdf.size());
  EXPECT_EQ(pdf[a], '<');
  EXPECT_EQ(pdf[b - 1], '>');
  EXPECT_EQ(pdf.find_first_not_of('0', a + 1), b - 1);
  EXPECT_NE(pdf.find("/SubFilter /ETSI.CAdES.detached"), std::string::npos);
  EXPECT_NE(pdf.find("/M (D:20231114221320Z)"), std::string::npos);
  EXPECT_NE(pdf.find("/SigFlags 3"), std::string::npos);

  const std::size_t first_xref = std::stoul(first.substr(first.rfind("startxref") + 10));
  EXPECT_NE(pdf.find("/Prev " + std::to_string(first_xref) + " ", first.size()), std::string::npos);
  const std::size_t xref = std::stoul(pdf.substr(pdf.rfind("startxref") + 10));
  ASSERT_GT(xref, first.size());
  ASSERT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
  std::istringstream table(pdf.substr(xref + 5, pdf.find("trailer", xref) - xref - 5));
  int objects = 0, start = 0, count = 0;
  while (table >> start >> count)
    for (int object = start; object < start + count; ++object, ++objects) {
      std::string offset, generation, kind;
      table >> offset >> generation >> kind;
      const std::string expected = std::to_string(object) + " 0 obj";
      EXPECT_EQ(pdf.compare(std::stoul(offset), expected.size(), expected), 0) << "object " << object;
    }
  EXPECT_EQ(objects, 4) << "the signature, the widget, the AcroForm and the catalog";
}

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, p)) out.append(buffer, n);
    pclose(p);
  }
  return out;
}

// The characters of a UTF-8 text in reverse order: poppler prints a marked-content sequence in
// drawing order, and right-to-left text is drawn left to right.
std::string reversed(const std::string& utf8) {
  std::vector<std::string> chars;
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    chars.push_back(utf8.substr(i, n));
    i += n;
  }
  std::string out;
  for (auto it = chars.rbegin(); it != chars.rend(); ++it) out += *it;
  return out;
}

// A document whose structure is known: a heading drawn below the paragraph that follows it, a
// paragraph that goes on to the next page with a Latin run and a link in it, a figure, a table row
// with an empty cell, and a page label that belongs to no node.
PagedDocument tagged_sample(const fs::path& image) {
  PagedDocument doc;
  doc.fonts = checkout_fonts();
  doc.pages.resize(2);
  Structure s;
  const int heading = s.add(StructRole::heading, -1, 1);
  const int paragraph = s.add(StructRole::paragraph);
  const int figure = s.add(StructRole::figure, -1, 0, "شعار الجمعية");
  const int table = s.add(StructRole::table);
  const int row = s.add(StructRole::table_row, table);
  const int cell = s.add(StructRole::table_cell, row);
  s.add(StructRole::table_cell, row);  // empty
  s.add(StructRole::paragraph);         // nothing placed: left out
  const int code = s.add(StructRole::figure, -1, 0, "رمز QR");  // drawn with boxes
  doc.structure = s.nodes;
  auto line = [&](int page, const std::string& text, double baseline, int tag) {
    const std::size_t from = doc.pages[page].items.size();
    add_line(doc, page, text, 100, baseline);
    tag_items(doc.pages[page].items, from, tag);
  };
  line(0, "العنوان", 300, heading);
  line(0, "الفقرة", 100, paragraph);
  line(0, "example", 150, paragraph);
  doc.pages[0].items.push_back(LinkItem{90, 130, 420, 30, "https://example.org", -1, 0});
  doc.pages[0].items.push_back(ImageItem{image, 300, 400, 100, 100, figure});
  line(0, "الخلية", 600, cell);
  line(0, "الصفحة", 800, kArtifact);
  line(1, "التتمة", 100, paragraph);
  doc.pages[1].items.push_back(RuleItem{100, 110, 500, 110, 0.5, {}, false});
  doc.pages[1].items.push_back(BoxItem{100, 200, 10, 10, 0, {}, Color{}, code});
  doc.pages[1].items.push_back(BoxItem{120, 200, 10, 10, 0, {}, Color{}, code});
  doc.pages[1].items.push_back(BoxItem{100, 300, 10, 10, 0.5, {}, std::nullopt});  // a frame: an artifact
  doc.info = {"عنوان", "جمعية", "", "", "ar-SA", "2025-09-15"};
  return doc;
}

TEST(WritePdf, StructureTreeReadsInLayoutOrder) {
  const fs::path file = scratch("tagged.pdf");
  ASSERT_EQ(all_messages(write_pdf(tagged_sample(make_png()), file)), "");
  const std::string tree = run("pdfinfo -struct-text '" + file.string() + "' 2>&1");
  // Elements in the order layout placed their items (the heading first, though drawn lower),
  // the paragraph's Latin run a Span, the link's text inside a Link with the annotation, a
  // figure, the row with both its cells; the page label is not there, nor the empty node.
  std::istringstream lines(tree);
  std::vector<std::string> got;
  for (std::string l; std::getline(lines, l);) {
    if (l.find("/Placement") != std::string::npos || l.find("/BBox") != std::string::npos || l.empty()) continue;
    if (const std::size_t at = l.find("Object "); at != std::string::npos) l = l.substr(0, at) + "Object";
    got.push_back(l);
  }
  const std::vector<std::string> expected = {
      "Document",
      "  H1 (block)",
      "    \"" + reversed("العنوان") + "\"",
      "  P (block)",
      "    \"" + reversed("الفقرة") + "\"",
      "    Link (inline)",
      "      Span (inline)",
      "        \"example\"",
      "      Object",
      "    \"" + reversed("التتمة") + "\"",
      "  Figure:",
      "    \"\"",
      "  Table (block)",
      "    TR",
      "      TD",
      "        \"" + reversed("الخلية") + "\"",
      "      TD",
      "  Figure",  // both boxes in one sequence
      "    \"\"",
  };
  EXPECT_EQ(got, expected) << tree;

  const std::string pdf = read(file);
  EXPECT_NE(pdf.find("/MarkInfo << /Marked true >>"), std::string::npos);
  EXPECT_NE(pdf.find("/S /Span /P "), std::string::npos);
  EXPECT_NE(pdf.find("/Lang (en)"), std::string::npos);  // on the Span
  EXPECT_NE(pdf.find("/Alt " + pdf_text_string("شعار الجمعية")), std::string::npos);
  EXPECT_NE(pdf.find("/Alt " + pdf_text_string("رمز QR")), std::string::npos);
  EXPECT_NE(pdf.find("/Type /MCR"), std::string::npos);  // the paragraph's line on page 2
  EXPECT_NE(pdf.find("/ParentTreeNextKey 3"), std::string::npos);  // two pages and one link
  EXPECT_NE(pdf.find("/StructParent 2"), std::string::npos);       // the link annotation
  EXPECT_NE(pdf.find("/Contents " + pdf_text_string("example")), std::string::npos);
  EXPECT_NE(pdf.find("/DisplayDocTitle true"), std::string::npos);
  EXPECT_NE(pdf.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
}

// Every content stream opens as many marked-content sequences as it closes, and every drawing
// operator is inside one (a tagged item's or an artifact's).
TEST(WritePdf, EverythingDrawnIsMarked) {
  const fs::path file = scratch("marked.pdf"), plain = scratch("marked-qdf.pdf");
  ASSERT_EQ(all_messages(write_pdf(tagged_sample(make_png()), file)), "");
  run("qpdf --qdf --object-streams=disable '" + file.string() + "' '" + plain.string() + "'");
  const std::string pdf = read(plain);
  int streams = 0;
  for (std::size_t at = pdf.find("%% Contents for page"); at != std::string::npos;
       at = pdf.find("%% Contents for page", at + 1)) {
    const std::size_t begin = pdf.find("stream\n", at) + 7, end = pdf.find("endstream", begin);
    std::istringstream ops(pdf.substr(begin, end - begin));
    int depth = 0, unmarked = 0;
    for (std::string token; ops >> token;) {
      if (token == "BDC" || token == "BMC") ++depth;
      if (token == "EMC") --depth;
      EXPECT_GE(depth, 0);
      if ((token == "TJ" || token == "Do" || token == "S" || token == "f" || token == "B") && depth == 0) ++unmarked;
    }
    EXPECT_EQ(depth, 0);
    EXPECT_EQ(unmarked, 0);
    ++streams;
  }
  EXPECT_EQ(streams, 2);
}

TEST(WritePdf, LanguageThatIsNotAPlainTagIsLeftOut) {
  PagedDocument doc = sample({});
  doc.info.language = "ar) /Evil";
  const Result<std::string> rendered = render_pdf(doc, [](FaceId id) { return face_file(*checkout_fonts(), id); });
  ASSERT_EQ(all_messages(rendered.diagnostics), "");
  const std::string& pdf = *rendered;
  EXPECT_EQ(pdf.find("/Lang"), std::string::npos);
  EXPECT_EQ(pdf.find("Evil"), std::string::npos);
}

// Dark pixels in a rectangle of the image (in points at `dpi`).
int ink(const PageImage& image, double dpi, double x0, double y0, double x1, double y1) {
  const double s = dpi / 72;
  int count = 0;
  for (int y = static_cast<int>(y0 * s); y < static_cast<int>(y1 * s) && y < image.height; ++y)
    for (int x = static_cast<int>(x0 * s); x < static_cast<int>(x1 * s) && x < image.width; ++x)
      if (image.rgb[(y * image.width + x) * 3] < 128) ++count;
  return count;
}

TEST(RenderPage, InkWhereTheTextIsAndNowhereElse) {
  PagedDocument doc = sample({});
  doc.pages[0].items.resize(1);  // the text only
  const auto image = render_page(doc, 0, 72);
  ASSERT_TRUE(image.ok());
  EXPECT_EQ(image->width, 595);
  EXPECT_EQ(image->height, 842);
  EXPECT_GT(ink(*image, 72, 100, 80, 500, 110), 200);
  EXPECT_EQ(ink(*image, 72, 0, 0, 595, 75) + ink(*image, 72, 0, 115, 595, 842), 0);
}

TEST(RenderPage, ImageKeepsItsAspectRatioInsideItsBox) {
  // A 40×20 picture in a 100×100 box: 100×50, centred vertically (y 225 to 275).
  PagedDocument doc = sample(make_png());
  doc.pages[0].items = {doc.pages[0].items[4]};
  ASSERT_TRUE(std::holds_alternative<ImageItem>(doc.pages[0].items[0]));
  const auto image = render_page(doc, 0, 72);
  ASSERT_TRUE(image.ok());
  EXPECT_GT(ink(*image, 72, 302, 228, 398, 272), 90 * 40);
  EXPECT_EQ(ink(*image, 72, 300, 200, 400, 223) + ink(*image, 72, 300, 277, 400, 300), 0);
}

TEST(RenderPage, PageOutOfRangeIsAnError) {
  EXPECT_FALSE(render_page(sample({}), 5, 72).ok());
  EXPECT_TRUE(has_errors(write_png(sample({}), -1, 72, scratch("x.png"))));
}

}  // namespace
}  // namespace siyasa
