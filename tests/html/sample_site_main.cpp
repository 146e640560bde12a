// Writes the sample organisations' sites into an output tree for the browser tests:
//   html_sample_site OUT  →  OUT/<slug>/site/… (the html stage's real output) plus stand-ins for
// what other stages write beside it (policy, form and booklet PDFs; form pages), so that the
// browser test can check that every link points where the build puts those files.
#include <filesystem>
#include <iostream>

#include "core/atomic_write.h"
#include "html/site.h"
#include "sample_site.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace siyasa;
  if (argc != 2) {
    std::cerr << "usage: html_sample_site OUTPUT_DIR\n";
    return 2;
  }
  const fs::path out = argv[1];
  int status = 0;
  for (const OrgData& org : {testing::sample_association(), testing::sample_endowment()}) {
    const fs::path root = out / org.slug;
    const std::vector<MergedPolicy> policies = testing::sample_policies(org);
    const std::vector<FormRef> forms = testing::sample_forms();
    for (const Diagnostic& d :
         write_site(org, policies, forms, root / "site", testing::sample_site_options())) {
      std::cerr << format_diagnostic(d) << "\n";
      status = 1;
    }
    const std::string stand_in = "%PDF-1.4\n% stand-in written by html_sample_site\n";
    write_file_atomically(root / "booklet.pdf", stand_in);
    for (const MergedPolicy& p : policies) {
      write_file_atomically(root / "policies" / (p.id + ".pdf"), stand_in);
    }
    for (const FormRef& f : forms) {
      write_file_atomically(root / "forms" / (f.id + ".pdf"), stand_in);
      write_file_atomically(root / "site/forms" / (f.id + ".html"),
                            "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><meta charset=\"utf-8\">"
                            "<title>stand-in</title></html>\n");
    }
  }
  return status;
}
