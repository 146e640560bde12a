#include "core/atomic_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace siyasa {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& destination) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  auto name = "." + destination.filename().string() + ".tmp" + std::to_string(rng() % 1000000000);
  return destination.parent_path() / name;
}

std::error_code last_error() { return {errno, std::generic_category()}; }

// Writes `bytes` to the new file `path`; errors name `shown`, the file the user asked for, not
// the temporary name.
Diagnostics write_all(const std::filesystem::path& path, const std::filesystem::path& shown,
                      std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return {write_failure(shown, "cannot create the file", last_error())};
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Diagnostic failure = write_failure(shown, "cannot write the file", last_error());
      ::close(fd);
      return {failure};
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return {write_failure(shown, "cannot write the file", last_error())};
  return {};
}

std::string hint_for(const std::filesystem::path& destination, std::error_code reason) {
  const std::string folder = destination.parent_path().empty() ? "." : destination.parent_path().string();
  switch (reason.default_error_condition().value()) {
    case ENOSPC:
    case EDQUOT:
      return "the disk is full: free some space, or write to another folder, and build again";
    case EACCES:
    case EPERM:
      return "siyasa may not write in " + folder + ": give it the permission, or write to another folder";
    case EROFS:
      return folder + " is on a read-only file system: write to another folder";
    case ENOTDIR:
    case EEXIST:
      return "a file stands where a folder of the output should be: move it away, or write to another folder";
    case EISDIR:
      return "a folder stands where the output file should be: move it away, or write to another folder";
    default:
      return {};
  }
}

}  // namespace

Diagnostic write_failure(const std::filesystem::path& destination, const std::string& what, std::error_code reason) {
  return make_error({destination.string(), 0, 0}, what + ": " + reason.message(), hint_for(destination, reason));
}

bool is_temporary_name(std::string_view name) {
  const std::size_t tmp = name.rfind(".tmp");
  if (name.size() < 2 || name[0] != '.' || tmp == std::string_view::npos || tmp < 2) return false;
  const std::string_view digits = name.substr(tmp + 4);
  return !digits.empty() && digits.size() <= 9 &&
         digits.find_first_not_of("0123456789") == std::string_view::npos;
}

Diagnostics write_file_atomically_with(
    const std::filesystem::path& destination,
    const std::function<Diagnostics(const std::filesystem::path& temporary)>& produce) {
  std::error_code ec;
  auto folder = destination.parent_path();
  if (!folder.empty()) {
    std::filesystem::create_directories(folder, ec);
    if (ec) return {write_failure(destination, "cannot create the folder " + folder.string(), ec)};
  }
  auto temporary = temporary_beside(destination);
  Diagnostics errors = produce(temporary);
  if (!has_errors(errors)) {
    std::filesystem::rename(temporary, destination, ec);
    if (ec) errors.push_back(write_failure(destination, "cannot replace the file", ec));
  }
  if (has_errors(errors)) std::filesystem::remove(temporary, ec);
  return errors;
}

Diagnostics place_copy_atomically(const std::filesystem::path& source, const std::filesystem::path& destination) {
  return write_file_atomically_with(destination, [&](const std::filesystem::path& temporary) {
    std::error_code ec;
    std::filesystem::create_hard_link(source, temporary, ec);
    if (!ec) return Diagnostics{};
    std::filesystem::copy_file(source, temporary, ec);
    return ec ? Diagnostics{write_failure(destination, "cannot copy " + source.string() + " here", ec)}
              : Diagnostics{};
  });
}

Diagnostics write_file_atomically(const std::filesystem::path& destination, std::string_view bytes) {
  return write_file_atomically_with(
      destination, [&](const std::filesystem::path& temporary) { return write_all(temporary, destination, bytes); });
}

}  // namespace siyasa
