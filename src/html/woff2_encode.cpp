// Stage "html": a font as WOFF2 (W3C WOFF File Format 2.0) for the site. Every table is stored
// as it is (the null transform, version 3 for glyf and loca, 0 for the rest) and the tables are
// compressed together as one Brotli stream; the web font is subset already, so the glyf
// transform would save little more. Debian's libwoff2enc prints to stderr on every call, and
// library code never prints, so the container is written here; libbrotlienc compresses.
#include <brotli/encode.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "html/site_assets.h"

namespace siyasa {
namespace {

struct Table {
  std::uint32_t tag = 0;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};

std::uint32_t read_u32(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

void put_u16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value >> 8 & 0xFF);
  out += static_cast<char>(value & 0xFF);
}

void put_u32(std::string& out, std::uint32_t value) {
  put_u16(out, value >> 16);
  put_u16(out, value & 0xFFFF);
}

// UIntBase128: seven bits a byte, most significant first, the high bit on all but the last.
void put_base128(std::string& out, std::uint32_t value) {
  char groups[5];
  int count = 0;
  do {
    groups[count++] = static_cast<char>(value & 0x7F);
    value >>= 7;
  } while (value != 0);
  while (count-- > 0) out += static_cast<char>(groups[count] | (count > 0 ? 0x80 : 0));
}

constexpr std::uint32_t tag_of(const char (&name)[5]) {
  return static_cast<std::uint32_t>(name[0]) << 24 | static_cast<std::uint32_t>(name[1]) << 16 |
         static_cast<std::uint32_t>(name[2]) << 8 | static_cast<std::uint32_t>(name[3]);
}

// The tables of a single-face sfnt (TrueType or CFF OpenType), in tag order; empty when the bytes
// are not one.
std::vector<Table> read_tables(const std::string& font) {
  if (font.size() < 12) return {};
  const std::uint32_t version = read_u32(font, 0);
  if (version != 0x00010000 && version != tag_of("OTTO") && version != tag_of("true")) return {};
  const std::size_t count = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  if (count == 0 || font.size() < 12 + 16 * count) return {};
  std::vector<Table> tables;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    Table t{read_u32(font, record), read_u32(font, record + 8), read_u32(font, record + 12)};
    if (t.offset > font.size() || t.length > font.size() - t.offset) return {};
    tables.push_back(t);
  }
  std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.tag < b.tag; });
  for (std::size_t i = 1; i < tables.size(); ++i)
    if (tables[i].tag == tables[i - 1].tag) return {};
  return tables;
}

}  // namespace

Result<std::string> encode_woff2(const std::string& font, const std::filesystem::path& file) {
  const auto fail = [&](const std::string& message) {
    return Result<std::string>::failure(make_error({file.string(), 0, 0}, message));
  };
  const std::vector<Table> tables = read_tables(font);
  if (tables.empty()) return fail("cannot serve this font as WOFF2: not a single TrueType or OpenType face");

  // The table directory: an arbitrary tag (63) spelt out, the null transform, the length.
  std::string directory, stream;
  std::uint64_t sfnt_size = 12 + 16 * tables.size();
  for (const Table& t : tables) {
    const bool glyph_table = t.tag == tag_of("glyf") || t.tag == tag_of("loca");
    directory += static_cast<char>(63 | (glyph_table ? 3 << 6 : 0));
    put_u32(directory, t.tag);
    put_base128(directory, t.length);
    stream.append(font, t.offset, t.length);
    sfnt_size += (t.length + 3) & ~3u;
  }
  if (sfnt_size > 0xFFFFFFFFu) return fail("the font is too large to serve as WOFF2");

  std::string compressed(BrotliEncoderMaxCompressedSize(stream.size()), '\0');
  std::size_t compressed_size = compressed.size();
  if (compressed.empty() ||
      !BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_FONT, stream.size(),
                             reinterpret_cast<const std::uint8_t*>(stream.data()), &compressed_size,
                             reinterpret_cast<std::uint8_t*>(compressed.data())))
    return fail("cannot compress the font for the web (Brotli)");
  compressed.resize(compressed_size);

  constexpr std::size_t kHeaderSize = 48;
  const std::size_t length = (kHeaderSize + directory.size() + compressed.size() + 3) & ~std::size_t{3};
  std::string out;
  out.reserve(length);
  put_u32(out, tag_of("wOF2"));
  put_u32(out, read_u32(font, 0));  // flavor: the sfnt version
  put_u32(out, static_cast<std::uint32_t>(length));
  put_u16(out, static_cast<std::uint32_t>(tables.size()));
  put_u16(out, 0);  // reserved
  put_u32(out, static_cast<std::uint32_t>(sfnt_size));
  put_u32(out, static_cast<std::uint32_t>(compressed.size()));
  put_u16(out, 1);  // version 1.0 of this file
  put_u16(out, 0);
  for (int i = 0; i < 5; ++i) put_u32(out, 0);  // no metadata, no private data
  out += directory;
  out += compressed;
  out.resize(length, '\0');  // the file ends on a 4-byte boundary
  return Result<std::string>::success(std::move(out));
}

}  // namespace siyasa
