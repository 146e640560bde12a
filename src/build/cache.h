// Stage "build": what each output was built from. A job's fingerprint is a hash of the contents
// of its input files, its salt and the siyasa version; a job whose fingerprint matches the
// recorded one and whose outputs all exist is up to date. Stored as one text file
// (output/.siyasa-cache), "fingerprint key" a line, written atomically.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace siyasa {

class BuildCache {
 public:
  explicit BuildCache(std::filesystem::path file = {});

  // Reads the cache file if there is one; a missing or unreadable file is an empty cache.
  void load();
  // Writes the cache file; returns an error message or an empty string.
  std::string save() const;

  std::optional<std::uint64_t> recorded(const std::string& key) const;
  void record(const std::string& key, std::uint64_t fingerprint);

 private:
  std::filesystem::path file_;
  mutable std::mutex mutex_;
  std::map<std::string, std::uint64_t> entries_;
};

// Hash of the inputs' contents (a missing file hashes as missing), the salt and the version.
// Returns nullopt when an input cannot be read, so the job always runs and reports it.
std::optional<std::uint64_t> fingerprint(const std::vector<std::filesystem::path>& inputs,
                                         const std::string& salt);

}  // namespace siyasa
