#include "batch/out_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>

#include "core/atomic_write.h"

namespace siyasa {

namespace fs = std::filesystem;

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

Result<OutputLock> lock_output_folder(const fs::path& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  const fs::path file = out_dir / ".siyasa-lock";
  // The lock is the kernel's (flock): it goes with the process, however the process ends, so a
  // lock file left by a killed build holds nothing.
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    return Result<OutputLock>::failure(make_error({out_dir.string(), 0, 0},
                                                  "cannot lock the output folder: " + file.string() +
                                                      ": " + std::strerror(errno)));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    std::string pid = n > 0 ? std::string(text, static_cast<std::size_t>(n)) : std::string();
    pid.erase(pid.find_last_not_of(" \n") + 1);
    ::close(fd);
    return Result<OutputLock>::failure(make_error(
        {out_dir.string(), 0, 0},
        "another siyasa build" + (pid.empty() ? std::string() : " (process " + pid + ")") +
            " is writing this output folder",
        "wait for it to finish, or give this build another --out"));
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The number is only for the message another build prints; the lock holds without it.
  }
  return Result<OutputLock>::success(OutputLock(fd));
}

Result<OutputLock> wait_for_output_folder(const fs::path& out_dir, double seconds) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (true) {
    Result<OutputLock> lock = lock_output_folder(out_dir);
    if (lock.ok() || std::chrono::steady_clock::now() >= end) return lock;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

int remove_temporary_files(const fs::path& out_dir) {
  int removed = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(out_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!is_temporary_name(it->path().filename().string())) continue;
    std::error_code type_ec;
    if (it->symlink_status(type_ec).type() != fs::file_type::regular) continue;
    if (fs::remove(it->path(), type_ec)) ++removed;
  }
  return removed;
}

}  // namespace siyasa
