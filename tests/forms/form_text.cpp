// Test driver: the logical text of a form's printed pages, the reference tests/e2e/viewer_text.py
// scores PDF readers against (forms have no `siyasa render --format txt`). Each output line is
// one baseline of a page: its runs from right to left, a stretch of left-to-right runs (digits,
// Latin) kept left to right, as a reader reads the printed line; runs apart are separated by a
// space.
//
//   form_text ORG.toml FORM_ID [TEMPLATES_DIR FONTS_DIR]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "data/org.h"
#include "forms/form_layout.h"
#include "forms/form_spec.h"
#include "text/fonts.h"

using namespace siyasa;

namespace {

int fail(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  return 1;
}

void print_page(const Page& page) {
  std::map<long, std::vector<const TextItem*>> lines;  // by baseline, top to bottom
  for (const PageItem& item : page.items)
    if (const auto* text = std::get_if<TextItem>(&item))
      if (!text->run.text.empty()) lines[std::lround(text->y * 2)].push_back(text);
  for (auto& [baseline, items] : lines) {
    std::sort(items.begin(), items.end(), [](const TextItem* a, const TextItem* b) {
      return a->x > b->x;
    });
    for (std::size_t i = 0; i < items.size();) {
      std::size_t j = i;
      while (j < items.size() && !items[j]->run.rtl) ++j;
      std::reverse(items.begin() + i, items.begin() + j);
      i = j == i ? i + 1 : j;
    }
    std::string line;
    const TextItem* before = nullptr;  // the item just written, on the reading side
    for (const TextItem* item : items) {
      // Items apart (cells, labels, choices) are separate words; runs that touch are one text.
      if (before) {
        const double gap = item->run.rtl || before->run.rtl ? before->x - (item->x + item->run.width)
                                                            : item->x - (before->x + before->run.width);
        if (std::abs(gap) > 1) line += ' ';
      }
      line += item->run.text;
      before = item;
    }
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 5) {
    std::fprintf(stderr, "usage: form_text ORG.toml FORM_ID [TEMPLATES_DIR FONTS_DIR]\n");
    return 2;
  }
  const std::string templates = argc == 5 ? argv[3] : SIYASA_SOURCE_DIR "/templates";
  const std::string fonts_dir = argc == 5 ? argv[4] : SIYASA_SOURCE_DIR "/fonts";
  auto fonts = load_fonts(fonts_dir);
  if (!fonts.ok()) return fail(fonts.diagnostics);
  auto org = load_org(argv[1]);
  if (!org.ok()) return fail(org.diagnostics);
  FormSpecs specs(std::filesystem::path(templates) / "forms");
  const Result<FormSpec>& spec = specs.get(argv[2]);
  if (!spec.ok()) return fail(spec.diagnostics);
  auto doc = layout_form(*fonts, *org, *spec);
  if (!doc.ok()) return fail(doc.diagnostics);
  for (const Page& page : doc->pages) print_page(page);
  return 0;
}
