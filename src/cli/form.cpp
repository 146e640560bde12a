// siyasa form: one blank form of one organisation, as a printable PDF or a browser form.
#include <iostream>

#include "cli/commands.h"
#include "core/deadline.h"
#include "pipeline/write_form.h"
#include "template/policy.h"

namespace siyasa::cli {
namespace {

// An organisation offers the forms its adopted policies refer to; the form sees what the policy
// that refers to it gives (its review body, its article numbers, its audience). Prints why not.
bool offer_form(OrgData& org, const std::string& form_id, const std::filesystem::path& templates) {
  std::vector<MergedPolicy> merged;
  Diagnostics problems;
  for (const auto& adoption : org.policies) {
    auto policy = merge_policy(org, adoption.id, templates);
    problems.insert(problems.end(), policy.diagnostics.begin(), policy.diagnostics.end());
    if (policy.ok()) merged.push_back(std::move(*policy));
  }
  print_diagnostics(problems);
  if (has_errors(problems)) return false;
  std::vector<const MergedPolicy*> policies;
  for (const auto& p : merged) policies.push_back(&p);
  std::string offered;
  for (auto& form : offered_forms(policies)) {
    if (form.id == form_id) {
      org.form_values = std::move(form.values);
      return true;
    }
    offered += (offered.empty() ? "" : ", ") + form.id;
  }
  print_diagnostics({make_error({org.source.string(), 0, 0},
                                "the organisation offers no form '" + form_id + "': none of its adopted policies refers to it",
                                offered.empty() ? "its policies refer to no form"
                                                : "the forms its policies refer to: " + offered)});
  return false;
}

}  // namespace

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
  if (!offer_form(*org, options.form, options.folders.templates)) return kInvalidInput;

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
