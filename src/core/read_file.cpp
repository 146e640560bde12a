#include "core/read_file.h"

#include <fstream>
#include <sstream>

namespace siyasa {
namespace {

std::string size_text(std::uintmax_t bytes) {
  if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MB";
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

}  // namespace

bool resolves_inside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  std::error_code ec;
  const auto real_file = std::filesystem::canonical(file, ec);
  if (ec) return true;
  const auto real_folder = std::filesystem::canonical(folder.empty() ? std::filesystem::path(".") : folder, ec);
  if (ec) return true;
  const auto relative = real_file.lexically_relative(real_folder);
  return !relative.empty() && *relative.begin() != ".." && !relative.is_absolute();
}

Result<std::string> read_input_file(const std::filesystem::path& file, const std::string& shown,
                                    const std::string& what, std::uintmax_t limit,
                                    const std::filesystem::path& within) {
  std::error_code ec;
  if (!within.empty() && !resolves_inside(file, within)) {
    return Result<std::string>::failure(make_error(
        {shown, 0, 0}, "the file is a link to " + std::filesystem::canonical(file, ec).string() +
                           ", outside " + within.string(),
        "copy the file itself into the folder"));
  }
  if (std::filesystem::is_directory(file, ec)) {
    return Result<std::string>::failure(make_error({shown, 0, 0}, "is a folder, not " + what));
  }
  auto size = std::filesystem::file_size(file, ec);
  if (ec) return Result<std::string>::failure(make_error({shown, 0, 0}, "cannot read the file: " + ec.message()));
  if (size > limit) {
    return Result<std::string>::failure(make_error(
        {shown, 0, 0}, "the file is " + size_text(size) + "; " + what + " is at most " + size_text(limit),
        "is this the right file?"));
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof()) {
    return Result<std::string>::failure(make_error({shown, 0, 0}, "cannot read the file"));
  }
  return Result<std::string>::success(bytes.str());
}

}  // namespace siyasa
