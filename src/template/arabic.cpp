#include "template/arabic.h"

namespace siyasa {
namespace {

constexpr std::string_view kAl = "ال";
constexpr std::string_view kAlef = "ا";
constexpr std::string_view kLam = "ل";

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string localize_digits(std::string_view text, Numerals numerals) {
  if (numerals == Numerals::latn) return std::string(text);
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      // U+0660 + d: 0xD9 0xA0+d in UTF-8
      out += static_cast<char>(0xD9);
      out += static_cast<char>(0xA0 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string western_digits(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto b0 = static_cast<unsigned char>(text[i]);
    if (i + 1 < text.size()) {
      auto b1 = static_cast<unsigned char>(text[i + 1]);
      if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) {  // U+0660..0669
        out += static_cast<char>('0' + (b1 - 0xA0));
        ++i;
        continue;
      }
      if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) {  // U+06F0..06F9
        out += static_cast<char>('0' + (b1 - 0xB0));
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string with_li(std::string_view noun) {
  // ل before the article drops the alef: ل + الجمعية = للجمعية; and before an article whose
  // noun starts with lam, the lams merge: ل + اللجنة = للجنة.
  if (starts_with(noun, "الل")) return "لل" + std::string(noun.substr(std::string_view("الل").size()));
  if (starts_with(noun, kAl)) return std::string(kLam) + std::string(noun.substr(kAlef.size()));
  return std::string(kLam) + std::string(noun);
}

std::string with_bi(std::string_view noun) { return "ب" + std::string(noun); }

std::string weeks_phrase(long long weeks, Numerals numerals) {
  if (weeks == 1) return "أسبوع";
  if (weeks == 2) return "أسبوعين";
  std::string n = localize_digits(std::to_string(weeks), numerals);
  if (weeks >= 3 && weeks <= 10) return n + " أسابيع";
  return n + " أسبوعاً";
}

std::string choose_form(std::string_view forms, size_t index) {
  int depth = 0;     // inside a {{…}} tag
  int sections = 0;  // inside a section: {{#g}}ها|ه{{/g}} within one form does not split it
  size_t start = 0, found = 0;
  for (size_t i = 0; i < forms.size(); ++i) {
    if (forms.substr(i, 2) == "{{") {
      const char sigil = i + 2 < forms.size() ? forms[i + 2] : 0;
      if (sigil == '#' || sigil == '^') ++sections;
      if (sigil == '/' && sections > 0) --sections;
      ++depth;
      ++i;
      continue;
    }
    if (forms.substr(i, 2) == "}}") { if (depth > 0) --depth; ++i; continue; }
    if (forms[i] == '|' && depth == 0 && sections == 0) {
      if (found == index) return std::string(forms.substr(start, i - start));
      ++found;
      start = i + 1;
    }
  }
  return std::string(forms.substr(start));
}

std::string choose_gendered(std::string_view pair, Gender gender) {
  return choose_form(pair, gender == Gender::feminine ? 0 : 1);
}

}  // namespace siyasa
