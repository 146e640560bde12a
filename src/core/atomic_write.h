// Shared by every stage that writes output: write a whole file or nothing. The bytes go to a
// temporary file in the destination folder, which is renamed over the destination only when
// everything was written; on failure the temporary file is removed and the old file stays.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

#include "core/diagnostic.h"

namespace siyasa {

// Whether a file name is one of the temporary names these functions use (".<name>.tmp<digits>"):
// what a process stopped mid-write leaves behind, and a build removes from its output folder.
bool is_temporary_name(std::string_view file_name);

// Nothing on success; otherwise one error at `destination` (the file the user asked for, never the
// temporary name) with the system's reason and, where one helps, a hint (write_failure).
Diagnostics write_file_atomically(const std::filesystem::path& destination, std::string_view bytes);

// For writers that need a real file path (cairo's PNG writer): `produce` writes to the temporary path it is
// given and returns its errors (at `destination`), none on success.
Diagnostics write_file_atomically_with(
    const std::filesystem::path& destination,
    const std::function<Diagnostics(const std::filesystem::path& temporary)>& produce);

// Puts a second copy of the finished file `source` at `destination`, atomically: a hard link
// where the file system allows one (no extra space), otherwise a copy. Errors at `destination`.
Diagnostics place_copy_atomically(const std::filesystem::path& source, const std::filesystem::path& destination);

// An output that could not be written: "<destination>: error: <what>: <the system's reason>", with
// a hint for the reasons a user can mend (a full disk, a folder siyasa may not write in, a
// read-only file system, a file where a folder should be).
Diagnostic write_failure(const std::filesystem::path& destination, const std::string& what, std::error_code reason);

}  // namespace siyasa
