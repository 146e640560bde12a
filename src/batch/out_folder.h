// Stage "batch": the output folder as one build holds it. A lock file (output/.siyasa-lock)
// keeps a second build from writing the same folder at the same time, and the temporary files a
// stopped build left there (".<name>.tmp<digits>", see core/atomic_write.h) are removed before
// anything is written.
#pragma once

#include <filesystem>

#include "core/diagnostic.h"

namespace siyasa {

// Holds the folder's lock until destroyed (or the process ends, however it ends).
class OutputLock {
 public:
  OutputLock() = default;
  explicit OutputLock(int fd) : fd_(fd) {}
  OutputLock(OutputLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  OutputLock& operator=(OutputLock&& other) noexcept;
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  ~OutputLock();

 private:
  int fd_ = -1;
};

// Creates the folder when missing and takes its lock, or says which process holds it.
Result<OutputLock> lock_output_folder(const std::filesystem::path& out_dir);

// The same, waiting up to `seconds` for the process that holds the lock to let it go.
Result<OutputLock> wait_for_output_folder(const std::filesystem::path& out_dir, double seconds);

// Removes, below `out_dir` (links not followed), every file whose name is a temporary name of
// core/atomic_write.h, and only those; returns how many.
int remove_temporary_files(const std::filesystem::path& out_dir);

}  // namespace siyasa
