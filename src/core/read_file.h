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

// `shown` is the name diagnostics use for the file; `what` names its kind in the message
// ("a policy template"); `limit` is in bytes.
Result<std::string> read_input_file(const std::filesystem::path& file, const std::string& shown,
                                    const std::string& what, std::uintmax_t limit);

}  // namespace siyasa
