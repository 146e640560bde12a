// Stage "build": the archive of superseded approved versions, output/<slug>/archive/<policy-id>/
// v<N>.pdf. Before a policy's PDF is written for a new current version, the file it replaces is
// copied there (when no file of that name is there yet: an archived file is never overwritten,
// and nothing in siyasa ever deletes one). Before the same version is written again (a template
// or letterhead change gives other bytes), the SHA-256 of the copy it replaces is added to
// v<N>.sha256 beside it, so that copies already handed out still verify. In: the current PDF
// and the version about to be written; out: the copy or the line, and any problem as a warning.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// A PDF siyasa wrote, read once: the version it says it is (its Info dictionary's
// /SiyasaVersion, the last one when the file was updated incrementally) and its SHA-256.
struct RecordedPdf {
  int version = 0;
  std::string sha256;
};
// nullopt for a file that cannot be read or records no version.
std::optional<RecordedPdf> read_recorded_pdf(const std::filesystem::path& pdf);

// Keeps the PDF at `current` as archive_dir/v<N>.pdf when it records a version N other than
// `version`, or its SHA-256 in archive_dir/v<N>.sha256 when it records `version` itself.
// Returns warnings only (the new PDF is still written).
Diagnostics archive_previous(const std::filesystem::path& current, const std::filesystem::path& archive_dir,
                             int version);

// The SHA-256 of every earlier copy of `version` that archive_previous kept (archive_dir/
// v<N>.sha256), oldest first; empty when there is none or the file is not ours.
std::vector<std::string> earlier_printings(const std::filesystem::path& archive_dir, int version);

// output/<slug>/archive/<policy-id>/ for one policy.
std::filesystem::path archive_folder(const std::filesystem::path& org_dir, const std::string& policy_id);

// Whether a path below the output folder ("<slug>/archive/…") is in an organisation's archive:
// stale-output removal never touches those.
bool in_archive(const std::filesystem::path& relative);

}  // namespace siyasa
