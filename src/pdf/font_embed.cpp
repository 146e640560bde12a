#include "pdf/font_embed.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <hb-ot.h>
#include <hb.h>

#include "pdf/font_subset.h"

namespace siyasa {

struct FontProgram {
  std::shared_ptr<const FontBytes> data;  // the text stage's copy of the file, which the blob borrows
  hb_blob_t* blob = nullptr;
  unsigned glyph_count = 0;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scale = units per em
  double units_per_em = 1000;
  bool cff = false;           // PostScript outlines (FontFile3) rather than TrueType (FontFile2)
  std::string postscript_name;
  double bbox[4] = {0, 0, 0, 0};  // thousandths of an em
  double ascent = 0, descent = 0, cap_height = 0;
  std::optional<std::uint32_t> inkless;  // the space glyph, when it draws nothing

  std::mutex mutex;  // guards what is filled in lazily, as documents on several threads ask
  bool reverse_built = false;
  std::unordered_map<std::uint32_t, char32_t> reverse_cmap;
  std::unordered_map<std::uint32_t, bool> tatweel;

  ~FontProgram() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }

  double thousandths(double units) const { return std::round(units * 1000 / units_per_em * 1000) / 1000; }
  double width(std::uint32_t glyph) const { return thousandths(hb_font_get_glyph_h_advance(font, glyph)); }
};

namespace {

std::int16_t read_int16(const char* data) {
  return static_cast<std::int16_t>((static_cast<unsigned char>(data[0]) << 8) |
                                   static_cast<unsigned char>(data[1]));
}

// The PostScript name, or one made from the file name; a PDF name may hold neither spaces nor
// delimiters.
std::string postscript_name(hb_face_t* face, const FaceFile& file) {
  char name[128] = {};
  unsigned size = sizeof name;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name);
  std::string out = name;
  if (out.empty()) out = file.file.stem().string();
  auto unfit = [](char c) {
    return c <= ' ' || c > '~' || std::string_view("()<>[]{}/%#").find(c) != std::string_view::npos;
  };
  out.erase(std::remove_if(out.begin(), out.end(), unfit), out.end());
  return out.empty() ? "Font" : out;
}

