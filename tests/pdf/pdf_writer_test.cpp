#include <gtest/gtest.h>

#include "pdf/pdf_render.h"

namespace siyasa {
namespace {

TEST(PdfWriter, Smoke) {
  PagedDocument doc;
  doc.pages.emplace_back();
  doc.pages[0].items.push_back(RuleItem{50, 50, 300, 50, 1, {}, false});
  std::string error;
  std::string pdf = render_pdf(doc, [](FaceId) { return FaceFile{}; }, error);
  EXPECT_EQ(error, "");
  EXPECT_NE(pdf.find("%PDF-1.5"), std::string::npos);
}

}  // namespace
}  // namespace siyasa
