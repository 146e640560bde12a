// The siyasa command line: one options struct and one run_* function per subcommand
// (CLI11 binds the flags in main.cpp). This is the only code that prints or exits.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa::cli {

// Exit statuses, as README.md documents them.
inline constexpr int kOk = 0;
inline constexpr int kInvalidInput = 1;
inline constexpr int kUsage = 2;
inline constexpr int kOverdue = 3;  // `status` only: a policy's review is overdue

struct Folders {
  std::filesystem::path orgs = "orgs";
  std::filesystem::path templates = "templates";
  std::filesystem::path fonts = "fonts";
};

struct BuildOptions {
  Folders folders;
  std::filesystem::path out = "output";
  std::vector<std::string> orgs;   // slugs; empty = all
  std::vector<std::string> only;   // pdf, forms, web; empty = all
  int jobs = 0;                    // 0 = number of cores
  bool quiet = false;
  bool force = false;
  double time_limit = 60;          // seconds per document; 0 = no limit
  std::size_t memory_limit_mib = 1024;  // per worker process; 0 = no limit
  // Digital signatures: a key for every organisation built (instead of [digital_signature]), the
  // PEM chain of a PEM key, a file holding the passphrase (else SIYASA_SIGN_PASSPHRASE), or none.
  std::filesystem::path sign_key, sign_cert, sign_passphrase_file;
  bool no_sign = false;
};

struct RenderOptions {
  Folders folders;
  std::filesystem::path org;       // FILE.toml
  std::string policy;
  std::string format = "pdf";      // pdf, html, txt
  std::filesystem::path output;    // "-" = stdout (txt and html only)
  bool fragment = false;           // html: the policy body only, for pasting into a CMS page
  double time_limit = 60;          // seconds; 0 = no limit
};

struct FormOptions {
  Folders folders;
  std::filesystem::path org;
  std::string form;
  std::string format = "pdf";      // pdf, html
  std::filesystem::path output;
  double time_limit = 60;          // seconds; 0 = no limit
};

struct StatusOptions {
  Folders folders;
  bool json = false;
  std::string today;               // "2026-03-01"; empty = SIYASA_TODAY, else the system's date
};

struct VerifyOptions {
  std::filesystem::path file;              // the PDF to check
  std::filesystem::path site = "output";   // a site folder, or an output folder of sites
  std::filesystem::path manifest;          // a manifest.json (instead of --site)
};

struct DiffOptions {
  Folders folders;
  std::filesystem::path org;       // FILE.toml
  std::string policy;
  std::filesystem::path against;   // a text pasted from the approved PDF; empty = the shared wording
};

struct NewOrgOptions {
  Folders folders;
  std::string slug;
};

int run_build(const BuildOptions& options);
int run_check(const Folders& folders);
int run_list(const Folders& folders);
int run_render(const RenderOptions& options);
int run_form(const FormOptions& options);
int run_new_org(const NewOrgOptions& options);
int run_status(const StatusOptions& options);
int run_verify(const VerifyOptions& options);

// Today for review dates: `flag` when given, else SIYASA_TODAY, else the system clock (UTC);
// nullopt when the given text is not a date. Tests pin the day with SIYASA_TODAY.
std::optional<Date> today_date(const std::string& flag);
// A warning per adopted policy whose review is overdue (for `check`).
Diagnostics review_warnings(const Folders& folders, const Date& today);
int run_diff(const DiffOptions& options);

// Prints every diagnostic to stderr as "file:line:col: error: message" (+ hint line).
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace siyasa::cli
