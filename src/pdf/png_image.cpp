#include "pdf/png_image.h"

#include <png.h>

namespace siyasa {

Result<PngPixels> read_png(const std::filesystem::path& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  auto fail = [&](const std::string& why) {
    png_image_free(&image);
    return Result<PngPixels>::failure(make_error({}, "cannot read the PNG image " + file.string() + ": " + why));
  };
  if (!png_image_begin_read_from_file(&image, file.c_str())) return fail(image.message);
  const bool gray = (image.format & PNG_FORMAT_FLAG_COLOR) == 0;
  const bool has_alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  image.format = gray ? (has_alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY)
                      : (has_alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB);
  std::string buffer(PNG_IMAGE_SIZE(image), '\0');
  if (!png_image_finish_read(&image, nullptr, buffer.data(), 0, nullptr)) return fail(image.message);

  PngPixels pixels;
  pixels.width = static_cast<int>(image.width);
  pixels.height = static_cast<int>(image.height);
  pixels.gray = gray;
  if (!has_alpha) {
    pixels.samples = std::move(buffer);
    return Result<PngPixels>::success(std::move(pixels));
  }
  const std::size_t colour = gray ? 1 : 3, count = std::size_t(image.width) * image.height;
  pixels.samples.reserve(count * colour);
  pixels.alpha.reserve(count);
  bool opaque = true;
  for (std::size_t i = 0; i < count; ++i) {
    const char* pixel = buffer.data() + i * (colour + 1);
    pixels.samples.append(pixel, colour);
    pixels.alpha += pixel[colour];
    opaque = opaque && static_cast<unsigned char>(pixel[colour]) == 255;
  }
  if (opaque) pixels.alpha.clear();
  return Result<PngPixels>::success(std::move(pixels));
}

}  // namespace siyasa
