// Shared by every stage that writes output: write a whole file or nothing. The bytes go to a
// temporary file in the destination folder, which is renamed over the destination only when
// everything was written; on failure the temporary file is removed and the old file stays.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace siyasa {

// Whether a file name is one of the temporary names these functions use (".<name>.tmp<digits>"):
// what a process stopped mid-write leaves behind, and a build removes from its output folder.
bool is_temporary_name(std::string_view file_name);

// Returns an empty string on success, otherwise a message saying what failed.
std::string write_file_atomically(const std::filesystem::path& destination, std::string_view bytes);

// For writers that need a real file path (cairo's PNG writer): `produce` writes to the temporary path it is
// given and returns an empty string or an error message.
std::string write_file_atomically_with(
    const std::filesystem::path& destination,
    const std::function<std::string(const std::filesystem::path& temporary)>& produce);

// Puts a second copy of the finished file `source` at `destination`, atomically: a hard link
// where the file system allows one (no extra space), otherwise a copy. Empty string or a message.
std::string place_copy_atomically(const std::filesystem::path& source, const std::filesystem::path& destination);

}  // namespace siyasa
