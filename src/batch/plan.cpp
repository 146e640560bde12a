#include "batch/plan.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "batch/archive.h"
#include "core/atomic_write.h"
#include "data/org.h"
#include "forms/form_html.h"
#include "forms/form_list.h"
#include "forms/form_spec.h"
#include "html/site.h"
#include "pipeline/policy_pdf.h"
#include "pipeline/write_form.h"
#include "sign/signer.h"
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

// The fonts by content, for every job's salt: each role's face, named by the SHA-256 of the bytes
// the text stage read, so a font file replaced between runs is noticed without reading it again.
std::string fonts_identity(const FontSet& fonts) {
  std::string identity = " fonts";
  for (auto role : {FontRole::body, FontRole::body_bold, FontRole::heading, FontRole::latin,
                    FontRole::latin_bold, FontRole::mono}) {
    const FaceFile& face = face_file(fonts, face_for_role(fonts, role));
    identity += " " + (face.data ? face.data->sha256 : std::string("-")) + ":" + std::to_string(face.index);
  }
  return identity;
}

// What every document of an organisation depends on: its file, its images, its own wording
// (orgs/<slug>/overrides/, orgs/<slug>/policies/), the templates and the fonts.
std::vector<fs::path> org_inputs(const OrgData& org, const std::vector<fs::path>& shared) {
  std::vector<fs::path> inputs{org.source};
  for (const auto& image : {org.logo, org.stamp, org.signature}) {
    if (!image.empty()) inputs.push_back(image);
  }
  for (const auto& document : org.documents) {  // copied into the site
    if (!document.file.empty()) inputs.push_back(document.file);
  }
  for (const char* folder : {"overrides", "policies"}) {
    auto own = files_below(org.source.parent_path() / org.slug / folder);
    inputs.insert(inputs.end(), own.begin(), own.end());
  }
  inputs.insert(inputs.end(), shared.begin(), shared.end());
  return inputs;
}

// One organisation's merged policies, made once per run for all of its jobs (a policy's PDF,
// the booklet and the site each need it). Shared by the jobs; in worker processes, by the jobs
// each worker builds.
class OrgMerges {
 public:
  OrgMerges(std::shared_ptr<const OrgData> org, fs::path templates_dir)
      : org_(std::move(org)), templates_dir_(std::move(templates_dir)) {}

  // `deadline` is the asking job's: a merge that runs out of time fails that job (and is
  // remembered as failed, for the organisation's other jobs in this process).
  Result<MergedPolicy> policy(const std::string& id, const Deadline& deadline) {
    {
      std::lock_guard lock(mutex_);
      if (auto found = merged_.find(id); found != merged_.end()) return found->second;
    }
    Result<MergedPolicy> merged = merge_policy(*org_, id, templates_dir_, deadline);
    std::lock_guard lock(mutex_);
    return merged_.emplace(id, std::move(merged)).first->second;
  }

  // Every adopted policy; the first problems end the job.
  Result<std::vector<MergedPolicy>> all(const Deadline& deadline) {
    std::vector<MergedPolicy> merged;
    Diagnostics diagnostics;
    for (const auto& adoption : org_->policies) {
      auto policy = this->policy(adoption.id, deadline);
      diagnostics.insert(diagnostics.end(), policy.diagnostics.begin(), policy.diagnostics.end());
      if (policy.ok()) merged.push_back(std::move(*policy));
    }
    if (has_errors(diagnostics)) return Result<std::vector<MergedPolicy>>::failure(std::move(diagnostics));
    return Result<std::vector<MergedPolicy>>::success(std::move(merged), std::move(diagnostics));
  }

 private:
  std::shared_ptr<const OrgData> org_;
  fs::path templates_dir_;
  std::mutex mutex_;
  std::map<std::string, Result<MergedPolicy>> merged_;
};

// A job for one output of one organisation; `key` is the output's path below out_dir.
Job org_job(const OrgData& org, const BuildRequest& request, const std::vector<fs::path>& inputs,
            const std::string& key) {
  Job job;
  job.key = key;
  job.group = org.slug;
  job.inputs = inputs;
  job.salt = key;
  job.outputs = {request.out_dir / key};
  job.source = org.source;
  return job;
}

// The PDFs an organisation's site holds, as paths inside the site folder (site_pdf_path), that
// its pages may link to.
using PdfSet = std::set<std::string>;

