// A font file is read once per run, by load_fonts: the PDF writer, the PNG preview and the site's
// web fonts all work from the bytes the text stage read (FaceFile::data). Shown by taking the
// files away after loading: everything still builds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/sha256.h"
#include "html/site.h"
#include "html/site_assets.h"
#include "layout/paragraph.h"
#include "pdf/pdf_writer.h"
#include "preview/png_page.h"
#include "support/diagnostics_text.h"
#include "support/scratch.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A copy of the checkout's font `name` as `copy` in `dir`, with `tag` added after its tables
// (which no reader looks at): a font no earlier test of this process has seen, so no cache of
// a later stage holds it already.
void copy_font(const fs::path& dir, const std::string& name, const std::string& copy, const std::string& tag) {
  const auto fonts = load_fonts(fs::path(SIYASA_SOURCE_DIR) / "fonts");
  ASSERT_TRUE(fonts.ok());
  for (FontRole role : {FontRole::body, FontRole::body_bold, FontRole::latin}) {
    const FaceFile& face = face_file(**fonts, face_for_role(**fonts, role));
    if (face.file.filename() == name) {
      std::ofstream(dir / copy, std::ios::binary) << read(face.file) << std::string(4 - tag.size() % 4, '\0') << tag;
      return;
    }
  }
  FAIL() << name << " is not one of the checkout's fonts";
}

TEST(FontsReadOnce, PdfPreviewAndWebFontsNeedNoFontFileOnceTheFontsAreLoaded) {
  const fs::path dir = test::test_scratch_folder("fonts-once");
  const std::string tag = dir.string();  // unique to this run
  copy_font(dir, "Amiri-Regular.ttf", "Once-Regular.ttf", tag);
  copy_font(dir, "Amiri-Bold.ttf", "Once-Bold.ttf", tag);
  copy_font(dir, "NotoSans-Regular.ttf", "Once-Latin.ttf", tag);
  std::ofstream(dir / "fonts.toml") << "body = \"Once-Regular.ttf\"\nbody_bold = \"Once-Bold.ttf\"\n"
                                       "heading = \"Once-Bold.ttf\"\nlatin = \"Once-Latin.ttf\"\n";
  const auto fonts = load_fonts(dir);
  ASSERT_EQ(all_messages(fonts.diagnostics), "");
  const FaceFile& body = face_file(**fonts, face_for_role(**fonts, FontRole::body));
  ASSERT_NE(body.data, nullptr);
  EXPECT_EQ(body.data->sha256, sha256_hex(read(dir / "Once-Regular.ttf")));
  EXPECT_EQ(body.source.file, (dir / "fonts.toml").string());
  EXPECT_EQ(body.source.line, 1);
  // One file for two roles: one read, one copy of the bytes.
  EXPECT_EQ(face_file(**fonts, face_for_role(**fonts, FontRole::body_bold)).data,
            face_file(**fonts, face_for_role(**fonts, FontRole::heading)).data);

  for (const char* name : {"Once-Regular.ttf", "Once-Bold.ttf", "Once-Latin.ttf"}) ASSERT_TRUE(fs::remove(dir / name));

  PagedDocument doc;
  doc.fonts = *fonts;
  doc.pages.resize(1);
  ParagraphSpec spec;
  spec.spans = {StyledText{"سياسة تنظيم العلاقة مع المستفيدين", {FontRole::body, 14, false, ""}},
                StyledText{" Policy 2025", {FontRole::latin, 14, false, ""}}};
  spec.width = 400;
  const ParagraphLayout laid_out = layout_paragraph(**fonts, spec);
  for (const GlyphRun& run : laid_out.lines.at(0).runs)
    doc.pages[0].items.push_back(TextItem{run, 100 + run.x, 100, {}});

  const fs::path pdf = dir / "out" / "policy.pdf";
  ASSERT_EQ(all_messages(write_pdf(doc, pdf)), "");
  const std::string bytes = read(pdf);
  EXPECT_NE(bytes.find("+Amiri-Regular"), std::string::npos);  // the subset of the removed file
  EXPECT_NE(bytes.find("/FontFile2"), std::string::npos);

  const Result<PageImage> picture = render_page(doc, 0, 72);
  ASSERT_EQ(all_messages(picture.diagnostics), "");
  int ink = 0;
  for (std::uint8_t v : picture->rgb) ink += v < 128;
  EXPECT_GT(ink, 300);

  for (const WebFont& font : web_fonts_from(**fonts)) {
    const Result<std::string> web = subset_web_font(font.face, "سياسة");
    ASSERT_EQ(all_messages(web.diagnostics), "") << font.face.file;
    EXPECT_EQ(web->substr(0, 4), "wOF2");
  }
}

}  // namespace
}  // namespace siyasa
