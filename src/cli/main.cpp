// siyasa: the command-line driver. Binds flags to the options structs of commands.h and calls
// the run_* functions; every real piece of work happens in the library stages.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <new>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"

namespace siyasa::cli {
namespace {

void add_folder_flags(CLI::App* command, Folders& folders, bool with_fonts) {
  command->add_option("--orgs", folders.orgs, "folder of organisation files (default: orgs)");
  command->add_option("--templates", folders.templates, "templates folder (default: templates)");
  if (with_fonts) command->add_option("--fonts", folders.fonts, "fonts folder (default: fonts)");
}

// The time bound of every document a command makes (Deadline in src/core/deadline.h).
void add_time_limit_flag(CLI::App* command, double& seconds) {
  const CLI::Validator seconds_check(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        const bool number = !text.empty() && end == text.c_str() + text.size();
        if (number && value >= 0 && value <= 1e9) return {};  // also false for nan
        return "must be a number of seconds from 0 (no limit) to 1e9";
      },
      "SECONDS");
  command->add_option("--time-limit", seconds,
                      "seconds one document may take before it fails (default: 60; 0 = no limit)")
      ->check(seconds_check);
}

CLI::App* add_build_command(CLI::App& app, BuildOptions& build) {
  auto* build_cmd = app.add_subcommand("build", "build every organisation's PDFs, forms and pages");
  add_folder_flags(build_cmd, build.folders, true);
  build_cmd->add_option("--out", build.out, "output folder (default: output)");
  build_cmd->add_option("--org", build.orgs, "only this organisation (repeatable)");
  build_cmd->add_option("--only", build.only, "only these outputs (repeatable)")
      ->check(CLI::IsMember({"pdf", "forms", "web"}));
  build_cmd->add_option("--jobs,-j", build.jobs, "parallel jobs (default: number of cores)")
      ->check(CLI::NonNegativeNumber);
  build_cmd->add_flag("--quiet,-q", build.quiet, "print errors only");
  build_cmd->add_flag("--force", build.force, "rebuild even what is up to date");
  add_time_limit_flag(build_cmd, build.time_limit);
  build_cmd->add_option("--memory-limit", build.memory_limit_mib,
                        "MiB of memory each worker process may use (default: 1024; 0 = no limit)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1024} * 1024));
  auto* key = build_cmd->add_option("--sign-key", build.sign_key,
                                    "sign the policy PDFs with this PKCS#12 file, or PEM private key (with "
                                    "--sign-cert), instead of each organisation's [digital_signature]");
  build_cmd->add_option("--sign-cert", build.sign_cert, "the PEM certificate chain of a PEM --sign-key")
      ->needs(key);
  build_cmd->add_option("--sign-passphrase-file", build.sign_passphrase_file,
                        "read the key's passphrase from this file (default: $SIYASA_SIGN_PASSPHRASE)");
  build_cmd->add_flag("--no-sign", build.no_sign, "build unsigned PDFs, whatever [digital_signature] says")
      ->excludes(key);
  return build_cmd;
}

CLI::App* add_diff_command(CLI::App& app, DiffOptions& diff) {
  auto* diff_cmd = app.add_subcommand("diff", "one policy's wording word by word: the organisation's against the "
                                              "shared template's, or against a text from its approved PDF");
  add_folder_flags(diff_cmd, diff.folders, false);
  diff_cmd->add_option("--org", diff.org, "organisation file (orgs/SLUG.toml)")->required();
  diff_cmd->add_option("--policy", diff.policy, "policy id")->required();
  diff_cmd->add_option("--against", diff.against, "a text file pasted from the approved PDF");
  return diff_cmd;
}

}  // namespace

void print_diagnostics(const Diagnostics& diagnostics) {
  // A problem several jobs meet (a template too large for each of them) is printed once a run;
  // the same message at many places of one file (every cell of a 500-column table) the first
  // kSameMessageShown times, then counted.
  constexpr std::size_t kSameMessageShown = 5;
  static std::set<std::string> printed;
  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  std::map<std::pair<std::string, std::string>, std::size_t> left_out;
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto& d : diagnostics) {
    std::string text = format_diagnostic(d);
    if (!printed.insert(text).second) continue;
    const auto key = std::make_pair(d.where.file, d.message);
    if (++seen[key] > kSameMessageShown) {
      if (left_out[key]++ == 0) order.push_back(key);
      continue;
    }
    std::cerr << text << '\n';
  }
  for (const auto& key : order) {
    std::cerr << (key.first.empty() ? std::string("siyasa") : key.first) << ": note: and " << left_out[key]
              << " more of '" << key.second << "'\n";
  }
}

}  // namespace siyasa::cli

