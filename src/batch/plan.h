// Stage "batch": the folders of a checkout (orgs, templates, fonts) and what to build in, the list
// of independent jobs out — one per output document of each organisation — each knowing the
// files it depends on, so that run_jobs can skip what is up to date. An organisation whose file
// does not load fails alone; the others are planned as usual.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "batch/jobs.h"
#include "core/deadline.h"
#include "core/diagnostic.h"
#include "data/org.h"
#include "text/fonts.h"

namespace siyasa {

struct BuildRequest {
  std::filesystem::path orgs_dir = "orgs";
  std::filesystem::path templates_dir = "templates";
  std::filesystem::path fonts_dir = "fonts";
  std::filesystem::path out_dir = "output";
  std::vector<std::string> only_orgs;  // slugs; empty: every organisation
  bool pdf = true, forms = true, web = true;
  Deadline::Seconds time_limit{60};    // per document, from the start of its job; 0 = none
  // Digital signatures (src/sign/): the policy PDFs of an organisation with [digital_signature]
  // are signed, or of every organisation built when `sign_with` names a key (`--sign-key`).
  // The passphrase comes from the environment or a file, never from an organisation file.
  std::optional<SigningFiles> sign_with;
  std::string sign_passphrase;
  bool sign = true;                    // false: --no-sign
};

struct BuildPlan {
  std::vector<Job> jobs;
  std::vector<std::string> groups;     // every organisation slug planned or failed, sorted
  Diagnostics diagnostics;             // organisations that could not be loaded, unknown --org
  std::vector<std::string> failed_groups;
  // What the data of the selected organisations that loaded asks for, whatever --only says:
  // the keys of their jobs and every file those jobs write. A stale-output cleanup keeps these.
  std::set<std::string> loaded_groups;
  std::set<std::string> wanted_keys;
  std::set<std::filesystem::path> wanted_outputs;
  bool every_org = true;     // no --org: the build speaks for the whole orgs folder
  bool makes_pages = true;   // the web pages are built (or up to date) in this run, not left from before
};

// `cache` (loaded, may be null) tells which PDFs an earlier build left up to date: the pages of
// this build link a PDF only when this build makes it or it is there and up to date.
BuildPlan plan_build(const BuildRequest& request, std::shared_ptr<const FontSet> fonts,
                     BuildCache* cache = nullptr);

// Where the build keeps its fingerprints.
std::filesystem::path cache_file(const std::filesystem::path& out_dir);

}  // namespace siyasa
