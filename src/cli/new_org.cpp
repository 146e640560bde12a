// siyasa new-org SLUG: write a commented starter orgs/SLUG.toml; never overwrite a file.
#include <iostream>
#include <system_error>

#include "cli/commands.h"
#include "core/atomic_write.h"
#include "data/org.h"
#include "data/starter.h"

namespace siyasa::cli {

int run_new_org(const NewOrgOptions& options) {
  const std::string& slug = options.slug;
  if (!is_valid_slug(slug)) {
    std::cerr << "siyasa new-org: '" << slug << "' is not a valid short name\n"
              << "  hint: use lower-case Latin letters, digits and '-', e.g. siyasa new-org kiswa\n";
    return kUsage;
  }
  std::filesystem::path file = options.folders.orgs / (slug + ".toml");
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) {
    std::cerr << file.string() << ": error: the file already exists; siyasa new-org never overwrites\n"
              << "  hint: edit it, or choose another short name\n";
    return kInvalidInput;
  }
  std::filesystem::create_directories(options.folders.orgs, ec);
  if (ec) {
    std::cerr << options.folders.orgs.string() << ": error: cannot create the folder: " << ec.message() << "\n";
    return kInvalidInput;
  }
  if (Diagnostics problems = write_file_atomically(file, starter_org_text(slug)); has_errors(problems)) {
    print_diagnostics(problems);
    return kInvalidInput;
  }
  std::cout << "wrote " << file.string() << ": fill in every \"<<…>>\" value, then run: siyasa check\n";
  return kOk;
}

}  // namespace siyasa::cli
