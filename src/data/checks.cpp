#include "data/checks.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <system_error>

#include <zlib.h>

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxImageBytes = 20u * 1024u * 1024u;
constexpr std::uint32_t kMaxImageSide = 10000;
// A logo, stamp or signature is at most a few megapixels even scanned at 600 dpi; 25 megapixels
// decode to 100 MB of 8-bit RGBA, which bounds what a worker spends on one image.
constexpr std::uint64_t kMaxImagePixels = 25'000'000;
// 16-bit channels double that: the decoded rows (filter bytes included) may take this much.
constexpr std::uint64_t kMaxImageDecodedBytes = 128u * 1024u * 1024u;

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// Julian day number of a proleptic Gregorian date (Fliegel & Van Flandern).
long gregorian_day_number(const Date& d) {
  long a = (14 - d.month) / 12;
  long y = d.year + 4800 - a;
  long m = d.month + 12 * a - 3;
  return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

// Julian day number of a date of the arithmetic (civil) Hijri calendar.
long hijri_day_number(int year, int month, int day) {
  return day + (295 * (month - 1) + 9) / 10 + (year - 1) * 354L + (3 + 11L * year) / 30 + 1948439;
}

std::uint32_t read_big_endian(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// What a file that is not a PNG most likely is, from its first bytes ("" when unknown).
std::string describe_other_format(const unsigned char* b, std::size_t n) {
  auto starts = [&](std::string_view sig) {
    return n >= sig.size() && std::memcmp(b, sig.data(), sig.size()) == 0;
  };
  if (starts("\xFF\xD8\xFF")) return "a JPEG image";
  if (starts("GIF8")) return "a GIF image";
  if (starts("RIFF") && n >= 12 && std::memcmp(b + 8, "WEBP", 4) == 0) return "a WebP image";
  if (starts("BM")) return "a BMP image";
  if (starts("%PDF")) return "a PDF document";
  if (starts("<svg") || starts("<?xml")) return "an SVG/XML file";
  return {};  // nothing recognisable
}

// Bytes of decoded rows (each with its filter byte) of one Adam7 pass or of the whole image.
std::uint64_t row_bytes(std::uint64_t width, std::uint64_t height, unsigned bits_per_pixel) {
  if (width == 0 || height == 0) return 0;
  return height * (1 + (width * bits_per_pixel + 7) / 8);
}

std::uint64_t decoded_size(std::uint32_t width, std::uint32_t height, unsigned bits_per_pixel, bool interlaced) {
  if (!interlaced) return row_bytes(width, height, bits_per_pixel);
  // Adam7: the seven passes' starting column/row and steps.
  static constexpr unsigned kStart[7][2] = {{0, 0}, {4, 0}, {0, 4}, {2, 0}, {0, 2}, {1, 0}, {0, 1}};
  static constexpr unsigned kStep[7][2] = {{8, 8}, {8, 8}, {4, 8}, {4, 4}, {2, 4}, {2, 2}, {1, 2}};
  std::uint64_t total = 0;
  for (int pass = 0; pass < 7; ++pass) {
    const std::uint64_t w = width > kStart[pass][0] ? (width - kStart[pass][0] + kStep[pass][0] - 1) / kStep[pass][0] : 0;
    const std::uint64_t h = height > kStart[pass][1] ? (height - kStart[pass][1] + kStep[pass][1] - 1) / kStep[pass][1] : 0;
    total += row_bytes(w, h, bits_per_pixel);
  }
  return total;
}

unsigned channels_of(unsigned colour_type) {
  switch (colour_type) {
    case 0: return 1;  // gray
    case 2: return 3;  // RGB
    case 3: return 1;  // palette index
    case 4: return 2;  // gray + alpha
    case 6: return 4;  // RGBA
    default: return 0;
  }
}

// Every chunk of the file checked (length, CRC), and the image data inflated in full to see that
// it holds exactly the rows the header promises: what a reader would meet while drawing it.
std::string check_png_chunks(const std::string& bytes) {
  std::size_t at = 8;
  bool header = false, end = false, any_data = false;
  std::uint32_t width = 0, height = 0;
  unsigned bits_per_pixel = 0;
  bool interlaced = false;
  z_stream inflater{};
  if (inflateInit(&inflater) != Z_OK) return "the PNG file cannot be checked (zlib)";
  std::uint64_t inflated = 0;
  bool stream_end = false;
  std::string problem;
  std::vector<unsigned char> sink(1 << 16);
  const auto data = [&](const unsigned char* p) { return reinterpret_cast<const char*>(p); };
  while (problem.empty() && !end) {
    if (bytes.size() - at < 12) {
      problem = "the PNG file is truncated (it does not end with an IEND chunk)";
      break;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + at;
    const std::uint32_t length = read_big_endian(p);
    const std::string type(data(p + 4), 4);
    if (length > bytes.size() - at - 12) {
      problem = "the PNG file is truncated (chunk " + type + " at byte " + std::to_string(at) + " runs past the end)";
      break;
    }
    const auto crc = static_cast<std::uint32_t>(crc32(0, p + 4, length + 4));
    if (crc != read_big_endian(p + 8 + length)) {
      problem = "the PNG file is damaged (chunk " + type + " at byte " + std::to_string(at) + " has a wrong checksum)";
      break;
    }
    if (type == "IHDR" && length == 13) {
      header = true;
      width = read_big_endian(p + 8);
      height = read_big_endian(p + 12);
      const unsigned depth = p[16], channels = channels_of(p[17]);
      if (channels == 0 || (depth != 1 && depth != 2 && depth != 4 && depth != 8 && depth != 16)) {
        problem = "the PNG file is damaged (its header names no valid pixel format)";
        break;
      }
      bits_per_pixel = depth * channels;
      interlaced = p[20] == 1;
      if (decoded_size(width, height, bits_per_pixel, interlaced) > kMaxImageDecodedBytes) {
        problem = "the image is " + std::to_string(width) + "×" + std::to_string(height) + " pixels at " +
                  std::to_string(depth) + " bits per channel: " +
                  std::to_string(decoded_size(width, height, bits_per_pixel, interlaced) / (1024 * 1024)) +
                  " MB once decoded; the limit is " + std::to_string(kMaxImageDecodedBytes / (1024 * 1024)) + " MB";
        break;
      }
    } else if (type == "IDAT" && header) {
      any_data = true;
      inflater.next_in = const_cast<unsigned char*>(p + 8);
      inflater.avail_in = length;
      while (inflater.avail_in > 0 && !stream_end) {
        inflater.next_out = sink.data();
        inflater.avail_out = static_cast<uInt>(sink.size());
        const int status = inflate(&inflater, Z_NO_FLUSH);
        inflated += sink.size() - inflater.avail_out;
        if (status == Z_STREAM_END) stream_end = true;
        else if (status != Z_OK && status != Z_BUF_ERROR) {
          problem = "the PNG file is damaged (its image data does not decompress)";
          break;
        }
        if (inflated > kMaxImageDecodedBytes) break;
      }
    } else if (type == "IEND") {
      end = true;
    }
    at += 12 + length;
  }
  inflateEnd(&inflater);
  if (!problem.empty()) return problem;
  if (!header) return "the PNG file is damaged (no image header)";
  if (!any_data) return "the PNG file has no image data";
  if (!stream_end || inflated != decoded_size(width, height, bits_per_pixel, interlaced))
    return "the PNG file is damaged (its image data is cut short or too long for " + std::to_string(width) +
           "×" + std::to_string(height) + " pixels)";
  return {};
}

}  // namespace

std::string check_gregorian_date(const Date& date) {
  if (date.year < 1900 || date.year > 2100)
    return "the year " + std::to_string(date.year) + " is outside 1900–2100";
  if (date.month < 1 || date.month > 12) return "there is no month " + std::to_string(date.month);
  if (date.day < 1 || date.day > days_in_month(date.year, date.month))
    return "day " + std::to_string(date.day) + " does not exist in month " +
           std::to_string(date.month) + " of " + std::to_string(date.year);
  return {};
}

std::string check_hijri_date(const Date& date) {
  if (date.year < 1300 || date.year > 1600)
    return "the Hijri year " + std::to_string(date.year) + " is outside 1300–1600";
  if (date.month < 1 || date.month > 12) return "there is no Hijri month " + std::to_string(date.month);
  if (date.day < 1 || date.day > 30) return "a Hijri month has no day " + std::to_string(date.day);
  return {};
}

int hijri_gregorian_gap_days(const Date& hijri, const Date& gregorian) {
  long gap = hijri_day_number(hijri.year, hijri.month, hijri.day) - gregorian_day_number(gregorian);
  return static_cast<int>(gap < 0 ? -gap : gap);
}

Date approximate_hijri(const Date& gregorian) {
  long jd = gregorian_day_number(gregorian);
  int year = static_cast<int>((30 * (jd - 1948440) + 10646) / 10631);
  int month = 12;
  while (month > 1 && hijri_day_number(year, month, 1) > jd) --month;
  int day = static_cast<int>(jd - hijri_day_number(year, month, 1) + 1);
  return Date{year, month, day};
}

std::string check_png_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return "the file does not exist";
  if (!std::filesystem::is_regular_file(file, ec)) return "it is not a file";
  auto size = std::filesystem::file_size(file, ec);
  if (ec) return "the file cannot be read";
  if (size > kMaxImageBytes)
    return "the image is " + std::to_string(size / (1024 * 1024)) + " MB; the limit is 20 MB";
  std::ifstream in(file, std::ios::binary);
  std::array<unsigned char, 33> head{};
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  auto n = static_cast<std::size_t>(in.gcount());
  if (!in && n == 0) return "the file cannot be read";
  if (n < 8 || std::memcmp(head.data(), "\x89PNG\r\n\x1a\n", 8) != 0) {
    const std::string other = describe_other_format(head.data(), n);
    return other.empty() ? "the file is not a PNG image" : "the file is " + other + ", not a PNG image";
  }
  if (n < 33 || read_big_endian(head.data() + 8) != 13 || std::memcmp(head.data() + 12, "IHDR", 4) != 0)
    return "the PNG file is damaged (no image header)";
  std::uint32_t width = read_big_endian(head.data() + 16), height = read_big_endian(head.data() + 20);
  if (width == 0 || height == 0) return "the PNG image has no pixels";
  if (width > kMaxImageSide || height > kMaxImageSide)
    return "the image is " + std::to_string(width) + "×" + std::to_string(height) +
           " pixels; the limit is 10000 on each side";
  if (std::uint64_t{width} * height > kMaxImagePixels)
    return "the image is " + std::to_string(width) + "×" + std::to_string(height) + " pixels (" +
           std::to_string(std::uint64_t{width} * height / 1'000'000) + " megapixels); the limit is " +
           std::to_string(kMaxImagePixels / 1'000'000) + " megapixels";
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.clear();
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) return "the file cannot be read";
  return check_png_chunks(bytes);
}

bool is_placeholder(std::string_view value) {
  return value.size() >= 4 && value.substr(0, 2) == "<<" && value.substr(value.size() - 2) == ">>";
}

std::string ascii_digits(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c0 = static_cast<unsigned char>(text[i]);
    if (i + 1 < text.size() && (c0 == 0xD9 || c0 == 0xDB)) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      if (c0 == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9) {  // U+0660–0669
        out += static_cast<char>('0' + (c1 - 0xA0));
        ++i;
        continue;
      }
      if (c0 == 0xDB && c1 >= 0xB0 && c1 <= 0xB9) {  // U+06F0–06F9
        out += static_cast<char>('0' + (c1 - 0xB0));
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool is_valid_slug(const std::string& slug) {
  if (slug.empty() || slug.size() > 64 || slug.front() == '-') return false;
  return std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace siyasa
