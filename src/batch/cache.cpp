#include "batch/cache.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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

// "<size>:<hash>:<path>" for an output whose stamp is known, else the path alone.
std::string format_output(const std::filesystem::path& output, const CacheEntry& entry) {
  auto stamp = entry.stamps.find(output);
  if (stamp == entry.stamps.end()) return output.string();
  std::ostringstream out;
  out << stamp->second.size << ':' << std::hex << stamp->second.hash << ':' << output.string();
  return out.str();
}

std::string format_line(const std::string& key, const CacheEntry& entry) {
  std::ostringstream out;
  if (entry.fingerprint) out << std::hex << *entry.fingerprint;
  else out << '-';
  out << ' ' << key;
  if (!entry.group.empty() || !entry.outputs.empty()) {
    out << '\t' << entry.group << '\t' << entry.source.string();
    for (const auto& output : entry.outputs) out << '\t' << format_output(output, entry);
  }
  out << '\n';
  return out.str();
}

// An output field: its path, and its stamp when the field has one. A field that does not read as
// "<digits>:<hex>:<path>" is a path alone (an older cache file), whose output is never intact.
void parse_output(const std::string& field, CacheEntry& entry) {
  std::filesystem::path path = field;
  std::optional<OutputStamp> stamp;
  const std::size_t first = field.find(':');
  const std::size_t second = first == std::string::npos ? first : field.find(':', first + 1);
  if (second != std::string::npos && first > 0 && second > first + 1 &&
      field.find_first_not_of("0123456789") == first &&
      field.find_first_not_of("0123456789abcdef", first + 1) == second) {
    try {
      stamp = OutputStamp{std::stoull(field.substr(0, first)), std::stoull(field.substr(first + 1, second - first - 1), nullptr, 16)};
      path = field.substr(second + 1);
    } catch (const std::exception&) {
      stamp.reset();
    }
  }
  if (!is_inside(path)) return;  // a damaged or edited file must not point outside the output folder
  entry.outputs.push_back(path);
  if (stamp) entry.stamps[path] = *stamp;
}

std::optional<std::pair<std::string, CacheEntry>> parse_line(const std::string& line) {
  auto fields = split_tabs(line);
  auto space = fields[0].find(' ');
  if (space == std::string::npos) return std::nullopt;
  CacheEntry entry;
  const std::string print = fields[0].substr(0, space);
  if (print != "-") {
    try {
      entry.fingerprint = std::stoull(print, nullptr, 16);
    } catch (const std::exception&) {
      return std::nullopt;  // a damaged line only costs a rebuild
    }
  }
  if (fields.size() > 1) entry.group = fields[1];
  if (fields.size() > 2) entry.source = fields[2];
  for (std::size_t i = 3; i < fields.size(); ++i) parse_output(fields[i], entry);
  return std::make_pair(fields[0].substr(space + 1), std::move(entry));
}

// The size and hash of a regular file (not a link, not a folder), or nothing.
std::optional<OutputStamp> stamp_of(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() != std::filesystem::file_type::regular) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  Fnv1a hash;
  std::uintmax_t size = 0;
  std::vector<char> buffer(1 << 16);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    hash.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
    size += static_cast<std::uintmax_t>(in.gcount());
  }
  if (in.bad()) return std::nullopt;
  return OutputStamp{size, hash.state};
}

}  // namespace

BuildCache::BuildCache(std::filesystem::path file) : file_(std::move(file)) {}

void BuildCache::load() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  for (const auto& file : {file_, journal()}) {
    std::ifstream in(file);
    std::string line;
    // Journal lines come after the file's, in the order the jobs ended: the last one counts.
    while (std::getline(in, line)) {
      if (auto parsed = parse_line(line)) entries_[parsed->first] = std::move(parsed->second);
    }
  }
}

Diagnostics BuildCache::save() const {
  std::ostringstream out;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, entry] : entries_) out << format_line(key, entry);
  }
  Diagnostics problems = write_file_atomically(file_, out.str());
  std::error_code ec;
  if (!has_errors(problems)) std::filesystem::remove(journal(), ec);
  // The outputs are written, and the journal the next build reads stays: a warning.
  for (Diagnostic& d : problems) d.severity = Severity::warning;
  return problems;
}

std::filesystem::path BuildCache::journal() const {
  return file_.empty() ? std::filesystem::path() : std::filesystem::path(file_.string() + ".journal");
}

// One line, appended in one write, after a line break of its own: a line cut short by a kill
// stays on its own line, and whatever it reads as cannot match a job (its fingerprint or its
// output stamps are cut), so that job is only built again.
void BuildCache::append_to_journal(const std::string& key, const CacheEntry& entry) {
  if (file_.empty()) return;
  const std::string line = "\n" + format_line(key, entry);
  const int fd = ::open(journal().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return;  // then the cache file at the end is all there is, as before
  std::size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
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
    if (!is_inside(relative) || !fits_a_line(relative.string())) continue;
    entry.outputs.push_back(relative);
    if (auto stamp = stamp_of(output)) entry.stamps[relative] = *stamp;
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
  append_to_journal(key, entry);
  entries_[key] = std::move(entry);
}

bool BuildCache::outputs_intact(const std::string& key, const std::vector<std::filesystem::path>& outputs) const {
  std::map<std::filesystem::path, OutputStamp> stamps;
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return false;
    stamps = it->second.stamps;
  }
  for (const auto& output : outputs) {
    auto relative = output.lexically_normal().lexically_relative(folder().lexically_normal());
    auto recorded = stamps.find(relative);
    if (recorded == stamps.end()) return false;
    std::error_code ec;
    if (std::filesystem::symlink_status(output, ec).type() != std::filesystem::file_type::regular ||
        std::filesystem::file_size(output, ec) != recorded->second.size || ec)
      return false;
    auto now = stamp_of(output);
    if (!now || now->size != recorded->second.size || now->hash != recorded->second.hash) return false;
  }
  return true;
}

std::map<std::string, CacheEntry> BuildCache::entries() const {
  std::lock_guard lock(mutex_);
  return entries_;
}

void BuildCache::keep_outputs(const std::string& key, std::vector<std::filesystem::path> outputs) {
  std::lock_guard lock(mutex_);
  if (outputs.empty()) {
    entries_.erase(key);
  } else if (auto it = entries_.find(key); it != entries_.end()) {
    std::erase_if(it->second.stamps, [&](const auto& stamp) {
      return std::find(outputs.begin(), outputs.end(), stamp.first) == outputs.end();
    });
    it->second.outputs = std::move(outputs);
  }
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
