// Every sample organisation's policies and booklet, laid out with the real fonts and text engine
// and written as PDF (kept under the build folder to look at): letterhead and footer on every
// page, contents numbers equal to where the headings land — read back by poppler's pdftotext —,
// nothing outside the margins, booklet ordinals.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "layout/document.h"
#include "layout/geometry.h"
#include "layout/numbering.h"
#include "pdf/pdf_writer.h"
#include "pipeline/policy_pdf.h"
#include "template/policy.h"
#include "text/fonts.h"
#include "support/diagnostics_text.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = SIYASA_SOURCE_DIR;
const fs::path kOut = SIYASA_LAYOUT_SAMPLES;

std::shared_ptr<const FontSet> fonts() {
  static auto loaded = load_fonts(kRoot / "fonts");
  return loaded.ok() ? *loaded : nullptr;
}

// The text poppler reads from one page (1-based), bidi controls removed.
std::string pdftotext_page(const fs::path& pdf, int page) {
  const std::string command = "pdftotext -q -f " + std::to_string(page) + " -l " + std::to_string(page) +
                              " '" + pdf.string() + "' -";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string text;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) text += buffer.data();
  // Format controls the PDF writer adds for readers — U+200B–F, U+202A–E, U+2060–6F
  // (E2 80 8B–8F, E2 80 AA–AE, E2 81 A0–AF) — and newlines.
  std::string clean;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0x80 && ((b2 >= 0x8B && b2 <= 0x8F) || (b2 >= 0xAA && b2 <= 0xAE))) ||
          (b1 == 0x81 && b2 >= 0xA0 && b2 <= 0xAF)) {
        i += 2;
        continue;
      }
    }
    clean += c == '\n' ? ' ' : static_cast<char>(c);
  }
  return clean;
}

std::string page_text(const Page& page) {
  std::string text;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<TextItem>(&item)) text += t->run.text;
  return text;
}

void expect_inside_margins(const PagedDocument& doc, const std::string& what) {
  const PageGeometry g;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      double x1 = 0, x2 = 0, y = 0;
      if (const auto* t = std::get_if<TextItem>(&item)) x1 = t->x, x2 = t->x + t->run.width, y = t->y;
      else if (const auto* i = std::get_if<ImageItem>(&item)) x1 = i->x, x2 = i->x + i->w, y = i->y + i->h;
      else continue;
      EXPECT_GE(x1, g.margin_x - 0.5) << what << " page " << p + 1;
      EXPECT_LE(x2, g.width - g.margin_x + 0.5) << what << " page " << p + 1;
      EXPECT_LE(y, g.height - g.margin_bottom) << what << " page " << p + 1;
    }
  }
}

// Every contents entry: the number printed in its row is the page its link goes to, and that
// page shows the heading's words where poppler reads them.
void expect_contents_match(const PagedDocument& doc, const fs::path& pdf, Numerals numerals,
                           int contents_page) {
  int entries = 0;
  for (const auto& item : doc.pages[contents_page].items) {
    const auto* link = std::get_if<LinkItem>(&item);
    if (!link || !link->uri.empty()) continue;
    ++entries;
    const std::string expected = format_number(link->dest_page + 1, numerals);
    bool printed = false;
    for (const auto& other : doc.pages[contents_page].items)
      if (const auto* t = std::get_if<TextItem>(&other))
        printed |= t->y > link->y && t->y < link->y + link->h && t->run.text == expected;
    EXPECT_TRUE(printed) << pdf << ": an entry does not print page " << expected;
    // The outline entry at the same destination has the heading's title: it is on that page.
    const OutlineEntry* target = nullptr;
    for (const auto& entry : doc.outline)
      if (entry.page == link->dest_page && std::abs(entry.y - link->dest_y) < 30) target = &entry;
    ASSERT_NE(target, nullptr) << pdf;
    std::string longest, word;
    for (char c : target->title + " ") {
      if (c != ' ') { word += c; continue; }
      if (word.size() > longest.size()) longest = word;
      word.clear();
    }
    EXPECT_NE(page_text(doc.pages[link->dest_page]).find(longest), std::string::npos)
        << pdf << ": " << longest << " not on page " << link->dest_page + 1;
  }
  EXPECT_GE(entries, 3) << pdf;
}

struct Sample {
  OrgData org;
  std::vector<MergedPolicy> policies;
};

std::vector<Sample> load_samples() {
  std::vector<Sample> samples;
  const OrgSet set = load_orgs(kRoot / "orgs");
  for (const auto& org : set.orgs) {
    Sample sample{org, {}};
    for (const auto& adoption : org.policies) {
      auto merged = merge_policy(org, adoption.id, kRoot / "templates");
      EXPECT_TRUE(merged.ok()) << org.slug << " " << adoption.id;
      if (merged.ok()) sample.policies.push_back(*merged);
    }
    samples.push_back(std::move(sample));
  }
  return samples;
}

