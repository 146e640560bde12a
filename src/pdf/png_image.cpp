#include "pdf/png_image.h"

#include <map>
#include <mutex>
#include <system_error>
#include <tuple>

#include <png.h>

#include "pdf/pdf_objects.h"

namespace siyasa {

Result<PngPixels> read_png(const std::filesystem::path& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  auto fail = [&](const std::string& why) {
    png_image_free(&image);
    return Result<PngPixels>::failure(
        make_error({file.string(), 0, 0}, "cannot read this PNG image: " + why,
                   "save it again as a PNG file, or name another image in the organisation's file"));
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

Result<std::shared_ptr<const PdfImageData>> pdf_image_data(const std::filesystem::path& file) {
  using Key = std::tuple<std::string, std::uintmax_t, std::filesystem::file_time_type>;
  static std::mutex mutex;
  static std::map<Key, std::shared_ptr<const PdfImageData>> images;
  std::error_code size_error, time_error;
  const Key key{file.string(), std::filesystem::file_size(file, size_error),
                std::filesystem::last_write_time(file, time_error)};
  const bool cacheable = !size_error && !time_error;
  if (cacheable) {
    std::lock_guard lock(mutex);
    if (auto found = images.find(key); found != images.end())
      return Result<std::shared_ptr<const PdfImageData>>::success(found->second);
  }
  Result<PngPixels> pixels = read_png(file);
  if (!pixels.ok()) return Result<std::shared_ptr<const PdfImageData>>::failure(pixels.diagnostics);
  auto image = std::make_shared<PdfImageData>();
  image->width = pixels->width;
  image->height = pixels->height;
  image->gray = pixels->gray;
  image->samples = deflate_bytes(pixels->samples);
  if (!pixels->alpha.empty()) image->alpha = deflate_bytes(pixels->alpha);
  if (cacheable) {
    std::lock_guard lock(mutex);
    images.emplace(key, image);
  }
  return Result<std::shared_ptr<const PdfImageData>>::success(std::move(image));
}

}  // namespace siyasa
