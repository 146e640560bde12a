// Shared by every stage: the SHA-256 of bytes or of a file, as 64 lower-case hex digits — what
// the site's manifest.json publishes per PDF and what `siyasa verify` and verify.html compare.
// OpenSSL stays inside sha256.cpp.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace siyasa {

std::string sha256_hex(std::string_view bytes);
// nullopt when the file cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& file);

}  // namespace siyasa
