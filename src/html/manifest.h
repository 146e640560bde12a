// Stage "html", verification: the approved versions an organisation publishes (current and
// archived PDFs with the SHA-256 of their bytes) in, site/manifest.json out — and back: a
// manifest read for `siyasa verify`. One document per line, so it reads without a JSON library.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

// One published PDF: one approved version of one policy.
struct ManifestEntry {
  std::string id;          // "example/beneficiary-relations/v2" (document_id)
  std::string policy;      // "beneficiary-relations"
  std::string title;       // the policy's title as merged for this organisation
  int version = 0;
  bool current = false;    // false: superseded (archived)
  std::string approved, effective, meeting;
  std::string file;        // inside the site folder: "<id>.pdf", "archive/<id>/v1.pdf"
  std::string sha256;      // of the file's bytes, 64 hex digits
  // Of earlier copies of the same version, built before this file replaced them (a template or
  // letterhead changed, not the approved text's version): copies handed out before still verify.
  std::vector<std::string> earlier_sha256;
};


struct Manifest {
  std::string organisation, name;  // slug and name
  std::vector<ManifestEntry> documents;
};

std::string manifest_json(const Manifest& manifest);

// The document `sha256` names: its current file's, or an earlier copy's of the same version
// (`earlier` set); nullptr when none.
const ManifestEntry* find_document(const Manifest& manifest, const std::string& sha256, bool* earlier);

// Reads a manifest.json written by manifest_json; errors point at the file (and line).
Result<Manifest> read_manifest(const std::filesystem::path& file);

}  // namespace siyasa