void read_metrics(FontProgram& program) {
  hb_blob_t* head = hb_face_reference_table(program.face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned length = 0;
  const char* data = hb_blob_get_data(head, &length);
  if (length >= 44)
    for (int i = 0; i < 4; ++i) program.bbox[i] = program.thousandths(read_int16(data + 36 + 2 * i));
  hb_blob_destroy(head);
  hb_position_t value = 0;
  if (hb_ot_metrics_get_position(program.font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value))
    program.ascent = program.thousandths(value);
  if (hb_ot_metrics_get_position(program.font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value))
    program.descent = program.thousandths(value);
  program.cap_height = hb_ot_metrics_get_position(program.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &value)
                           ? program.thousandths(value)
                           : program.ascent;
}

std::optional<std::uint32_t> find_inkless(const FontProgram& program) {
  hb_codepoint_t space = 0;
  if (!hb_font_get_nominal_glyph(program.font, U' ', &space) || space == 0) return std::nullopt;
  hb_glyph_extents_t extents{};
  hb_font_get_glyph_extents(program.font, space, &extents);
  if (extents.width != 0 || extents.height != 0) return std::nullopt;
  return space;
}

std::unique_ptr<FontProgram> load_program(const FaceFile& file) {
  auto program = std::make_unique<FontProgram>();
  program->data = file.data;
  program->blob = hb_blob_create(file.data->bytes.data(), static_cast<unsigned>(file.data->bytes.size()),
                                 HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  program->face = hb_face_create(program->blob, file.index);
  program->font = hb_font_create(program->face);
  if (hb_face_get_glyph_count(program->face) == 0) return nullptr;
  program->glyph_count = hb_face_get_glyph_count(program->face);
  program->units_per_em = hb_face_get_upem(program->face);
  hb_font_set_scale(program->font, static_cast<int>(program->units_per_em),
                    static_cast<int>(program->units_per_em));
  hb_blob_t* cff = hb_face_reference_table(program->face, HB_TAG('C', 'F', 'F', ' '));
  program->cff = hb_blob_get_length(cff) > 0;
  hb_blob_destroy(cff);
  program->postscript_name = postscript_name(program->face, file);
  read_metrics(*program);
  program->inkless = find_inkless(*program);
  return program;
}

// Every face this process embedded, by the font's content (SHA-256) and face index; they stay
// until it ends, with the bytes the text stage read.
FontProgram* open_program(const FaceFile& file) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, unsigned>, std::unique_ptr<FontProgram>> programs;
  std::lock_guard lock(mutex);
  auto key = std::make_pair(file.data->sha256, file.index);
  if (auto found = programs.find(key); found != programs.end()) return found->second.get();
  std::unique_ptr<FontProgram> program = load_program(file);
  if (!program) return nullptr;
  return programs.emplace(key, std::move(program)).first->second.get();
}

// Arabic presentation forms: a font may map them to its contextual glyphs, but they are not the
// text anyone typed.
bool is_presentation_form(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

using Entries = std::map<std::uint16_t, EmbeddedFont::Entry>;  // by code

// Six capital letters from the glyphs and widths, so that different subsets of one font get
// different names (PDF 9.6.4) and the same subset always the same one.
std::string subset_tag(const Entries& entries) {
  std::uint64_t hash = fnv1a({});
  for (const auto& [code, entry] : entries) {
    const std::int64_t width = std::llround(entry.width * 1000);
    hash = fnv1a(std::string_view(reinterpret_cast<const char*>(&entry.glyph), sizeof entry.glyph), hash);
    hash = fnv1a(std::string_view(reinterpret_cast<const char*>(&width), sizeof width), hash);
  }
  std::string tag;
  for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
  return tag;
}

// /W: runs of consecutive codes with their widths.
std::string widths_array(const Entries& entries) {
  std::string out = "[";
  std::int64_t previous = -2;
  for (const auto& [code, entry] : entries) {
    if (code != previous + 1) {
      if (previous >= 0) out += "]";
      out += " " + std::to_string(code) + " [";
    } else {
      out += ' ';
    }
    append_number(out, entry.width);
    previous = code;
  }
  if (previous >= 0) out += "]";
  return out + " ]";
}

std::string to_unicode_cmap(const Entries& entries) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<std::uint16_t, const std::u32string*>> mapped;
  for (const auto& [code, entry] : entries)
    if (!entry.text.empty()) mapped.emplace_back(code, &entry.text);
  for (std::size_t at = 0; at < mapped.size(); at += 100) {
    const std::size_t count = std::min<std::size_t>(100, mapped.size() - at);
    out += std::to_string(count) + " beginbfchar\n";
    for (std::size_t i = at; i < at + count; ++i) {
      char code[16];
      std::snprintf(code, sizeof code, "<%04X> <", mapped[i].first);
      out += code;
      append_utf16_hex(out, *mapped[i].second);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

// /CIDToGIDMap: two bytes per code up to the highest, each code's glyph ID in the subset.
std::string code_to_glyph_map(const Entries& entries, const std::vector<std::uint32_t>& old_ids) {
  std::unordered_map<std::uint32_t, std::uint32_t> new_id;
  for (std::uint32_t now = 0; now < old_ids.size(); ++now) new_id.emplace(old_ids[now], now);
  std::string map(2 * (entries.empty() ? 1 : entries.rbegin()->first + 1), '\0');
  for (const auto& [code, entry] : entries) {
    const auto found = new_id.find(entry.glyph);
    const std::uint32_t now = found == new_id.end() ? 0 : found->second;
    map[2 * code] = static_cast<char>(now >> 8);
    map[2 * code + 1] = static_cast<char>(now & 0xFF);
  }
  return map;
}

// Path operators for hb_font_get_glyph_shape, in thousandths of an em.
struct OutlineSink {
  std::string path;
  double scale = 1;
  void point(float x, float y) {
    append_number(path, x * scale, 2);
    path += ' ';
    append_number(path, y * scale, 2);
    path += ' ';
  }
};

hb_draw_funcs_t* outline_funcs() {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, [](hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
      auto& sink = *static_cast<OutlineSink*>(data);
      sink.point(x, y);
      sink.path += "m\n";
    }, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, [](hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
      auto& sink = *static_cast<OutlineSink*>(data);
      sink.point(x, y);
      sink.path += "l\n";
    }, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, [](hb_draw_funcs_t*, void* data, hb_draw_state_t* st, float cx, float cy,
                                             float x, float y, void*) {
      auto& sink = *static_cast<OutlineSink*>(data);
      sink.point(st->current_x + 2.f / 3 * (cx - st->current_x), st->current_y + 2.f / 3 * (cy - st->current_y));
      sink.point(x + 2.f / 3 * (cx - x), y + 2.f / 3 * (cy - y));
      sink.point(x, y);
      sink.path += "c\n";
    }, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, [](hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y,
                                         float c2x, float c2y, float x, float y, void*) {
      auto& sink = *static_cast<OutlineSink*>(data);
      sink.point(c1x, c1y);
      sink.point(c2x, c2y);
      sink.point(x, y);
      sink.path += "c\n";
    }, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(f, [](hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) {
      static_cast<OutlineSink*>(data)->path += "h\n";
    }, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  return funcs;
}

// A problem with the font, where fonts.toml chose it (or at the file, for a face given directly).
Diagnostic font_problem(const FaceFile& file, const std::string& message) {
  const SourcePos where = file.source.file.empty() ? SourcePos{file.file.string(), 0, 0} : file.source;
  const std::string name = file.file.empty() ? "the font" : "font '" + file.file.filename().string() + "'";
  return make_error(where, name + " " + message,
                    "choose another font for this role in fonts.toml (TrueType or OpenType, one face per style)");
}

}  // namespace

Result<std::unique_ptr<EmbeddedFont>> EmbeddedFont::open(const FaceFile& file) {
  using R = Result<std::unique_ptr<EmbeddedFont>>;
  if (!file.data) return R::failure(font_problem(file, "was not loaded (the font set has no such face)"));
  FontProgram* program = open_program(file);
  if (!program) return R::failure(font_problem(file, "is not a font HarfBuzz can read (face " +
                                                         std::to_string(file.index) + ")"));
  return R::success(std::unique_ptr<EmbeddedFont>(new EmbeddedFont(*program, file)));
}

EmbeddedFont::EmbeddedFont(FontProgram& program, FaceFile file)
    : program_(program), file_(std::move(file)), widths_(program.glyph_count, -1) {}

EmbeddedFont::~EmbeddedFont() = default;

double EmbeddedFont::width(std::uint32_t glyph) {
  if (glyph >= widths_.size()) return program_.width(glyph);
  if (widths_[glyph] < 0) widths_[glyph] = program_.width(glyph);
  return widths_[glyph];
}

EmbeddedFont::Code EmbeddedFont::code(std::uint32_t glyph, std::u32string_view text,
                                      std::optional<double> wanted) {
  const double own = width(glyph);
  if (program_.cff) {  // the code is the glyph ID; the first text stays
    const auto code = static_cast<std::uint16_t>(glyph);
    auto [at, fresh] = by_code_.try_emplace(code, Entry{glyph, own, std::u32string(text)});
    return {code, at->second.width};
  }
  // An alias only where the gap matters: half a thousandth of an em is below any reader's eye.
  double w = own;
  if (wanted && std::abs(*wanted - own) > 0.5 && codes_.size() < 0xFFF0) w = std::round(*wanted);
  auto key = std::make_tuple(glyph, static_cast<std::int64_t>(std::llround(w * 1000)), std::u32string(text));
  if (auto found = codes_.find(key); found != codes_.end()) return {found->second, w};
  if (codes_.size() >= 0xFFFE) {  // codes run out: the glyph's first code, with its own width
    for (const auto& [code, entry] : by_code_)
      if (entry.glyph == glyph) return {code, entry.width};
    return {0, width(0)};
  }
  const auto code = static_cast<std::uint16_t>(codes_.size() + 1);
  codes_.emplace(std::move(key), code);
  by_code_.emplace(code, Entry{glyph, w, std::u32string(text)});
  return {code, w};
}

std::optional<std::uint32_t> EmbeddedFont::inkless() const { return program_.inkless; }

std::string EmbeddedFont::outline(std::uint32_t glyph) const {
  OutlineSink sink;
  sink.scale = 1000 / program_.units_per_em;
  hb_font_get_glyph_shape(program_.font, glyph, outline_funcs(), &sink);
  return sink.path;
}

std::optional<char32_t> EmbeddedFont::own_character(std::uint32_t glyph) const {
  std::lock_guard lock(program_.mutex);
  if (!program_.reverse_built) {
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(program_.face, unicodes);
    for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &c);) {
      hb_codepoint_t g = 0;
      if (!is_presentation_form(c) && hb_font_get_nominal_glyph(program_.font, c, &g))
        program_.reverse_cmap.emplace(g, c);  // the lowest character wins
    }
    hb_set_destroy(unicodes);
    program_.reverse_built = true;
  }
  auto found = program_.reverse_cmap.find(glyph);
  if (found == program_.reverse_cmap.end()) return std::nullopt;
  return found->second;
}

bool EmbeddedFont::is_tatweel(std::uint32_t glyph) const {
  if (own_character(glyph) == U'\u0640') return true;
  std::lock_guard lock(program_.mutex);
  if (auto known = program_.tatweel.find(glyph); known != program_.tatweel.end()) return known->second;
  char name[64] = {};
  bool tatweel = false;
  if (hb_font_get_glyph_name(program_.font, glyph, name, sizeof name)) {
    const std::string_view n = name;
    tatweel = n.rfind("uni0640", 0) == 0 || n.rfind("tatweel", 0) == 0 || n.rfind("kashida", 0) == 0;
  }
  program_.tatweel.emplace(glyph, tatweel);
  return tatweel;
}

std::optional<Diagnostic> EmbeddedFont::write(PdfObjects& pdf, int font_id) const {
  const FontProgram& program = program_;
  std::vector<std::uint32_t> glyphs;
  for (const auto& [code, entry] : by_code_) glyphs.push_back(entry.glyph);
  std::sort(glyphs.begin(), glyphs.end());
  glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
  const FontSubset subset = subset_font(program.face, program.cff, glyphs);
  if (subset.font.empty()) return font_problem(file_, "cannot be subset for the PDF (HarfBuzz refused it)");
  const std::string name = pdf_name(subset_tag(by_code_) + "+" + program.postscript_name);

  const int file = pdf.reserve(), descriptor = pdf.reserve(), cid_font = pdf.reserve(),
            to_unicode = pdf.reserve();
  if (program.cff)
    pdf.set_stream(file, "/Subtype /OpenType", subset.font);
  else
    pdf.set_stream(file, "/Length1 " + std::to_string(subset.font.size()), subset.font);
  std::string code_to_glyph = "/Identity";
  if (!program.cff) {
    const int map = pdf.reserve();
    pdf.set_stream(map, "", code_to_glyph_map(by_code_, subset.old_ids));
    code_to_glyph = ref(map);
  }

  std::string d = "<< /Type /FontDescriptor /FontName " + name + " /Flags 4 /FontBBox [";
  for (double v : program.bbox) d += pdf_number(v) + " ";
  d += "] /ItalicAngle 0 /Ascent " + pdf_number(program.ascent) + " /Descent " +
       pdf_number(program.descent) + " /CapHeight " + pdf_number(program.cap_height) +
       " /StemV 80 " + (program.cff ? "/FontFile3 " : "/FontFile2 ") + ref(file) + " >>";
  pdf.set(descriptor, std::move(d));

  pdf.set(cid_font, std::string("<< /Type /Font /Subtype ") +
                        (program.cff ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont " + name +
                        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                        " /FontDescriptor " + ref(descriptor) +
                        (program.cff ? "" : " /CIDToGIDMap " + code_to_glyph) + " /W " +
                        widths_array(by_code_) + " >>");
  pdf.set_stream(to_unicode, "", to_unicode_cmap(by_code_));
  pdf.set(font_id, "<< /Type /Font /Subtype /Type0 /BaseFont " + name +
                       " /Encoding /Identity-H /DescendantFonts [" + ref(cid_font) +
                       "] /ToUnicode " + ref(to_unicode) + " >>");
  return std::nullopt;
}

}  // namespace siyasa
