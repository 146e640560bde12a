// Shared by every stage that reads a file the user wrote (organisation files, templates, form
// specs, page templates): the whole file as bytes, or a diagnostic saying why not — it cannot be
// opened, or it is larger than the limit for its kind, so a 100 MB "template" is refused at once
// instead of being parsed for minutes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/diagnostic.h"

namespace siyasa {

// Whether `file`, with every link followed (realpath), lies inside `folder` (also resolved). A
// path that cannot be resolved (it does not exist) is not judged here: true, and reading it
// says what is wrong.
bool resolves_inside(const std::filesystem::path& file, const std::filesystem::path& folder);

// `shown` is the name diagnostics use for the file; `what` names its kind in the message
// ("a policy template"); `limit` is in bytes. With `within` set, a file that resolves outside
// that folder (a link pointing elsewhere) is refused.
Result<std::string> read_input_file(const std::filesystem::path& file, const std::string& shown,
                                    const std::string& what, std::uintmax_t limit,
                                    const std::filesystem::path& within = {});

}  // namespace siyasa
