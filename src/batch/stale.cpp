#include "batch/stale.h"

#include <set>
#include <string>

#include "batch/archive.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

// The organisation file an entry was built from is gone, and not because its folder is: a
// missing or unreadable orgs folder removes nothing.
bool source_is_gone(const fs::path& source) {
  std::error_code ec;
  if (source.empty() || !fs::is_directory(source.parent_path(), ec)) return false;
  return fs::symlink_status(source, ec).type() == fs::file_type::not_found;
}

// Removes the folders between `file` and `root` that the removal left empty.
void remove_empty_folders(const fs::path& root, fs::path file) {
  std::error_code ec;
  for (fs::path dir = file.parent_path(); dir != root && dir.has_relative_path(); dir = dir.parent_path()) {
    if (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec) || !fs::remove(dir, ec)) return;
  }
}

enum class Removal { removed, absent, failed };

// Only a regular file siyasa wrote goes: a link or a folder a user put in its place stays.
Removal remove_output(const fs::path& root, const fs::path& relative, Diagnostics& problems) {
  const fs::path file = root / relative;
  std::error_code ec;
  if (in_archive(relative)) return Removal::absent;  // superseded versions are kept for good
  if (fs::symlink_status(file, ec).type() != fs::file_type::regular) return Removal::absent;
  if (!fs::remove(file, ec)) {
    Diagnostic d = make_error({file.string(), 0, 0}, "cannot remove this stale output: " + ec.message(),
                              "the data no longer asks for it; remove it by hand");
    d.severity = Severity::warning;
    problems.push_back(std::move(d));
    return Removal::failed;
  }
  remove_empty_folders(root.lexically_normal(), file.lexically_normal());
  return Removal::removed;
}

}  // namespace

StaleRemoval remove_stale_outputs(const BuildPlan& plan, const std::vector<JobOutcome>& outcomes,
                                  BuildCache& cache) {
  StaleRemoval result;
  const fs::path root = cache.folder();
  std::set<fs::path> wanted;
  for (const auto& output : plan.wanted_outputs) {
    wanted.insert(output.lexically_normal().lexically_relative(root.lexically_normal()));
  }
  std::set<std::string> failed(plan.failed_groups.begin(), plan.failed_groups.end());
  for (const auto& outcome : outcomes) {
    if (outcome.status == JobStatus::failed) failed.insert(outcome.group);
  }
  const std::set<std::string> known(plan.groups.begin(), plan.groups.end());
  const auto entries = cache.entries();
  // Organisations whose web pages, written by an earlier build, may link to any of their files.
  std::set<std::string> with_old_pages;
  if (!plan.makes_pages) {
    for (const auto& [key, entry] : entries) {
      if (key.rfind(entry.group + "/site/", 0) == 0 && !entry.outputs.empty()) with_old_pages.insert(entry.group);
    }
  }

  for (const auto& [key, entry] : entries) {
    if (entry.group.empty() || failed.count(entry.group)) continue;
    const bool planned = plan.loaded_groups.count(entry.group) > 0;
    const bool gone = !planned && plan.every_org && !known.count(entry.group) && source_is_gone(entry.source);
    if (!(planned && !with_old_pages.count(entry.group)) && !gone) continue;
    const bool key_wanted = plan.wanted_keys.count(key) > 0;
    std::vector<fs::path> kept;  // what the entry still records; an empty entry is forgotten
    for (const auto& output : entry.outputs) {
      if (wanted.count(output)) {
        if (key_wanted) kept.push_back(output);  // else another job writes it now
        continue;
      }
      switch (remove_output(root, output, result.problems)) {
        case Removal::removed: ++result.removed; break;
        case Removal::failed: kept.push_back(output); break;
        case Removal::absent: break;
      }
    }
    cache.keep_outputs(key, std::move(kept));
  }
  return result;
}

}  // namespace siyasa
