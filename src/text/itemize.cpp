// Stage "text": itemize by bidi level, script, face and span (see itemize.h).
#include "text/itemize.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf16.h"

namespace siyasa {

namespace {

struct CharInfo {
  std::size_t start = 0, end = 0;
  char32_t cp = 0;
  UScriptCode script = USCRIPT_COMMON;
  FaceId face = 0;
  bool weak = false;  // common/inherited script: takes its neighbours' script
  bool mark = false;  // combining mark: takes its base's face
};

std::vector<CharInfo> decode(std::string_view text) {
  std::vector<CharInfo> chars;
  chars.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    CharInfo c;
    c.start = i;
    c.cp = next_codepoint(text, i);
    c.end = i;
    UErrorCode status = U_ZERO_ERROR;
    c.script = uscript_getScript(static_cast<UChar32>(c.cp), &status);
    c.weak = c.script == USCRIPT_COMMON || c.script == USCRIPT_INHERITED;
    int8_t category = u_charType(static_cast<UChar32>(c.cp));
    c.mark = category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
             category == U_COMBINING_SPACING_MARK || c.cp == 0x200D || c.cp == 0x200C;
    chars.push_back(c);
  }
  return chars;
}

// Common and inherited characters take the script of the strong character before them, or
// after them at the start of the text (as libraqm does, without the bracket-pair refinement:
// brackets already split items through their bidi level).
void resolve_scripts(std::vector<CharInfo>& chars) {
  UScriptCode last = USCRIPT_COMMON;
  for (CharInfo& c : chars) {
    if (c.weak) {
      c.script = last;
    } else {
      last = c.script;
    }
  }
  UScriptCode next = USCRIPT_COMMON;
  for (auto it = chars.rbegin(); it != chars.rend(); ++it) {
    if (it->script == USCRIPT_COMMON && it->weak) {
      it->script = next;
    } else {
      next = it->script;
    }
  }
}

void choose_faces(std::vector<CharInfo>& chars, const FontSet& fonts,
                  const std::vector<SpanFaces>& spans) {
  std::size_t s = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    CharInfo& c = chars[i];
    while (s + 1 < spans.size() && c.start >= spans[s].end) ++s;
    const SpanFaces& span = spans[s];
    bool same_span = i > 0 && chars[i - 1].start >= span.start;
    if (c.mark && same_span) {
      c.face = chars[i - 1].face;
    } else if (c.weak && same_span && face_has_glyph(fonts, chars[i - 1].face, c.cp)) {
      c.face = chars[i - 1].face;  // spaces and punctuation stay in the surrounding face
    } else if (face_has_glyph(fonts, span.primary, c.cp)) {
      c.face = span.primary;
    } else if (face_has_glyph(fonts, span.fallback, c.cp)) {
      c.face = span.fallback;
    } else {
      c.face = span.primary;  // shows .notdef; nothing better exists
    }
  }
}

}  // namespace

std::vector<ShapingItem> itemize(std::string_view text, const std::vector<std::uint8_t>& levels,
                                 const FontSet& fonts, const std::vector<SpanFaces>& spans) {
  std::vector<ShapingItem> items;
  if (text.empty() || spans.empty()) return items;
  std::vector<CharInfo> chars = decode(text);
  resolve_scripts(chars);
  choose_faces(chars, fonts, spans);
  std::size_t s = 0;
  UScriptCode item_script = USCRIPT_INVALID_CODE;  // the script of items.back()
  for (const CharInfo& c : chars) {
    while (s + 1 < spans.size() && c.start >= spans[s].end) ++s;
    int level = levels.at(c.start);
    if (!items.empty()) {
      ShapingItem& last = items.back();
      if (last.level == level && last.face == c.face && last.span == s && item_script == c.script) {
        last.end = c.end;
        continue;
      }
    }
    items.push_back({c.start, c.end, level, uscript_getShortName(c.script), c.face, s});
    item_script = c.script;
  }
  return items;
}

}  // namespace siyasa