// Those of `expected` that exist now: a PDF whose job failed in this run and that no earlier
// build left behind is not linked.
PdfSet existing_pdfs(const PdfSet& expected, const fs::path& site_dir) {
  PdfSet found;
  std::error_code ec;
  for (const auto& pdf : expected) {
    if (fs::is_regular_file(site_dir / pdf, ec)) found.insert(pdf);
  }
  return found;
}

// A PDF job also puts its PDF into the site folder (`in_site`, relative to it), so that the
// site holds everything it links: the copy is made, and recorded, with the PDF itself.
void copy_into_site(Job& job, const fs::path& site_dir, const std::string& in_site) {
  const fs::path copy = site_dir / in_site;
  job.outputs.push_back(copy);
  job.run = [run = std::move(job.run), pdf = job.outputs.front(), copy]() {
    JobReport report = run();
    if (has_errors(report.diagnostics)) return report;
    Diagnostics copied = place_copy_atomically(pdf, copy);
    report.diagnostics.insert(report.diagnostics.end(), copied.begin(), copied.end());
    return report;
  };
}

std::string joined(const PdfSet& pdfs) {
  std::string text;
  for (const auto& pdf : pdfs) text += " " + pdf;
  return text;
}

// Runs `write` on the organisation's merged policies, or reports why they could not be merged.
template <class Write>
JobReport with_merged(OrgMerges& merges, const Deadline& deadline, Write write) {
  auto policies = merges.all(deadline);
  if (!policies.ok()) return JobReport{policies.diagnostics, 0};
  JobReport report = write(*policies);
  report.diagnostics.insert(report.diagnostics.begin(), policies.diagnostics.begin(),
                            policies.diagnostics.end());
  return report;
}

// The forms folder's ids and its specs, loaded once per run (per worker process) and shared by
// every organisation's form jobs and site index.
struct Forms {
  std::vector<std::string> ids;
  std::shared_ptr<FormSpecs> specs;
  std::shared_ptr<const Result<FormPage>> page;  // form.css and form.js
};

// One form an organisation offers: its id, and the organisation as that form sees it (with the
// form_values of the adopted policy that refers to it).
struct OrgForm {
  std::string id;
  std::shared_ptr<const OrgData> org;
};

// The forms the organisation offers (forms_for_org): those its adopted policies refer to, in the
// policies' order, each once — a form cites the first policy that refers to it — and those of its
// kind that follow no policy. A policy that does not merge offers none (its own job reports why).
std::vector<OrgForm> org_forms(const std::shared_ptr<const OrgData>& org, OrgMerges& merges, const Forms& forms,
                               const Deadline& deadline) {
  std::vector<Result<MergedPolicy>> merged;
  for (const auto& adoption : org->policies) merged.push_back(merges.policy(adoption.id, deadline));
  std::vector<const MergedPolicy*> policies;
  for (const auto& policy : merged)
    if (policy.ok()) policies.push_back(&*policy);
  std::vector<OfferedForm> referred = offered_forms(policies);
  std::vector<std::string> referred_ids;
  for (const auto& form : referred) referred_ids.push_back(form.id);
  std::vector<OrgForm> out;
  for (const auto& id : forms_for_org(*org, *forms.specs, referred_ids, forms.ids)) {
    auto seen = std::make_shared<OrgData>(*org);
    for (auto& form : referred)
      if (form.id == id) seen->form_values = std::move(form.values);
    out.push_back({id, std::move(seen)});
  }
  return out;
}

