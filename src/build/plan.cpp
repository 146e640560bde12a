#include "build/plan.h"

#include <algorithm>
#include <set>

#include "data/org.h"
#include "forms/write_form.h"
#include "html/site.h"
#include "layout/document.h"
#include "template/policy.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

// Every file below a folder, sorted, so a fingerprint notices any template or asset edit.
std::vector<fs::path> files_below(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> font_files(const FontSet& fonts, const fs::path& fonts_dir) {
  std::set<fs::path> files{fonts_dir / "fonts.toml"};
  for (auto role : {FontRole::body, FontRole::body_bold, FontRole::heading, FontRole::latin,
                    FontRole::latin_bold, FontRole::mono}) {
    files.insert(face_file(fonts, face_for_role(fonts, role)).file);
  }
  return {files.begin(), files.end()};
}

// What every document of an organisation depends on: its file, its images, the templates and
// the fonts.
std::vector<fs::path> org_inputs(const OrgData& org, const std::vector<fs::path>& shared) {
  std::vector<fs::path> inputs{org.source};
  for (const auto& image : {org.logo, org.stamp, org.signature}) {
    if (!image.empty()) inputs.push_back(image);
  }
  inputs.insert(inputs.end(), shared.begin(), shared.end());
  return inputs;
}

// Merges every adopted policy; the first problems end the job.
Result<std::vector<MergedPolicy>> merge_all(const OrgData& org, const fs::path& templates_dir) {
  std::vector<MergedPolicy> merged;
  Diagnostics diagnostics;
  for (const auto& adoption : org.policies) {
    auto policy = merge_policy(org, adoption.id, templates_dir);
    diagnostics.insert(diagnostics.end(), policy.diagnostics.begin(), policy.diagnostics.end());
    if (policy.ok()) merged.push_back(std::move(*policy));
  }
  if (has_errors(diagnostics)) return Result<std::vector<MergedPolicy>>::failure(std::move(diagnostics));
  return Result<std::vector<MergedPolicy>>::success(std::move(merged), std::move(diagnostics));
}

// A job for one output of one organisation; `key` is the output's path below out_dir.
Job org_job(const OrgData& org, const BuildRequest& request, const std::vector<fs::path>& inputs,
            const std::string& key) {
  Job job;
  job.key = key;
  job.group = org.slug;
  job.inputs = inputs;
  job.salt = key;
  job.outputs = {request.out_dir / key};
  return job;
}

// Runs `write` on the organisation's merged policies, or reports why they could not be merged.
template <class Write>
JobReport with_merged(const OrgData& org, const fs::path& templates_dir, Write write) {
  auto policies = merge_all(org, templates_dir);
  if (!policies.ok()) return JobReport{policies.diagnostics, 0};
  JobReport report = write(*policies);
  report.diagnostics.insert(report.diagnostics.begin(), policies.diagnostics.begin(),
                            policies.diagnostics.end());
  return report;
}

Job site_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
             const BuildRequest& request, const std::vector<fs::path>& inputs) {
  Job job = org_job(*org, request, inputs, org->slug + "/site/index.html");
  auto site_dir = request.out_dir / org->slug / "site";
  for (const auto& adoption : org->policies) job.outputs.push_back(site_dir / (adoption.id + ".html"));
  job.run = [org, fonts, templates = request.templates_dir, site_dir]() {
    return with_merged(*org, templates, [&](const std::vector<MergedPolicy>& policies) {
      auto forms = list_org_forms(*org, templates);
      std::vector<FormRef> refs;
      for (const auto& form : forms.forms) refs.push_back(FormRef{form.id, form.title});
      SiteOptions options;
      options.templates_dir = templates / "site";
      options.fonts = web_fonts_from(*fonts);  // the faces fonts.toml gives the PDFs
      JobReport report{forms.diagnostics, 0};
      auto written = write_site(*org, policies, refs, site_dir, options);
      report.diagnostics.insert(report.diagnostics.end(), written.begin(), written.end());
      return report;
    });
  };
  return job;
}

Job policy_pdf_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
                   const BuildRequest& request, const std::vector<fs::path>& inputs,
                   const std::string& policy_id) {
  Job job = org_job(*org, request, inputs, org->slug + "/policies/" + policy_id + ".pdf");
  job.run = [org, fonts, templates = request.templates_dir, policy_id, out = job.outputs.front(),
             limit = request.time_limit]() {
    const Deadline deadline = Deadline::after(limit);
    auto policy = merge_policy(*org, policy_id, templates);
    if (!policy.ok()) return JobReport{policy.diagnostics, 0};
    return build_policy_pdf(fonts, *org, *policy, out, deadline);
  };
  return job;
}

