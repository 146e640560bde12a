#include "layout/images.h"

#include <algorithm>
#include <array>
#include <fstream>

namespace siyasa {

std::optional<ImageSize> read_png_size(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::array<unsigned char, 24> head{};
  if (!in.read(reinterpret_cast<char*>(head.data()), head.size())) return std::nullopt;
  static const std::array<unsigned char, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (!std::equal(kSignature.begin(), kSignature.end(), head.begin())) return std::nullopt;
  if (head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') return std::nullopt;
  auto be32 = [&](int at) {
    return (static_cast<unsigned long>(head[at]) << 24) | (static_cast<unsigned long>(head[at + 1]) << 16) |
           (static_cast<unsigned long>(head[at + 2]) << 8) | static_cast<unsigned long>(head[at + 3]);
  };
  const unsigned long w = be32(16), h = be32(20);
  if (w == 0 || h == 0) return std::nullopt;
  return ImageSize{static_cast<double>(w), static_cast<double>(h)};
}

ImageItem fit_image(const std::filesystem::path& file, ImageSize size, double center_x, double top,
                    double max_w, double max_h) {
  const double scale = std::min(max_w / size.width, max_h / size.height);
  ImageItem item;
  item.file = file;
  item.w = size.width * scale;
  item.h = size.height * scale;
  item.x = center_x - item.w / 2;
  item.y = top;
  return item;
}

}  // namespace siyasa
