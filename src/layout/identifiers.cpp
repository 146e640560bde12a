// Stage "layout", paragraph step 1b: identifiers a line never breaks inside (see
// paragraph_parts.h, identifier_runs). ICU allows breaks after "/" and "-" inside a web address
// and at the spaces of "+966 13 580 0000" or "٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م"; a reader copying a
// phone number or an IBAN from a page must find it on one line.
#include <algorithm>

#include "layout/paragraph_parts.h"
#include "text/utf16.h"

namespace siyasa {

namespace {

constexpr int kPhoneDigits = 7;  // groups of digits with this many digits in all are a number

struct Token {
  std::size_t start = 0, end = 0;  // bytes
  std::size_t gap_end = 0;         // end of the spaces after it (= next token's start)
  bool newline_after = false;      // the spaces after it hold a line break
  std::u32string chars;
};

bool is_gap(char32_t c) { return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x202F; }
bool is_newline(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
}
bool is_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}
bool is_latin_alnum(char32_t c) {
  return is_digit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
bool is_dash(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2013 || c == 0x2014; }
// Around an identifier, not part of it: brackets, closing punctuation, bidi controls.
bool is_wrapper(char32_t c) {
  return c == U'(' || c == U')' || c == U'[' || c == U']' || c == U'«' || c == U'»' ||
         c == U'"' || c == U',' || c == U'.' || c == U';' || c == U':' || c == 0x060C ||
         c == 0x061B || c == 0x061F || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

std::u32string core_of(const std::u32string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && is_wrapper(s[a])) ++a;
  while (b > a && is_wrapper(s[b - 1])) --b;
  return s.substr(a, b - a);
}

// "+966", "13", "0000": digits only, a "+" allowed first.
bool is_digit_group(const std::u32string& core, bool first) {
  if (core.empty()) return false;
  std::size_t i = first && core[0] == U'+' ? 1 : 0;
  if (i == core.size()) return false;
  for (; i < core.size(); ++i)
    if (!is_digit(core[i])) return false;
  return true;
}

// Holds digits/digits: a date such as ١٥/٠٩/٢٠٢٥م.
bool has_date(const std::u32string& s) {
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if (s[i] == U'/' && is_digit(s[i - 1]) && is_digit(s[i + 1])) return true;
  return false;
}

bool dash_only(const std::u32string& core) {
  return !core.empty() && std::all_of(core.begin(), core.end(), is_dash);
}

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  bool in_token = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t c = next_codepoint(text, i);
    if (is_gap(c) || is_newline(c)) {
      in_token = false;
      if (!tokens.empty()) {
        tokens.back().gap_end = i;
        if (is_newline(c)) tokens.back().newline_after = true;
      }
      continue;
    }
    if (!in_token) tokens.push_back({at, at, at, false, {}});
    in_token = true;
    tokens.back().chars.push_back(c);
    tokens.back().end = tokens.back().gap_end = i;
  }
  return tokens;
}

bool is_era(const std::u32string& core) { return core == U"م" || core == U"هـ" || core == U"ه"; }

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> identifier_runs(std::string_view text) {
  const std::vector<Token> t = tokens_of(text);
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  auto joined = [&](std::size_t k) {  // token k and k + 1 stand on one line of the source
    return k + 1 < t.size() && !t[k].newline_after;
  };
  for (std::size_t k = 0; k < t.size();) {
    const std::u32string core = core_of(t[k].chars);
    std::size_t last = k;
    // Groups of digits separated by spaces: a phone number; or by "/" standing alone: a date
    // written "١٥ / ٠٩ / ٢٠٢٥ م".
    if (is_digit_group(core, true)) {
      int digits = 0;
      for (char32_t c : core) digits += is_digit(c) ? 1 : 0;
      bool slashed = false;
      std::size_t j = k;
      for (;;) {
        if (joined(j) && is_digit_group(core_of(t[j + 1].chars), false)) {
          ++j;
        } else if (joined(j) && joined(j + 1) && t[j + 1].chars == U"/" &&
                   is_digit_group(core_of(t[j + 2].chars), false)) {
          j += 2;
          slashed = true;
        } else {
          break;
        }
        for (char32_t c : core_of(t[j].chars)) digits += is_digit(c) ? 1 : 0;
      }
      if (slashed && joined(j) && is_era(core_of(t[j + 1].chars))) ++j;
      if (j > k && (slashed || core[0] == U'+' || digits >= kPhoneDigits)) last = j;
    }
    // Two dates joined by a dash: "٢٣/٠٣/١٤٤٧هـ - ١٥/٠٩/٢٠٢٥م".
    if (last == k && has_date(core)) {
      if (joined(k) && joined(k + 1) && dash_only(core_of(t[k + 1].chars)) &&
          has_date(t[k + 2].chars))
        last = k + 2;
      else if (joined(k) && is_dash(t[k + 1].chars[0]) && has_date(t[k + 1].chars))
        last = k + 1;
      else if (joined(k) && is_dash(t[k].chars.back()) && has_date(t[k + 1].chars))
        last = k + 1;
    }
    const bool identifier =
        last > k || std::any_of(t[k].chars.begin(), t[k].chars.end(), is_latin_alnum);
    if (identifier) runs.emplace_back(t[k].start, t[last].end);
    k = last + 1;
  }
  return runs;
}

void keep_identifiers_whole(Prepared& p) {
  const auto runs = identifier_runs(p.text);
  std::vector<BreakOpportunity> kept;
  kept.reserve(p.breaks.size());
  std::size_t r = 0;
  for (const BreakOpportunity& b : p.breaks) {
    while (r < runs.size() && runs[r].second <= b.offset) ++r;
    if (b.mandatory || r == runs.size() || runs[r].first >= b.offset) kept.push_back(b);
  }
  p.breaks = std::move(kept);
}

}  // namespace siyasa