TEST(Samples, EveryPolicyOfEveryOrganisation) {
  ASSERT_TRUE(fonts());
  const auto samples = load_samples();
  ASSERT_GE(samples.size(), 4u);
  for (const auto& sample : samples) {
    for (const auto& policy : sample.policies) {
      const std::string what = sample.org.slug + "/" + policy.id;
      const auto doc = layout_policy_document(fonts(), sample.org, policy);
      ASSERT_TRUE(doc.ok()) << what;
      const fs::path pdf = kOut / sample.org.slug / (policy.id + ".pdf");
      fs::create_directories(pdf.parent_path());
      ASSERT_EQ(all_messages(write_pdf(*doc, pdf)), "") << what;
      const int pages = static_cast<int>(doc->pages.size());
      EXPECT_GE(pages, 2) << what;
      for (int p = 1; p <= pages; ++p) {
        const std::string text = pdftotext_page(pdf, p);
        EXPECT_NE(text.find(sample.org.country_line), std::string::npos) << what << " page " << p;
        EXPECT_NE(page_text(doc->pages[p - 1]).find(sample.org.name), std::string::npos) << what << " page " << p;
        const std::string label = page_label(p, pages, sample.org.numerals);
        EXPECT_NE(page_text(doc->pages[p - 1]).find(format_number(p, sample.org.numerals)), std::string::npos);
        if (!sample.org.iban.empty())
          EXPECT_NE(text.find(sample.org.iban), std::string::npos) << what << " page " << p;
        if (!sample.org.website.empty())
          EXPECT_NE(text.find(sample.org.website), std::string::npos) << what << " page " << p;
        (void)label;
      }
      if (doc->pages.size() > 1 && page_text(doc->pages[0]).find("المحتويات") != std::string::npos)
        expect_contents_match(*doc, pdf, sample.org.numerals, 0);
      expect_inside_margins(*doc, what);
    }
  }
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Samples, SameInputsSameBytes) {
  ASSERT_TRUE(fonts());
  const auto samples = load_samples();
  ASSERT_FALSE(samples.empty());
  const Sample& sample = samples.front();
  ASSERT_FALSE(sample.policies.empty());
  const fs::path a = kOut / "determinism-a.pdf", b = kOut / "determinism-b.pdf";
  EXPECT_TRUE(build_policy_pdf(fonts(), sample.org, sample.policies.front(), a).diagnostics.empty());
  EXPECT_TRUE(build_policy_pdf(fonts(), sample.org, sample.policies.front(), b).diagnostics.empty());
  const std::string first = read_bytes(a);
  EXPECT_GT(first.size(), 1000u);
  EXPECT_EQ(first, read_bytes(b));
}

// Every kind of block the templates may use, set with the real engine (look at features.pdf).
TEST(Samples, EveryBlockKind) {
  ASSERT_TRUE(fonts());
  const auto samples = load_samples();
  ASSERT_FALSE(samples.empty());
  MergedPolicy policy;
  policy.id = "features";
  policy.title = "سياسة تجريبية لكل العناصر";
  policy.template_file = "features.md";
  policy.markdown =
      "## جدول\n\n"
      "| البند | المسؤول | المدة |\n|---|---|---|\n"
      "| استقبال الطلب | موظف علاقات المستفيدين | يوم واحد |\n"
      "| دراسة الطلب والرد عليه بشأن قبوله أو رفضه | لجنة البحث | أسبوعان |\n\n"
      "## اقتباس وروابط\n\n"
      "> تلتزم **الجمعية** بسرية البيانات، ويمكن الاطلاع على السياسة في [موقعنا](https://example.org.sa).\n\n"
      "1. البند الأول\n   - فرع أول\n   - فرع ثان\n2. البند الثاني\n\n---\n\nفقرة أخيرة.\n";
  const auto doc = layout_policy_document(fonts(), samples.front().org, policy);
  ASSERT_TRUE(doc.ok());
  const fs::path pdf = kOut / "features.pdf";
  ASSERT_EQ(all_messages(write_pdf(*doc, pdf)), "");
  int external_links = 0, cell_borders = 0, rules = 0;
  double first_column_x = 0, second_column_x = 0;
  for (const auto& page : doc->pages)
    for (const auto& item : page.items) {
      if (const auto* link = std::get_if<LinkItem>(&item)) external_links += link->uri == "https://example.org.sa";
      if (const auto* box = std::get_if<BoxItem>(&item)) cell_borders += box->stroke > 0 && !box->fill;
      if (std::holds_alternative<RuleItem>(item)) ++rules;
      if (const auto* t = std::get_if<TextItem>(&item)) {
        if (t->run.text.find("البند") != std::string::npos && first_column_x == 0) first_column_x = t->x;
        if (t->run.text.find("المسؤول") != std::string::npos) second_column_x = t->x;
      }
    }
  EXPECT_GE(external_links, 1);  // one per run the link text is set in
  EXPECT_EQ(cell_borders, 9);  // 3 rows × 3 cells
  EXPECT_GT(first_column_x, second_column_x);  // the first column is on the right
  EXPECT_GE(rules, 2);  // the quote's bar and the thematic break (besides the furniture)
  const std::string text = pdftotext_page(pdf, static_cast<int>(doc->pages.size()));
  EXPECT_NE(text.find("فقرة أخيرة"), std::string::npos);
}

TEST(Samples, Booklets) {
  ASSERT_TRUE(fonts());
  for (const auto& sample : load_samples()) {
    const auto doc = layout_booklet_document(fonts(), sample.org, sample.policies);
    ASSERT_TRUE(doc.ok()) << sample.org.slug;
    const fs::path pdf = kOut / sample.org.slug / "booklet.pdf";
    ASSERT_EQ(all_messages(write_pdf(*doc, pdf)), "") << sample.org.slug;
    expect_contents_match(*doc, pdf, sample.org.numerals, 1);
    expect_inside_margins(*doc, sample.org.slug + " booklet");
    std::string all;
    for (const auto& page : doc->pages) all += page_text(page);
    for (std::size_t i = 0; i < sample.policies.size(); ++i)
      EXPECT_NE(all.find(booklet_ordinal(static_cast<int>(i) + 1, sample.org.numerals)), std::string::npos)
          << sample.org.slug;
  }
}

}  // namespace
}  // namespace siyasa
