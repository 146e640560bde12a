// Stage "text": fonts/fonts.toml (which font file serves which role) in, a FontSet out.
// Each font file is read once per run, here (HarfBuzz kept inside src/text/), and shared
// read-only, safe to use from several threads. Later stages refer to a face by FaceId; the
// ones that need the font program itself (the PDF writer's subsets, the PNG preview, the site's
// web fonts) take its bytes from the FaceFile and never open the file again.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/diagnostic.h"

namespace siyasa {

enum class FontRole {
  body,          // Arabic running text (Amiri by default)
  body_bold,
  heading,       // headings (Noto Kufi Arabic or Amiri Bold)
  latin,         // fallback for Latin letters the Arabic face lacks
  latin_bold,
  mono,          // identifiers where a monospace face reads better (optional)
};

using FaceId = int;

// A font file's contents as the text stage read them, and their SHA-256 (64 hex digits), which
// names the font in the caches of later stages (two paths to one file are one font; a file
// replaced between runs is another).
struct FontBytes {
  std::string bytes;
  std::string sha256;
};

struct FaceFile {
  std::filesystem::path file;  // where the bytes came from, for names and messages
  unsigned index = 0;          // face index inside a collection
  double units_per_em = 1000;
  std::shared_ptr<const FontBytes> data;  // null: no font (a writer reports the face missing)
  SourcePos source;  // the fonts.toml value that chose it, where a problem with the font points
};

class FontSet;  // defined in src/text/; opaque to other stages

// Reads `fonts_dir`/fonts.toml; a role may name a file in fonts_dir (a font the user dropped
// in) or in the system font folders (Debian font packages). Missing files and fonts without
// Arabic for an Arabic role are errors pointing at fonts.toml.
Result<std::shared_ptr<const FontSet>> load_fonts(const std::filesystem::path& fonts_dir);

const FaceFile& face_file(const FontSet& fonts, FaceId face);

// One font file read outside fonts.toml (tests, and callers without a FontSet): its bytes,
// checked to hold face `index`. Errors point at the file.
Result<FaceFile> read_face_file(const std::filesystem::path& file, unsigned index = 0);

// The face that serves `role` (after the fallbacks fonts.toml documents).
FaceId face_for_role(const FontSet& fonts, FontRole role);

// A short name for traces and messages, e.g. "Amiri-Regular".
std::string face_name(const FontSet& fonts, FaceId face);

// Whether the face has a glyph for the code point (its cmap maps it).
bool face_has_glyph(const FontSet& fonts, FaceId face, char32_t codepoint);

// The glyph's name from the font's post table ("gid123" when it has none), for traces.
std::string glyph_name(const FontSet& fonts, FaceId face, std::uint32_t glyph);

// A number no other FontSet of the process has, for caches of other stages to key by (an
// address may be reused once a FontSet is freed).
std::uint64_t font_set_serial(const FontSet& fonts);

// Drops the shaping results the font set remembers (shape_cache.h), so that a benchmark
// measures shaping itself rather than the lookup a batch mostly gets.
void forget_shaped_text(const FontSet& fonts);

struct FaceMetrics {
  double ascent = 0.8, descent = 0.2;  // fractions of the em, both positive
};
FaceMetrics face_metrics(const FontSet& fonts, FaceId face);

// Where a glyph's ink goes, in fractions of the em from its origin: up to `top` above the
// baseline and down to `bottom` (negative below it), from `left` to `right` of the pen. All
// zero for a glyph without ink (a space). Vowel marks reach far above their letters.
struct GlyphInk {
  double left = 0, right = 0, top = 0, bottom = 0;
};
GlyphInk glyph_ink(const FontSet& fonts, FaceId face, std::uint32_t glyph);

}  // namespace siyasa
