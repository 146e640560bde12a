// Stage "pdf", internal: a PNG file read into 8-bit samples with libpng, colour and alpha apart,
// and compressed once per process to become a PDF image and its soft mask.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa {

struct PngPixels {
  int width = 0, height = 0;
  bool gray = false;                // one sample per pixel, else RGB
  std::string samples;              // rows top to bottom, 1 or 3 bytes per pixel
  std::string alpha;                // one byte per pixel; empty when every pixel is opaque
};

// The pixels, or an error naming the file when it is missing or not a PNG.
Result<PngPixels> read_png(const std::filesystem::path& file);

// A PNG as PDF image streams: samples and alpha compressed (deflate_bytes).
struct PdfImageData {
  int width = 0, height = 0;
  bool gray = false;
  std::string samples;  // compressed
  std::string alpha;    // compressed; empty when every pixel is opaque
};

// The file's image, read and compressed once per process for each size and modification time
// of the file (a logo on every page of a batch is read once), or the error of read_png.
Result<std::shared_ptr<const PdfImageData>> pdf_image_data(const std::filesystem::path& file);

}  // namespace siyasa
