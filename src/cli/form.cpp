// siyasa form: one blank form of one organisation, as a printable PDF or a browser form.
#include <iostream>

#include "cli/commands.h"
#include "core/deadline.h"
#include "pipeline/write_form.h"

namespace siyasa::cli {

int run_form(const FormOptions& options) {
  const Deadline deadline = Deadline::after(Deadline::Seconds(options.time_limit));
  const auto forms_dir = options.folders.templates / "forms";
  const auto spec_file = forms_dir / (options.form + ".toml");
  if (!std::filesystem::exists(spec_file)) {
    std::string known;
    for (const auto& id : list_forms(forms_dir)) known += "\n  " + id;
    std::cerr << "siyasa form: no form '" << options.form << "' in " << forms_dir.string()
              << (known.empty() ? "" : "; the forms are:" + known) << '\n';
    return kUsage;
  }
  auto org = load_org(options.org);
  auto spec = load_form(spec_file);
  print_diagnostics(org.diagnostics);
  print_diagnostics(spec.diagnostics);
  if (!org.ok() || !spec.ok()) return kInvalidInput;

  FormReport report;
  if (options.format == "html") {
    auto page = load_form_page(forms_dir);
    print_diagnostics(page.diagnostics);
    if (!page.ok()) return kInvalidInput;
    if (options.output == "-") {
      std::cout << render_form_html(*org, *spec, *page);
      return kOk;
    }
    report = write_form_html(*org, *spec, *page, options.output);
  } else {
    auto fonts = load_fonts(options.folders.fonts);
    print_diagnostics(fonts.diagnostics);
    if (!fonts.ok()) return kInvalidInput;
    report = write_form_pdf(*fonts, *org, *spec, options.output, deadline);
  }
  print_diagnostics(report.diagnostics);
  return has_errors(report.diagnostics) ? kInvalidInput : kOk;
}

}  // namespace siyasa::cli