// The approved versions the site publishes, for manifest.json and the revision history: each
// policy's current PDF (when it records the current version) and the archived earlier ones,
// which the site gets a copy of (site/archive/<id>/v<N>.pdf, a hard link where it can), so that
// it holds every PDF it links.
void add_published(const OrgData& org, const fs::path& org_dir, const fs::path& site_dir, SiteOptions& options,
                   Diagnostics& diagnostics) {
  for (const auto& adoption : org.policies) {
    const PolicyVersion* current = adoption.current();
    if (!current) continue;
    for (const PolicyVersion& v : adoption.versions) {
      const bool is_current = &v == current;
      const fs::path made = is_current ? org_dir / "policies" / (adoption.id + ".pdf")
                                       : archive_folder(org_dir, adoption.id) / ("v" + std::to_string(v.number) + ".pdf");
      const std::string in_site = is_current ? site_pdf_path(SitePdf::policy, adoption.id)
                                             : archived_pdf_path(adoption.id, v.number);
      if (is_current && !(options.available_pdfs && options.available_pdfs->count(in_site))) continue;
      const auto recorded = read_recorded_pdf(made);  // one read: its version and its hash
      if (!recorded || recorded->version != v.number) continue;
      const std::string& sha = recorded->sha256;
      if (!is_current) {
        if (Diagnostics copied = place_copy_atomically(made, site_dir / in_site); has_errors(copied)) {
          for (Diagnostic& d : copied) d.severity = Severity::warning;  // the site still publishes, without that link
          diagnostics.insert(diagnostics.end(), copied.begin(), copied.end());
          continue;
        }
        if (options.available_pdfs) options.available_pdfs->insert(in_site);
      }
      PublishedFile published{adoption.id, v.number, in_site, sha, {}};
      for (auto& earlier : earlier_printings(archive_folder(org_dir, adoption.id), v.number))
        if (earlier != sha) published.earlier_sha256.push_back(std::move(earlier));
      options.published.push_back(std::move(published));
    }
  }
}

// `pdfs`: the PDFs that will be beside the site when this run is over (made by the jobs the
// site job runs after, or up to date from an earlier build).
Job site_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
             const BuildRequest& request, const std::vector<fs::path>& inputs, const PdfSet& pdfs,
             std::shared_ptr<OrgMerges> merges, const Forms& forms, std::vector<OrgForm> offered) {
  Job job = org_job(*org, request, inputs, org->slug + "/site/index.html");
  job.salt += " links" + joined(pdfs);
  auto site_dir = request.out_dir / org->slug / "site";
  SiteOptions planned;
  planned.templates_dir = request.templates_dir / "site";
  planned.fonts = web_fonts_from(*fonts);  // the faces fonts.toml gives the PDFs
  std::vector<std::string> policy_ids;
  for (const auto& adoption : org->policies) policy_ids.push_back(adoption.id);
  job.outputs.clear();
  for (const auto& file : site_files(*org, policy_ids, planned)) job.outputs.push_back(site_dir / file);
  job.run = [org, merges, forms, offered, planned, pdfs, site_dir, limit = request.time_limit]() {
    return with_merged(*merges, Deadline::after(limit), [&](const std::vector<MergedPolicy>& policies) {
      std::vector<FormRef> refs;
      JobReport report;
      for (const OrgForm& form : offered) {
        auto listed = list_org_forms(*form.org, *forms.specs, {form.id});
        for (const auto& f : listed.forms) refs.push_back(FormRef{f.id, f.title});
        report.diagnostics.insert(report.diagnostics.end(), listed.diagnostics.begin(), listed.diagnostics.end());
      }
      SiteOptions options = planned;
      options.available_pdfs = existing_pdfs(pdfs, site_dir);
      add_published(*org, site_dir.parent_path(), site_dir, options, report.diagnostics);
      auto written = write_site(*org, policies, refs, site_dir, options);
      report.diagnostics.insert(report.diagnostics.end(), written.begin(), written.end());
      return report;
    });
  };
  return job;
}

// A signed PDF is made again only when its inputs or the certificate change (not on every build:
// the salt names the certificate, not the time).
Job policy_pdf_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
                   const BuildRequest& request, const std::vector<fs::path>& inputs,
                   const std::string& policy_id, std::shared_ptr<OrgMerges> merges,
                   std::shared_ptr<const Signer> signer) {
  Job job = org_job(*org, request, inputs, org->slug + "/policies/" + policy_id + ".pdf");
  if (signer) job.salt += " signed with " + signer->fingerprint();
  const fs::path archive = archive_folder(request.out_dir / org->slug, policy_id);
  job.run = [org, fonts, merges, policy_id, archive, signer, out = job.outputs.front(),
             limit = request.time_limit]() {
    const Deadline deadline = Deadline::after(limit);
    auto policy = merges->policy(policy_id, deadline);
    if (!policy.ok()) return JobReport{policy.diagnostics, 0};
    // The version this PDF replaces goes to the archive first (see archive.h).
    Diagnostics kept;
    for (const auto& adoption : org->policies)
      if (adoption.id == policy_id && adoption.current())
        kept = archive_previous(out, archive, adoption.current()->number);
    JobReport report = build_policy_pdf(fonts, *org, *policy, out, deadline, signer.get());
    report.diagnostics.insert(report.diagnostics.end(), kept.begin(), kept.end());
    return report;
  };
  return job;
}

