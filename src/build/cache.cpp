#include "build/cache.h"

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

}  // namespace

BuildCache::BuildCache(std::filesystem::path file) : file_(std::move(file)) {}

void BuildCache::load() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  std::ifstream in(file_);
  std::string line;
  while (std::getline(in, line)) {
    auto space = line.find(' ');
    if (space == std::string::npos) continue;
    try {
      entries_[line.substr(space + 1)] = std::stoull(line.substr(0, space), nullptr, 16);
    } catch (const std::exception&) {
      // A damaged line only costs a rebuild.
    }
  }
}

std::string BuildCache::save() const {
  std::ostringstream out;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, value] : entries_) out << std::hex << value << ' ' << key << '\n';
  }
  return write_file_atomically(file_, out.str());
}

std::optional<std::uint64_t> BuildCache::recorded(const std::string& key) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void BuildCache::record(const std::string& key, std::uint64_t fingerprint) {
  std::lock_guard lock(mutex_);
  entries_[key] = fingerprint;
}

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
