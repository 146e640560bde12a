#include "pdf/truetype_subset.h"

#include <algorithm>
#include <map>
#include <set>

namespace siyasa {
namespace {

std::uint32_t u16(std::string_view d, std::size_t at) {
  return (static_cast<std::uint8_t>(d[at]) << 8) | static_cast<std::uint8_t>(d[at + 1]);
}
std::uint32_t u32(std::string_view d, std::size_t at) { return (u16(d, at) << 16) | u16(d, at + 2); }
std::int16_t s16(std::string_view d, std::size_t at) { return static_cast<std::int16_t>(u16(d, at)); }

void put16(std::string& d, std::size_t at, std::uint32_t v) {
  d[at] = static_cast<char>((v >> 8) & 0xFF);
  d[at + 1] = static_cast<char>(v & 0xFF);
}
void put32(std::string& d, std::size_t at, std::uint32_t v) {
  put16(d, at, v >> 16);
  put16(d, at + 2, v & 0xFFFF);
}
void append16(std::string& d, std::uint32_t v) {
  d.resize(d.size() + 2);
  put16(d, d.size() - 2, v);
}
void append32(std::string& d, std::uint32_t v) {
  d.resize(d.size() + 4);
  put32(d, d.size() - 4, v);
}

// Composite glyph flags (OpenType "glyf").
constexpr std::uint32_t kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                        kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080, kHaveInstructions = 0x0100;

// Calls `component(offset of its glyph index)` for each component of a composite glyph; the
// offset just past the last component, or 0 when the data is truncated.
template <class Visit>
std::size_t walk_components(std::string_view glyph, Visit component) {
  std::size_t at = 10;
  for (;;) {
    if (at + 4 > glyph.size()) return 0;
    const std::uint32_t flags = u16(glyph, at);
    component(at + 2);
    at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
    if (flags & kHaveScale) at += 2;
    else if (flags & kHaveXYScale) at += 4;
    else if (flags & kHaveTwoByTwo) at += 8;
    if (!(flags & kMoreComponents)) return at <= glyph.size() ? at : 0;
  }
}

// The face's glyphs as byte ranges of glyf, from loca.
class GlyphTable {
 public:
  bool read(const TrueTypeTables& t) {
    if (t.head.size() < 54 || t.maxp.size() < 6 || t.hhea.size() < 36) return false;
    count_ = u16(t.maxp, 4);
    const bool long_offsets = s16(t.head, 50) == 1;
    if (t.loca.size() < (count_ + 1) * (long_offsets ? 4u : 2u)) return false;
    offsets_.resize(count_ + 1);
    for (std::uint32_t i = 0; i <= count_; ++i)
      offsets_[i] = long_offsets ? u32(t.loca, 4 * i) : 2 * u16(t.loca, 2 * i);
    for (std::uint32_t i = 0; i < count_; ++i)
      if (offsets_[i] > offsets_[i + 1] || offsets_[i + 1] > t.glyf.size()) return false;
    glyf_ = t.glyf;
    return true;
  }
  std::uint32_t count() const { return count_; }
  std::string_view glyph(std::uint32_t id) const {
    return glyf_.substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  static bool is_composite(std::string_view glyph) { return glyph.size() >= 10 && s16(glyph, 0) < 0; }

 private:
  std::uint32_t count_ = 0;
  std::vector<std::uint32_t> offsets_;
  std::string_view glyf_;
};

// The glyph without its hinting instructions (and, for a composite, its components renumbered),
// padded to four bytes; empty when it cannot be read.
std::optional<std::string> rewritten(std::string_view glyph,
                                     const std::map<std::uint32_t, std::uint32_t>& new_id) {
  if (glyph.empty()) return std::string();
  if (glyph.size() < 10) return std::nullopt;
  std::string out;
  const std::int16_t contours = s16(glyph, 0);
  if (contours >= 0) {
    const std::size_t instructions_at = 10 + 2 * static_cast<std::size_t>(contours);
    if (instructions_at + 2 > glyph.size()) return std::nullopt;
    const std::size_t rest = instructions_at + 2 + u16(glyph, instructions_at);
    if (rest > glyph.size()) return std::nullopt;
    out.assign(glyph.substr(0, instructions_at));
    append16(out, 0);
    out += glyph.substr(rest);
  } else {
    std::size_t last_flags = 0;
    const std::size_t end = walk_components(glyph, [&](std::size_t at) { last_flags = at - 2; });
    if (end == 0) return std::nullopt;
    out.assign(glyph.substr(0, end));
    walk_components(out, [&](std::size_t at) {
      auto found = new_id.find(u16(out, at));
      put16(out, at, found == new_id.end() ? 0 : found->second);
    });
    put16(out, last_flags, u16(out, last_flags) & ~kHaveInstructions);
  }
  out.resize((out.size() + 3) & ~std::size_t(3), '\0');
  return out;
}

// The sum of the table's big-endian 32-bit words (the last one padded with zeros).
std::uint32_t checksum(std::string_view table) {
  std::uint32_t sum = 0;
  const std::size_t whole = table.size() & ~std::size_t(3);
  for (std::size_t i = 0; i < whole; i += 4) sum += u32(table, i);
  for (std::size_t i = whole; i < table.size(); ++i)
    sum += static_cast<std::uint32_t>(static_cast<std::uint8_t>(table[i])) << (24 - 8 * (i - whole));
  return sum;
}

// An sfnt file of `tables` (tag → data), with checksums and head's checkSumAdjustment.
std::string assemble(std::map<std::string, std::string> tables) {
  const std::uint32_t count = static_cast<std::uint32_t>(tables.size());
  std::uint32_t power = 1, log2 = 0;
  while (power * 2 <= count) power *= 2, ++log2;
  std::string out;
  append32(out, 0x00010000);
  append16(out, count);
  append16(out, power * 16);
  append16(out, log2);
  append16(out, count * 16 - power * 16);
  std::size_t offset = 12 + 16 * count;
  std::size_t head_at = 0;
  for (const auto& [tag, data] : tables) {
    out += tag;
    append32(out, checksum(data));
    append32(out, static_cast<std::uint32_t>(offset));
    append32(out, static_cast<std::uint32_t>(data.size()));
    if (tag == "head") head_at = offset;
    offset += (data.size() + 3) & ~std::size_t(3);
  }
  for (const auto& [tag, data] : tables) {
    out += data;
    out.resize((out.size() + 3) & ~std::size_t(3), '\0');
  }
  put32(out, head_at + 8, 0xB1B0AFBA - checksum(out));
  return out;
}

}  // namespace

std::optional<TrueTypeSubset> subset_truetype(const TrueTypeTables& t,
                                              const std::vector<std::uint32_t>& glyphs) {
  GlyphTable table;
  if (!table.read(t)) return std::nullopt;
  const std::uint32_t metrics = u16(t.hhea, 34);
  if (metrics == 0 || t.hmtx.size() < 4 * metrics + 2 * (table.count() - std::min(metrics, table.count())))
    return std::nullopt;

  // .notdef, the glyphs asked for, and every component of a composite among them.
  std::set<std::uint32_t> kept{0};
  std::vector<std::uint32_t> pending(glyphs.begin(), glyphs.end());
  while (!pending.empty()) {
    const std::uint32_t id = pending.back();
    pending.pop_back();
    if (id >= table.count() || !kept.insert(id).second) continue;
    const std::string_view glyph = table.glyph(id);
    if (GlyphTable::is_composite(glyph) &&
        walk_components(glyph, [&](std::size_t at) { pending.push_back(u16(glyph, at)); }) == 0)
      return std::nullopt;
  }
  TrueTypeSubset subset;
  subset.old_ids.assign(kept.begin(), kept.end());
  std::map<std::uint32_t, std::uint32_t> new_id;
  for (std::uint32_t i = 0; i < subset.old_ids.size(); ++i) new_id.emplace(subset.old_ids[i], i);

  std::string glyf, loca, hmtx;
  for (std::uint32_t old : subset.old_ids) {
    append32(loca, static_cast<std::uint32_t>(glyf.size()));
    const std::optional<std::string> glyph = rewritten(table.glyph(old), new_id);
    if (!glyph) return std::nullopt;
    glyf += *glyph;
    const std::uint32_t advance = u16(t.hmtx, 4 * (std::min(old, metrics - 1)));
    const std::uint32_t lsb =
        old < metrics ? u16(t.hmtx, 4 * old + 2) : u16(t.hmtx, 4 * metrics + 2 * (old - metrics));
    append16(hmtx, advance);
    append16(hmtx, lsb);
  }
  append32(loca, static_cast<std::uint32_t>(glyf.size()));

  const std::uint32_t count = static_cast<std::uint32_t>(subset.old_ids.size());
  std::string head(t.head), hhea(t.hhea), maxp(t.maxp);
  put32(head, 8, 0);   // checkSumAdjustment: set once the file is assembled
  put16(head, 50, 1);  // long loca offsets
  put16(hhea, 34, count);
  put16(maxp, 4, count);
  std::map<std::string, std::string> tables{{"glyf", glyf}, {"head", head}, {"hhea", hhea},
                                            {"hmtx", hmtx}, {"loca", loca}, {"maxp", maxp}};
  if (!t.os2.empty()) tables.emplace("OS/2", std::string(t.os2));
  if (t.post.size() >= 32) {  // version 3: no glyph names
    std::string post(t.post.substr(0, 32));
    put32(post, 0, 0x00030000);
    tables.emplace("post", post);
  }
  subset.font = assemble(std::move(tables));
  return subset;
}

}  // namespace siyasa
