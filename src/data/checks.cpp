#include "data/checks.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <system_error>

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxImageBytes = 20u * 1024u * 1024u;
constexpr std::uint32_t kMaxImageSide = 10000;

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

// What a file that is not a PNG most likely is, from its first bytes.
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
  return "not a PNG image";
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
  if (n < 8 || std::memcmp(head.data(), "\x89PNG\r\n\x1a\n", 8) != 0)
    return "the file is " + describe_other_format(head.data(), n) + ", not a PNG image";
  if (n < 33 || read_big_endian(head.data() + 8) != 13 || std::memcmp(head.data() + 12, "IHDR", 4) != 0)
    return "the PNG file is damaged (no image header)";
  std::uint32_t width = read_big_endian(head.data() + 16), height = read_big_endian(head.data() + 20);
  if (width == 0 || height == 0) return "the PNG image has no pixels";
  if (width > kMaxImageSide || height > kMaxImageSide)
    return "the image is " + std::to_string(width) + "×" + std::to_string(height) +
           " pixels; the limit is 10000 on each side";
  std::array<char, 12> tail{};
  in.clear();
  in.seekg(-12, std::ios::end);
  in.read(tail.data(), tail.size());
  if (!in || std::memcmp(tail.data() + 4, "IEND", 4) != 0)
    return "the PNG file is truncated (it does not end with an IEND chunk)";
  return {};
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
