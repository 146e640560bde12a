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

// Writes `bytes` to the new file `path`; messages name `shown`, the file the user asked for,
// not the temporary name.
std::string write_all(const std::filesystem::path& path, const std::filesystem::path& shown,
                      std::string_view bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return "cannot create " + shown.string() + ": " + std::strerror(errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string message = "cannot write " + shown.string() + ": " + std::strerror(errno);
      ::close(fd);
      return message;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return "cannot write " + shown.string() + ": " + std::strerror(errno);
  return {};
}

}  // namespace

bool is_temporary_name(std::string_view name) {
  const std::size_t tmp = name.rfind(".tmp");
  if (name.size() < 2 || name[0] != '.' || tmp == std::string_view::npos || tmp < 2) return false;
  const std::string_view digits = name.substr(tmp + 4);
  return !digits.empty() && digits.size() <= 9 &&
         digits.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string write_file_atomically_with(
    const std::filesystem::path& destination,
    const std::function<std::string(const std::filesystem::path& temporary)>& produce) {
  std::error_code ec;
  auto folder = destination.parent_path();
  if (!folder.empty()) {
    std::filesystem::create_directories(folder, ec);
    if (ec) return "cannot create folder " + folder.string() + ": " + ec.message();
  }
  auto temporary = temporary_beside(destination);
  std::string error = produce(temporary);
  if (error.empty()) {
    std::filesystem::rename(temporary, destination, ec);
    if (ec) error = "cannot replace " + destination.string() + ": " + ec.message();
  }
  if (!error.empty()) std::filesystem::remove(temporary, ec);
  return error;
}

std::string place_copy_atomically(const std::filesystem::path& source, const std::filesystem::path& destination) {
  return write_file_atomically_with(destination, [&](const std::filesystem::path& temporary) {
    std::error_code ec;
    std::filesystem::create_hard_link(source, temporary, ec);
    if (!ec) return std::string{};
    std::filesystem::copy_file(source, temporary, ec);
    return ec ? "cannot copy " + source.string() + " to " + destination.string() + ": " + ec.message()
              : std::string{};
  });
}

std::string write_file_atomically(const std::filesystem::path& destination, std::string_view bytes) {
  return write_file_atomically_with(
      destination, [&](const std::filesystem::path& temporary) { return write_all(temporary, destination, bytes); });
}

}  // namespace siyasa