Job booklet_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
                const BuildRequest& request, const std::vector<fs::path>& inputs) {
  Job job = org_job(*org, request, inputs, org->slug + "/booklet.pdf");
  job.run = [org, fonts, templates = request.templates_dir, out = job.outputs.front(),
             limit = request.time_limit]() {
    const Deadline deadline = Deadline::after(limit);
    return with_merged(*org, templates, [&](const std::vector<MergedPolicy>& policies) {
      return build_booklet_pdf(fonts, *org, policies, out, deadline);
    });
  };
  return job;
}

// The printable PDF (forms/<id>.pdf) or the browser page (site/forms/<id>.html) of one form.
Job form_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
             const BuildRequest& request, const std::vector<fs::path>& inputs,
             const std::string& form_id, bool pdf) {
  Job job = org_job(*org, request, inputs,
                    org->slug + (pdf ? "/forms/" + form_id + ".pdf" : "/site/forms/" + form_id + ".html"));
  job.run = [org, fonts, request, form_id, pdf]() {
    return build_form(fonts, *org, request.templates_dir, form_id, request.out_dir, pdf, !pdf,
                      Deadline::after(request.time_limit));
  };
  return job;
}

}  // namespace

fs::path cache_file(const fs::path& out_dir) { return out_dir / ".siyasa-cache"; }

BuildPlan plan_build(const BuildRequest& request, std::shared_ptr<const FontSet> fonts) {
  BuildPlan plan;
  auto loaded = load_orgs(request.orgs_dir);
  plan.diagnostics = loaded.diagnostics;

  std::set<std::string> known, failed;
  for (const auto& org : loaded.orgs) known.insert(org.slug);
  for (const auto& d : loaded.diagnostics) {
    if (d.severity != Severity::error) continue;
    auto slug = fs::path(d.where.file).stem().string();
    failed.insert(slug);
    known.insert(slug);
  }
  for (const auto& wanted : request.only_orgs) {
    if (!is_valid_slug(wanted)) {
      plan.diagnostics.push_back(make_error({request.orgs_dir.string(), 0, 0},
                                            "'" + wanted + "' is not an organisation slug",
                                            "a slug is the name of a file in this folder without .toml: "
                                            "letters a-z, digits and '-'"));
      failed.insert(wanted);
      continue;
    }
    if (!known.count(wanted)) {
      plan.diagnostics.push_back(make_error({(request.orgs_dir / (wanted + ".toml")).string(), 0, 0},
                                            "no organisation '" + wanted + "'",
                                            "`siyasa list` shows the organisations there are"));
      failed.insert(wanted);
    }
  }
  auto selected = [&](const std::string& slug) {
    return request.only_orgs.empty() ||
           std::find(request.only_orgs.begin(), request.only_orgs.end(), slug) != request.only_orgs.end();
  };

  auto shared = files_below(request.templates_dir);
  auto font_inputs = font_files(*fonts, request.fonts_dir);
  shared.insert(shared.end(), font_inputs.begin(), font_inputs.end());
  const auto form_ids = list_forms(request.templates_dir / "forms");

  for (const auto& loaded_org : loaded.orgs) {
    if (!selected(loaded_org.slug)) continue;
    auto org = std::make_shared<const OrgData>(loaded_org);
    auto inputs = org_inputs(*org, shared);
    if (request.pdf) {
      for (const auto& adoption : org->policies) {
        plan.jobs.push_back(policy_pdf_job(org, fonts, request, inputs, adoption.id));
      }
      if (!org->policies.empty()) plan.jobs.push_back(booklet_job(org, fonts, request, inputs));
    }
    for (const auto& form_id : form_ids) {
      if (request.forms) plan.jobs.push_back(form_job(org, fonts, request, inputs, form_id, true));
      if (request.web) plan.jobs.push_back(form_job(org, fonts, request, inputs, form_id, false));
    }
    if (request.web) plan.jobs.push_back(site_job(org, fonts, request, inputs));
  }

  for (const auto& slug : failed) {
    if (selected(slug) || !request.only_orgs.empty()) plan.failed_groups.push_back(slug);
  }
  for (const auto& slug : known) {
    if (selected(slug)) plan.groups.push_back(slug);
  }
  return plan;
}

}  // namespace siyasa
