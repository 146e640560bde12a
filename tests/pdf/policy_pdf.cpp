// Test driver (not part of the siyasa CLI, which the lead wires up): the real pipeline for every
// policy an organisation adopts — load_org → merge_policy → parse_markdown → layout_policy →
// write_pdf — writing OUT_DIR/<slug>-<policy>.pdf, beside it the policy's plain logical text
// (what `siyasa render --format txt` prints, for the copy-out scorer) as .pdf.txt, and page 1 as
// .png. tests/e2e/pdf_readers.py judges the PDFs.
//
//   policy_pdf [--templates DIR] [--fonts DIR] OUT_DIR ORG.toml...
#include <cstdio>
#include <string>
#include <vector>

#include "core/atomic_write.h"
#include "data/org.h"
#include "layout/policy_layout.h"
#include "layout/typeset.h"
#include "markdown/doctree.h"
#include "pdf/pdf_writer.h"
#include "pipeline/policy_text.h"
#include "preview/png_page.h"
#include "template/policy.h"
#include "text/fonts.h"

using namespace siyasa;

namespace {

void print(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::error) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
}

// Writes one policy; false after printing why not.
bool write_policy(const Typesetter& ts, const OrgData& org, const std::string& id,
                  const std::string& templates, const std::string& out_dir) {
  auto policy = merge_policy(org, id, templates);
  if (!policy.ok()) return print(policy.diagnostics), false;
  auto tree = parse_markdown(policy->markdown, policy->template_file.string(), policy->body_first_line);
  if (!tree.ok()) return print(tree.diagnostics), false;
  auto doc = layout_policy(ts, org, *policy, *tree);
  if (!doc.ok()) return print(doc.diagnostics), false;
  auto text = policy_plain_text(*policy, org.numerals);
  if (!text.ok()) return print(text.diagnostics), false;
  const std::string base = out_dir + "/" + org.slug + "-" + id;
  Diagnostics errors = write_pdf(*doc, base + ".pdf");
  if (errors.empty()) errors = write_file_atomically(base + ".pdf.txt", *text);
  if (errors.empty()) errors = write_png(*doc, 0, 80, base + ".png");
  if (!errors.empty()) print(errors);
  return errors.empty();
}

}  // namespace

int main(int argc, char** argv) {
  std::string templates = std::string(SIYASA_SOURCE_DIR) + "/templates";
  std::string fonts_dir = std::string(SIYASA_SOURCE_DIR) + "/fonts";
  std::vector<std::string> rest;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--templates" && i + 1 < argc) templates = argv[++i];
    else if (a == "--fonts" && i + 1 < argc) fonts_dir = argv[++i];
    else rest.push_back(a);
  }
  if (rest.size() < 2) {
    std::fprintf(stderr, "usage: policy_pdf [--templates DIR] [--fonts DIR] OUT_DIR ORG.toml...\n");
    return 2;
  }
  auto fonts = load_fonts(fonts_dir);
  if (!fonts.ok()) return print(fonts.diagnostics), 1;
  const Typesetter ts = make_typesetter(*fonts);
  int status = 0;
  for (std::size_t i = 1; i < rest.size(); ++i) {
    auto org = load_org(rest[i]);
    if (!org.ok()) {
      print(org.diagnostics);
      status = 1;
      continue;
    }
    for (const PolicyAdoption& adoption : org->policies)
      if (!write_policy(ts, *org, adoption.id, templates, rest[0])) status = 1;
  }
  return status;
}
