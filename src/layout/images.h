// Stage "layout", images part: a PNG file's pixel size (read from its IHDR header, so a file
// that is not a readable PNG is found before any page is drawn) and its placement scaled to fit
// a box without distortion.
#pragma once

#include <filesystem>
#include <optional>

#include "layout/paged_document.h"

namespace siyasa {

struct ImageSize {
  double width = 0, height = 0;  // pixels
};

// nullopt when the file is missing, unreadable or not a PNG.
std::optional<ImageSize> read_png_size(const std::filesystem::path& file);

// The image scaled to fit a `max_w` × `max_h` box, centred horizontally on `center_x`, with
// its top at `top`.
ImageItem fit_image(const std::filesystem::path& file, ImageSize size, double center_x, double top,
                    double max_w, double max_h);

}  // namespace siyasa
