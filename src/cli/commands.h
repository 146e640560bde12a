// The siyasa command line: one options struct and one run_* function per subcommand
// (CLI11 binds the flags in main.cpp). This is the only code that prints or exits.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa::cli {

// Exit statuses, as README.md documents them.
inline constexpr int kOk = 0;
inline constexpr int kInvalidInput = 1;
inline constexpr int kUsage = 2;

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
int run_diff(const DiffOptions& options);

// Prints every diagnostic to stderr as "file:line:col: error: message" (+ hint line).
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace siyasa::cli
