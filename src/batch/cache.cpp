#include "batch/cache.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/atomic_write.h"

namespace siyasa {
namespace {

// FNV-1a, 64 bit: enough to notice an edit; not a security boundary.
struct Fnv1a {
  std::uint64_t state = 14695981039346656037ull;
  void add(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
      state ^= static_cast<unsigned char>(data[i]);
      state *= 1099511628211ull;
    }
  }
  void add(const std::string& s) {
    add(s.data(), s.size());
    add("\0", 1);
  }
};

// The fields of a cache line: "fingerprint key", group, source, outputs...
std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields{""};
  for (char c : line) {
    if (c == '\t') fields.emplace_back();
    else fields.back() += c;
  }
  return fields;
}

// Whether a name can be stored in a line of the cache file.
bool fits_a_line(const std::string& text) {
  return text.find_first_of("\t\n\r") == std::string::npos;
}

// A relative path that stays inside its folder: not empty, not absolute, no "..".
bool is_inside(const std::filesystem::path& relative) {
  if (relative.empty() || relative.is_absolute() || relative.has_root_name()) return false;
  for (const auto& part : relative) {
    if (part == "..") return false;
  }
  return true;
}

}  // namespace

BuildCache::BuildCache(std::filesystem::path file) : file_(std::move(file)) {}

void BuildCache::load() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  std::ifstream in(file_);
  std::string line;
  while (std::getline(in, line)) {
    auto fields = split_tabs(line);
    auto space = fields[0].find(' ');
    if (space == std::string::npos) continue;
    CacheEntry entry;
    const std::string print = fields[0].substr(0, space);
    if (print != "-") {
      try {
        entry.fingerprint = std::stoull(print, nullptr, 16);
      } catch (const std::exception&) {
        continue;  // a damaged line only costs a rebuild
      }
    }
    if (fields.size() > 1) entry.group = fields[1];
    if (fields.size() > 2) entry.source = fields[2];
    for (std::size_t i = 3; i < fields.size(); ++i) {
      // A damaged or edited file must not point outside the output folder.
      if (is_inside(fields[i])) entry.outputs.emplace_back(fields[i]);
    }
    entries_[fields[0].substr(space + 1)] = std::move(entry);
  }
}

std::string BuildCache::save() const {
  std::ostringstream out;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, entry] : entries_) {
      if (entry.fingerprint) out << std::hex << *entry.fingerprint;
      else out << '-';
      out << ' ' << key;
      if (!entry.group.empty() || !entry.outputs.empty()) {
        out << '\t' << entry.group << '\t' << entry.source.string();
        for (const auto& output : entry.outputs) out << '\t' << output.string();
      }
      out << '\n';
    }
  }
  return write_file_atomically(file_, out.str());
}

std::optional<std::uint64_t> BuildCache::recorded(const std::string& key) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second.fingerprint;
}

void BuildCache::record(const std::string& key, std::optional<std::uint64_t> fingerprint,
                        const std::string& group, const std::filesystem::path& source,
                        const std::vector<std::filesystem::path>& outputs) {
  if (!fits_a_line(key) || !fits_a_line(group) || !fits_a_line(source.string())) return;
  CacheEntry entry{fingerprint, group, {}, {}};
  std::error_code ec;
  if (!source.empty()) entry.source = std::filesystem::absolute(source, ec).lexically_normal();
  for (const auto& output : outputs) {
    auto relative = output.lexically_normal().lexically_relative(folder().lexically_normal());
    if (is_inside(relative) && fits_a_line(relative.string())) entry.outputs.push_back(relative);
  }
  std::lock_guard lock(mutex_);
  // Files the job wrote before and no longer writes stay recorded until the stale-output cleanup
  // has removed them.
  if (auto old = entries_.find(key); old != entries_.end()) {
    for (const auto& output : old->second.outputs) {
      if (std::find(entry.outputs.begin(), entry.outputs.end(), output) == entry.outputs.end()) {
        entry.outputs.push_back(output);
      }
    }
  }
  entries_[key] = std::move(entry);
}

std::map<std::string, CacheEntry> BuildCache::entries() const {
  std::lock_guard lock(mutex_);
  return entries_;
}

void BuildCache::keep_outputs(const std::string& key, std::vector<std::filesystem::path> outputs) {
  std::lock_guard lock(mutex_);
  if (outputs.empty()) entries_.erase(key);
  else if (auto it = entries_.find(key); it != entries_.end()) it->second.outputs = std::move(outputs);
}

std::filesystem::path BuildCache::folder() const { return file_.parent_path(); }

std::optional<std::uint64_t> BuildCache::content_hash(const std::filesystem::path& file) {
  {
    std::lock_guard lock(contents_mutex_);
    if (auto it = contents_.find(file); it != contents_.end()) return it->second;
  }
  Fnv1a hash;
  std::optional<std::uint64_t> result;
  std::ifstream in(file, std::ios::binary);
  if (in) {
    std::vector<char> buffer(1 << 16);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
      hash.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (!in.bad()) result = hash.state;
  }
  std::lock_guard lock(contents_mutex_);
  contents_[file] = result;
  return result;
}

void BuildCache::forget_contents() {
  std::lock_guard lock(contents_mutex_);
  contents_.clear();
}

std::optional<std::uint64_t> BuildCache::fingerprint(const std::vector<std::filesystem::path>& inputs,
                                                     const std::string& salt) {
  Fnv1a hash;
  hash.add(SIYASA_VERSION);
  hash.add(salt);
  for (const auto& input : inputs) {
    auto content = content_hash(input);
    if (!content) return std::nullopt;
    hash.add(input.string());
    hash.add(reinterpret_cast<const char*>(&*content), sizeof *content);
  }
  return hash.state;
}

}  // namespace siyasa
