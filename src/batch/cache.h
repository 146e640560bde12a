// Stage "batch": what each output was built from, and which files each build wrote. A job's
// fingerprint is a hash of the contents of its input files, its salt and the siyasa version; a
// job whose fingerprint matches the recorded one and whose outputs are all still the regular
// files it wrote (same size, same content hash) is up to date.
// Each entry also remembers the files the job wrote (relative to the cache's folder), its group
// and the file the group comes from, so that a later build can remove only what siyasa itself
// wrote once the data stops asking for it. Stored as one text file (output/.siyasa-cache), one
// entry a line ("<fingerprint in hex, or -> <key>", then tab-separated: group, source, outputs,
// each "<size>:<hash in hex>:<path>"), written atomically at the end of a build. Meanwhile each
// job's entry is appended to a journal (output/.siyasa-cache.journal) the moment the job ends,
// so a build that is killed leaves no output newer than its entry; the next load replays it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa {

// What a recorded output was when its job wrote it.
struct OutputStamp {
  std::uintmax_t size = 0;
  std::uint64_t hash = 0;
};

struct CacheEntry {
  std::optional<std::uint64_t> fingerprint;  // none: written from an unreadable input, never up to date
  std::string group;                         // the organisation's slug
  std::filesystem::path source;              // absolute path of the organisation file
  std::vector<std::filesystem::path> outputs;  // relative to the cache's folder
  std::map<std::filesystem::path, OutputStamp> stamps;  // those whose size and hash are known
};

class BuildCache {
 public:
  explicit BuildCache(std::filesystem::path file = {});

  // Reads the cache file if there is one, then the journal of a build that did not finish; a
  // missing or unreadable file is an empty cache.
  void load();
  // Writes the cache file, then removes the journal; a file that cannot be written comes back as
  // a warning at the cache file (with the system's reason), and the journal stays.
  Diagnostics save() const;

  std::optional<std::uint64_t> recorded(const std::string& key) const;
  // Records a job that was built (or found up to date): its outputs are made relative to the
  // cache's folder; an output outside that folder, or a name the file format cannot hold, is
  // left out (it is then never removed as stale). Outputs recorded earlier for the key stay
  // recorded too, until keep_outputs says which of them are still wanted.
  void record(const std::string& key, std::optional<std::uint64_t> fingerprint, const std::string& group,
              const std::filesystem::path& source, const std::vector<std::filesystem::path>& outputs);
  // Whether each of `outputs` is a regular file of the size and content hash recorded for it
  // under `key` (a file cut short, replaced by a folder or a link, or edited is not).
  bool outputs_intact(const std::string& key, const std::vector<std::filesystem::path>& outputs) const;
  // Every entry, by key (a copy: safe while jobs run).
  std::map<std::string, CacheEntry> entries() const;
  // Replaces an entry's outputs, or forgets the entry when `outputs` is empty.
  void keep_outputs(const std::string& key, std::vector<std::filesystem::path> outputs);
  // The folder the recorded outputs are relative to.
  std::filesystem::path folder() const;

  // Hash of the inputs' contents, the salt and the version; nullopt when an input cannot be
  // read, so the job always runs and reports it. Each file is read once until
  // forget_contents(), however many jobs share it (every job depends on the fonts and templates).
  std::optional<std::uint64_t> fingerprint(const std::vector<std::filesystem::path>& inputs,
                                           const std::string& salt);
  // Files may have changed since they were hashed: read them again (run_jobs starts with this).
  void forget_contents();

 private:
  std::optional<std::uint64_t> content_hash(const std::filesystem::path& file);
  std::filesystem::path journal() const;
  void append_to_journal(const std::string& key, const CacheEntry& entry);

  std::filesystem::path file_;
  mutable std::mutex mutex_;
  std::map<std::string, CacheEntry> entries_;
  std::mutex contents_mutex_;
  std::map<std::filesystem::path, std::optional<std::uint64_t>> contents_;
};

}  // namespace siyasa