Job booklet_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
                const BuildRequest& request, const std::vector<fs::path>& inputs,
                std::shared_ptr<OrgMerges> merges) {
  Job job = org_job(*org, request, inputs, org->slug + "/booklet.pdf");
  job.run = [org, fonts, merges, out = job.outputs.front(), limit = request.time_limit]() {
    const Deadline deadline = Deadline::after(limit);
    return with_merged(*merges, deadline, [&](const std::vector<MergedPolicy>& policies) {
      return build_booklet_pdf(fonts, *org, policies, out, deadline);
    });
  };
  return job;
}

// The printable PDF of one form (forms/<id>.pdf).
Job form_pdf_job(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
                 const BuildRequest& request, const std::vector<fs::path>& inputs,
                 const std::string& form_id, std::shared_ptr<FormSpecs> specs) {
  Job job = org_job(*org, request, inputs, org->slug + "/forms/" + form_id + ".pdf");
  job.run = [org, fonts, request, form_id, specs]() {
    return build_form(fonts, *org, *specs, form_id, request.out_dir, true, false,
                      Deadline::after(request.time_limit));
  };
  return job;
}

// The browser page of one form (site/forms/<id>.html); it links the printable PDF when
// `pdf_expected` and the PDF is there once the jobs it runs after are done.
Job form_page_job(std::shared_ptr<const OrgData> org, const BuildRequest& request,
                  const std::vector<fs::path>& inputs, const std::string& form_id, bool pdf_expected,
                  const Forms& forms) {
  Job job = org_job(*org, request, inputs, org->slug + "/site/forms/" + form_id + ".html");
  job.salt += pdf_expected ? " links its pdf" : "";
  auto pdf = request.out_dir / org->slug / "site" / site_pdf_path(SitePdf::form, form_id);
  job.run = [org, specs = forms.specs, page = forms.page, form_id, pdf, pdf_expected, out = job.outputs.front()]() {
    if (!page->ok()) return JobReport{page->diagnostics, 0};
    const Result<FormSpec>& spec = specs->get(form_id);
    if (!spec.ok()) return JobReport{spec.diagnostics, 0};
    FormHtmlOptions options;
    options.in_site = true;
    std::error_code ec;
    options.link_pdf = pdf_expected && fs::is_regular_file(pdf, ec);
    JobReport report = write_form_html(*org, *spec, **page, out, options);
    report.diagnostics.insert(report.diagnostics.begin(), spec.diagnostics.begin(), spec.diagnostics.end());
    return report;
  };
  return job;
}

// Whether a PDF job's output will be there when this run is over: the job runs now (and the pages
// that link it run after it), or an earlier build left it up to date.
bool will_exist(const Job& pdf_job, bool runs, BuildCache* cache) {
  return runs || (cache && is_up_to_date(pdf_job, *cache));
}

