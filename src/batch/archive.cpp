#include "batch/archive.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/atomic_write.h"
#include "core/sha256.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxPdfBytes = 256u * 1024 * 1024;  // larger files are not ours
constexpr std::uintmax_t kMaxPrintingsBytes = 1024 * 1024;     // 16,000 copies of one version

std::optional<std::string> read_bytes(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || size > kMaxPdfBytes) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Diagnostic warning(const fs::path& file, const std::string& message, const std::string& hint = {}) {
  Diagnostic d = make_error({file.string(), 0, 0}, message, hint);
  d.severity = Severity::warning;
  return d;
}

fs::path printings_file(const fs::path& archive_dir, int version) {
  return archive_dir / ("v" + std::to_string(version) + ".sha256");
}

bool is_sha256(const std::string& line) {
  return line.size() == 64 && line.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// The version written in a PDF siyasa wrote (its Info dictionary's /SiyasaVersion, the last one
// when the file was updated incrementally); nullopt for any other bytes.
std::optional<int> version_in(const std::string& bytes) {
  if (bytes.rfind("%PDF-", 0) != 0) return std::nullopt;
  const std::string key = "/SiyasaVersion (";
  const std::size_t at = bytes.rfind(key);
  if (at == std::string::npos) return std::nullopt;
  int version = 0;
  std::size_t i = at + key.size();
  for (; i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9' && version < 100000; ++i)
    version = version * 10 + (bytes[i] - '0');
  if (i >= bytes.size() || bytes[i] != ')' || version < 1) return std::nullopt;
  return version;
}

// Adds the SHA-256 of a copy's `bytes` to the list of version `version`'s earlier copies,
// unless it is there already. The list only grows.
Diagnostics remember_printing(const std::string& bytes, const fs::path& archive_dir, int version) {
  Diagnostics problems;
  const std::string sha = sha256_hex(bytes);
  const auto known = earlier_printings(archive_dir, version);
  if (std::find(known.begin(), known.end(), sha) != known.end()) return problems;
  std::string lines;
  for (const auto& line : known) lines += line + "\n";
  std::error_code ec;
  fs::create_directories(archive_dir, ec);
  const fs::path list = printings_file(archive_dir, version);
  // The list's own message (its path, the reason), as a warning: the new PDF is still written.
  for (Diagnostic d : write_file_atomically(list, lines + sha + "\n")) {
    if (d.severity == Severity::error) {
      d.severity = Severity::warning;
      d.hint = "copies of version " + std::to_string(version) + " already handed out will no longer verify";
    }
    problems.push_back(std::move(d));
  }
  return problems;
}

}  // namespace

std::optional<RecordedPdf> read_recorded_pdf(const fs::path& pdf) {
  const auto bytes = read_bytes(pdf);
  const auto version = bytes ? version_in(*bytes) : std::nullopt;
  if (!version) return std::nullopt;
  return RecordedPdf{*version, sha256_hex(*bytes)};
}

Diagnostics archive_previous(const fs::path& current, const fs::path& archive_dir, int version) {
  Diagnostics problems;
  std::error_code ec;
  if (!fs::is_regular_file(current, ec)) return problems;
  const auto bytes = read_bytes(current);  // read once: its version, its hash, its copy
  const auto previous = bytes ? version_in(*bytes) : std::nullopt;
  if (!previous) return problems;
  if (*previous == version) return remember_printing(*bytes, archive_dir, version);
  const fs::path target = archive_dir / ("v" + std::to_string(*previous) + ".pdf");
  if (fs::exists(fs::symlink_status(target, ec))) return problems;  // kept from before: never replaced
  fs::create_directories(archive_dir, ec);
  const fs::path temporary = archive_dir / (".v" + std::to_string(*previous) + ".pdf." + std::to_string(getpid()));
  std::string error;
  if (Diagnostics written = write_file_atomically(temporary, *bytes); has_errors(written))
    error = written.front().message;
  if (error.empty()) {
    // A hard link fails when the target exists: an archived file is never overwritten, even by
    // a build running at the same time.
    fs::create_hard_link(temporary, target, ec);
    if (ec && !fs::exists(target)) error = ec.message();
  }
  fs::remove(temporary, ec);
  if (!error.empty())
    problems.push_back(warning(current, "cannot keep version " + std::to_string(*previous) + " in " +
                                            target.string() + ": " + error,
                               "copy the file there by hand before it is replaced"));
  return problems;
}

std::vector<std::string> earlier_printings(const fs::path& archive_dir, int version) {
  std::vector<std::string> found;
  const fs::path list = printings_file(archive_dir, version);
  std::error_code ec;
  if (!fs::is_regular_file(list, ec) || fs::file_size(list, ec) > kMaxPrintingsBytes) return found;
  std::ifstream in(list);
  for (std::string line; std::getline(in, line);)
    if (is_sha256(line)) found.push_back(line);
  return found;
}

fs::path archive_folder(const fs::path& org_dir, const std::string& policy_id) {
  return org_dir / "archive" / policy_id;
}

bool in_archive(const fs::path& relative) {
  auto part = relative.begin();
  if (part == relative.end() || ++part == relative.end()) return false;
  return *part == "archive";
}

}  // namespace siyasa
