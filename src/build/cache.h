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

  // Hash of the inputs' contents, the salt and the version; nullopt when an input cannot be
  // read, so the job always runs and reports it. Each file is read once until
  // forget_contents(), however many jobs share it (every job depends on the fonts and templates).
  std::optional<std::uint64_t> fingerprint(const std::vector<std::filesystem::path>& inputs,
                                           const std::string& salt);
  // Files may have changed since they were hashed: read them again (run_jobs starts with this).
  void forget_contents();

 private:
  std::optional<std::uint64_t> content_hash(const std::filesystem::path& file);

  std::filesystem::path file_;
  mutable std::mutex mutex_;
  std::map<std::string, std::uint64_t> entries_;
  std::mutex contents_mutex_;
  std::map<std::filesystem::path, std::optional<std::uint64_t>> contents_;
};

}  // namespace siyasa