int main(int argc, char** argv) {
  using namespace siyasa::cli;
  CLI::App app{"siyasa — Arabic governance documents for Saudi non-profits: policy PDFs, forms, web pages"};
  app.set_version_flag("--version", std::string("siyasa ") + SIYASA_VERSION);
  app.require_subcommand(1);

  BuildOptions build;
  auto* build_cmd = add_build_command(app, build);

  Folders check;
  auto* check_cmd = app.add_subcommand("check", "validate every organisation and template; write nothing");
  add_folder_flags(check_cmd, check, false);

  Folders list;
  auto* list_cmd = app.add_subcommand("list", "list organisations, policies and forms");
  add_folder_flags(list_cmd, list, false);

  RenderOptions render;
  auto* render_cmd = app.add_subcommand("render", "render one policy of one organisation");
  add_folder_flags(render_cmd, render.folders, true);
  render_cmd->add_option("--org", render.org, "organisation file (orgs/SLUG.toml)")->required();
  render_cmd->add_option("--policy", render.policy, "policy id")->required();
  render_cmd->add_option("--format", render.format, "pdf, html or txt")
      ->check(CLI::IsMember({"pdf", "html", "txt"}));
  render_cmd->add_option("-o,--output", render.output, "output file (- for standard output)")->required();
  render_cmd->add_flag("--fragment", render.fragment, "html: write only the policy body");
  add_time_limit_flag(render_cmd, render.time_limit);

  FormOptions form;
  auto* form_cmd = app.add_subcommand("form", "render one blank form of one organisation");
  add_folder_flags(form_cmd, form.folders, true);
  form_cmd->add_option("--org", form.org, "organisation file (orgs/SLUG.toml)")->required();
  form_cmd->add_option("--form", form.form, "form id")->required();
  form_cmd->add_option("--format", form.format, "pdf or html")->check(CLI::IsMember({"pdf", "html"}));
  form_cmd->add_option("-o,--output", form.output, "output file")->required();
  add_time_limit_flag(form_cmd, form.time_limit);

  DiffOptions diff;
  auto* diff_cmd = add_diff_command(app, diff);
  NewOrgOptions new_org;
  auto* new_org_cmd = app.add_subcommand("new-org", "write a commented starter file orgs/SLUG.toml");
  add_folder_flags(new_org_cmd, new_org.folders, false);
  new_org_cmd->add_option("slug", new_org.slug, "short latin name, e.g. kiswa")->required();

  StatusOptions status_options;
  auto* status_cmd = app.add_subcommand("status", "versions, approvals and reviews due (exit 3: a review is overdue)");
  add_folder_flags(status_cmd, status_options.folders, false);
  status_cmd->add_flag("--json", status_options.json, "write JSON instead of a table");
  status_cmd->add_option("--today", status_options.today, "judge reviews as of this day (default: SIYASA_TODAY, else today)");

  VerifyOptions verify;
  auto* verify_cmd = app.add_subcommand("verify", "is this PDF an approved version a site publishes? (exit 1: no)");
  verify_cmd->add_option("file", verify.file, "the PDF to check")->required();
  auto* site_flag = verify_cmd->add_option("--site", verify.site, "site folder, or output folder (default: output)");
  verify_cmd->add_option("--manifest", verify.manifest, "a site's manifest.json")->excludes(site_flag);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? kOk : kUsage;
  }

  try {
    if (*build_cmd) return run_build(build);
    if (*check_cmd) return run_check(check);
    if (*list_cmd) return run_list(list);
    if (*render_cmd) return run_render(render);
    if (*form_cmd) return run_form(form);
    if (*new_org_cmd) return run_new_org(new_org);
    if (*diff_cmd) return run_diff(diff);
    if (*status_cmd) return run_status(status_options);
    if (*verify_cmd) return run_verify(verify);
  } catch (const std::bad_alloc&) {
    // What the limits (merge size, images, nesting) should have stopped: a message, not an abort.
    std::cerr << "siyasa: error: ran out of memory\n"
              << "  hint: the input is far larger than a policy should be; please report it with the input files\n";
    return kInvalidInput;
  }
  return kUsage;
}
