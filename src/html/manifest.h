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
};

struct Manifest {
  std::string organisation, name;  // slug and name
  std::vector<ManifestEntry> documents;
};

std::string manifest_json(const Manifest& manifest);

// Reads a manifest.json written by manifest_json; errors point at the file (and line).
Result<Manifest> read_manifest(const std::filesystem::path& file);

}  // namespace siyasa