// Every job of one organisation; those of the kinds `request` builds go to `plan.jobs` (each
// PDF before the pages that link it), and all of them to what the plan wants kept.
void plan_org(std::shared_ptr<const OrgData> org, std::shared_ptr<const FontSet> fonts,
              const BuildRequest& request, const std::vector<fs::path>& inputs,
              std::shared_ptr<const Signer> signer, const Forms& forms, BuildCache* cache, BuildPlan& plan,
              std::set<std::string>& offered_ids) {
  auto merges = std::make_shared<OrgMerges>(org, request.templates_dir);
  const std::vector<OrgForm> offered = org_forms(org, *merges, forms, Deadline::after(request.time_limit));
  for (const OrgForm& form : offered) offered_ids.insert(form.id);
  const auto keep = [&](Job job, bool runs) {
    plan.wanted_keys.insert(job.key);
    plan.wanted_outputs.insert(job.outputs.begin(), job.outputs.end());
    if (runs) plan.jobs.push_back(std::move(job));
  };
  struct Pdf {
    Job job;
    bool runs;
    bool there = false;  // when this run is over
  };
  std::vector<Pdf> pdfs;  // every PDF the pages may link
  const fs::path site_dir = request.out_dir / org->slug / "site";
  std::vector<std::string> in_site;  // each PDF's path inside the site folder
  for (const auto& adoption : org->policies) {
    pdfs.push_back({policy_pdf_job(org, fonts, request, inputs, adoption.id, merges, signer), request.pdf});
    in_site.push_back(site_pdf_path(SitePdf::policy, adoption.id));
  }
  if (!org->policies.empty()) {
    pdfs.push_back({booklet_job(org, fonts, request, inputs, merges), request.pdf});
    in_site.push_back(site_pdf_path(SitePdf::booklet));
  }
  for (const OrgForm& form : offered) {
    pdfs.push_back({form_pdf_job(form.org, fonts, request, inputs, form.id, forms.specs), request.forms});
    in_site.push_back(site_pdf_path(SitePdf::form, form.id));
  }
  const std::string fonts_id = fonts_identity(*fonts);  // before any fingerprint is asked for
  for (std::size_t i = 0; i < pdfs.size(); ++i) {
    copy_into_site(pdfs[i].job, site_dir, in_site[i]);
    pdfs[i].job.salt += fonts_id;
  }
  for (Pdf& pdf : pdfs) pdf.there = will_exist(pdf.job, pdf.runs, cache);

  std::vector<Job> pages;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    const Pdf& pdf = pdfs[pdfs.size() - offered.size() + i];
    pages.push_back(form_page_job(offered[i].org, request, inputs, offered[i].id, pdf.there, forms));
    if (pdf.runs) pages.back().after.push_back(pdf.job.key);
  }
  PdfSet linked;
  std::vector<std::string> after;
  for (std::size_t i = 0; i < pdfs.size(); ++i) {
    const Pdf& pdf = pdfs[i];
    if (pdf.there) linked.insert(in_site[i]);
    if (pdf.runs) after.push_back(pdf.job.key);
  }
  pages.push_back(site_job(org, fonts, request, inputs, linked, merges, forms, offered));
  pages.back().after = std::move(after);

  for (Pdf& pdf : pdfs) keep(std::move(pdf.job), pdf.runs);
  for (Job& page : pages) {
    page.salt += fonts_id;
    keep(std::move(page), request.web);
  }
}

}  // namespace

fs::path cache_file(const fs::path& out_dir) { return out_dir / ".siyasa-cache"; }

BuildPlan plan_build(const BuildRequest& request, std::shared_ptr<const FontSet> fonts,
                     BuildCache* cache) {
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
  shared.push_back(request.fonts_dir / "fonts.toml");  // the font files themselves: fonts_identity
  const Forms forms{list_forms(request.templates_dir / "forms"),
                    std::make_shared<FormSpecs>(request.templates_dir / "forms"),
                    std::make_shared<const Result<FormPage>>(load_form_page(request.templates_dir / "forms"))};

  std::set<std::string> offered_ids;  // the forms some organisation offers
  plan.every_org = request.only_orgs.empty();
  plan.makes_pages = request.web;
  for (const auto& loaded_org : loaded.orgs) {
    if (!selected(loaded_org.slug)) continue;
    // A certificate that cannot sign (wrong passphrase, expired …) fails the organisation alone,
    // before anything of it is built.
    std::shared_ptr<const Signer> signer;
    const std::optional<SigningFiles>& signing = request.sign_with ? request.sign_with : loaded_org.signing;
    if (request.sign && signing && !loaded_org.policies.empty()) {
      auto loaded_signer = Signer::load(*signing, request.sign_passphrase, std::time(nullptr));
      plan.diagnostics.insert(plan.diagnostics.end(), loaded_signer.diagnostics.begin(),
                              loaded_signer.diagnostics.end());
      if (!loaded_signer.ok()) {
        failed.insert(loaded_org.slug);
        continue;
      }
      signer = *loaded_signer;
    }
    plan.loaded_groups.insert(loaded_org.slug);
    auto org = std::make_shared<const OrgData>(loaded_org);
    std::vector<fs::path> inputs = org_inputs(*org, shared);
    plan_org(org, fonts, request, inputs, signer, forms, cache, plan, offered_ids);
  }
  // A spec no organisation offers builds nothing, but it is a broken input all the same.
  for (const auto& id : forms.ids) {
    if (offered_ids.count(id)) continue;
    const Result<FormSpec>& spec = forms.specs->get(id);
    if (has_errors(spec.diagnostics))
      plan.diagnostics.insert(plan.diagnostics.end(), spec.diagnostics.begin(), spec.diagnostics.end());
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
