// siyasa verify FILE.pdf [--site DIR | --manifest FILE]: is this file an approved version that a
// site siyasa built publishes? Hashes the file (SHA-256) and looks for it in manifest.json — the
// same check verify.html makes in a browser. Exit 0: it is; 1: it is not (or no manifest).
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "core/sha256.h"
#include "html/manifest.h"

namespace siyasa::cli {
namespace {

namespace fs = std::filesystem;

// The manifests to search: the one named, the site folder's, or every organisation's site in an
// output folder (output/<slug>/site/manifest.json).
std::vector<fs::path> manifests_of(const VerifyOptions& options) {
  if (!options.manifest.empty()) return {options.manifest};
  std::error_code ec;
  if (fs::is_regular_file(options.site / "manifest.json", ec)) return {options.site / "manifest.json"};
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(options.site, ec))
    if (fs::is_regular_file(entry.path() / "site" / "manifest.json", ec)) found.push_back(entry.path() / "site" / "manifest.json");
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

int run_verify(const VerifyOptions& options) {
  const auto sha = sha256_file(options.file);
  if (!sha) {
    std::cerr << options.file.string() << ": error: cannot read the file\n";
    return kInvalidInput;
  }
  const auto manifests = manifests_of(options);
  if (manifests.empty()) {
    std::cerr << options.site.string() << ": error: no manifest.json there\n"
              << "  hint: pass the site folder (output/<slug>/site) or --manifest FILE\n";
    return kInvalidInput;
  }
  for (const auto& file : manifests) {
    auto manifest = read_manifest(file);
    print_diagnostics(manifest.diagnostics);
    if (!manifest.ok()) return kInvalidInput;
    bool earlier = false;
    if (const ManifestEntry* d = find_document(*manifest, *sha, &earlier)) {
      std::cout << options.file.string() << ": approved version " << d->version << " of policy '" << d->policy
                << "' (" << d->title << ") of " << manifest->organisation << ", approved " << d->approved
                << ", in force from " << d->effective << " — "
                << (d->current ? "the current version" : "superseded by a later version") << "\n";
      if (earlier)
        std::cout << "  an earlier copy of this version: the site's copy (" << d->file
                  << ") was built again since, with the same approval\n";
      std::cout << "  id: " << d->id << "\n  sha256: " << *sha << "\n";
      return kOk;
    }
  }
  std::cout << options.file.string() << ": NOT a published version: its SHA-256 " << *sha << " is in no manifest ("
            << manifests.size() << " searched)\n";
  return kInvalidInput;
}

}  // namespace siyasa::cli
