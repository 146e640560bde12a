#include "template/wording_diff.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>

namespace siyasa {
namespace {

// Two texts of a few pages each; past this the table of a word-by-word comparison is too big.
constexpr std::size_t kMaxCells = 25'000'000;

struct Word {
  std::string shown;  // as written
  std::string key;    // as compared
  int block = -1;     // index of its block (words of the blocks' side only)
  int line = 0;       // line of the other text it stands on (words of the other side only)
};

bool is_ignored(UChar32 c) {
  return (c >= 0x064B && c <= 0x0652) || c == 0x0670 || c == 0x0640 ||  // harakat, dagger alef, tatweel
         (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
         c == 0x061C || c == 0xFEFF || c == 0x00AD;
}

bool is_punctuation(UChar32 c) {
  static const std::u32string marks = U"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~،؛؟«»…–—•·”“‘’";
  return marks.find(static_cast<char32_t>(c)) != std::u32string::npos;
}

std::string key_of(const std::string& word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normal = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = normal;
  }
  std::u32string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (is_ignored(c)) continue;
    if (c >= 0x0660 && c <= 0x0669) c = '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) c = '0' + (c - 0x06F0);
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    out += static_cast<char32_t>(c);
  }
  size_t b = 0, e = out.size();
  while (b < e && is_punctuation(out[b])) ++b;
  while (e > b && is_punctuation(out[e - 1])) --e;
  icu::UnicodeString trimmed;
  for (size_t i = b; i < e; ++i) trimmed.append(static_cast<UChar32>(out[i]));
  std::string utf8;
  trimmed.toUTF8String(utf8);
  return utf8;
}

bool is_space_at(std::string_view s, size_t i, size_t& width) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n' || s[i] == '\f') {
    width = 1;
    return true;
  }
  if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space
    width = 2;
    return true;
  }
  return false;
}

void add_words(std::string_view text, int block, std::vector<Word>& out, int line = 0) {
  size_t i = 0;
  while (i < text.size()) {
    size_t width = 0;
    if (is_space_at(text, i, width)) {
      i += width;
      continue;
    }
    size_t start = i;
    while (i < text.size() && !is_space_at(text, i, width)) ++i;
    Word w{std::string(text.substr(start, i - start)), "", block, line};
    w.key = key_of(w.shown);
    if (!w.key.empty()) out.push_back(std::move(w));
  }
}

// A list marker at the start of a line of pasted text ("1.", "١-", "(٣)", "•", "أ-"): not a word
// of the policy (siyasa's own numbering is not in the blocks either).
std::string_view without_list_marker(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return {};
  line.remove_prefix(i);
  for (std::string_view bullet : {"- ", "* ", "• ", "– ", "▪ ", "◦ "})
    if (line.starts_with(bullet)) return line.substr(bullet.size());
  size_t j = line.starts_with('(') ? 1 : 0;
  size_t digits = j;
  while (digits < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[digits]);
    if (c >= '0' && c <= '9') ++digits;
    else if (c == 0xD9 && digits + 1 < line.size() &&
             static_cast<unsigned char>(line[digits + 1]) >= 0xA0 && static_cast<unsigned char>(line[digits + 1]) <= 0xA9)
      digits += 2;  // ٠–٩
    else break;
  }
  if (digits > j && digits < line.size() && std::string_view(".-)").find(line[digits]) != std::string_view::npos) {
    size_t end = digits + 1;
    if (end < line.size() && line[end] == ' ') return line.substr(end + 1);
  }
  return line;
}

// "صفحة ٣ من ٥": the page numbers of a PDF, in no policy's wording.
bool is_page_number(std::string_view line) {
  std::vector<Word> words;
  add_words(line, -1, words);
  return words.size() == 4 && words[0].key == "صفحة" && words[2].key == "من";
}

std::vector<Word> other_words(std::string_view text) {
  std::vector<Word> out;
  size_t start = 0;
  for (int number = 1; start <= text.size(); ++number) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!is_page_number(line)) add_words(without_list_marker(line), -1, out, number);
    start = end + 1;
  }
  return out;
}

enum class Op : std::uint8_t { same, removed, added };

struct Step {
  Op op;
  size_t a = 0, b = 0;  // word of each side (b only for same/added, a only for same/removed)
};

// The longest common subsequence of the two word lists (by key), as steps in order.
std::vector<Step> align(const std::vector<Word>& a, const std::vector<Word>& b) {
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head].key == b[head].key) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail].key == b[b.size() - 1 - tail].key)
    ++tail;
  const size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);  // LCS length of a[i..], b[j..]
  auto at = [&](size_t i, size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[head + i].key == b[head + j].key ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<Step> steps;
  for (size_t k = 0; k < head; ++k) steps.push_back({Op::same, k, k});
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i].key == b[head + j].key) {
      steps.push_back({Op::same, head + i++, head + j++});
    } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      steps.push_back({Op::added, 0, head + j++});
    } else {
      steps.push_back({Op::removed, head + i++, 0});
    }
  }
  for (size_t k = 0; k < tail; ++k) steps.push_back({Op::same, head + n + k, head + m + k});
  return steps;
}

// One block's steps as a line: words in order, [-…-] around removed runs, {+…+} around added ones.
std::string render(const std::vector<Step>& steps, const std::vector<Word>& a, const std::vector<Word>& b) {
  std::string line;
  Op open = Op::same;
  auto close = [&]() {
    if (open == Op::removed) line += "-]";
    if (open == Op::added) line += "+}";
    open = Op::same;
  };
  for (const Step& s : steps) {
    if (s.op != open) {
      close();
      if (!line.empty()) line += ' ';
      if (s.op == Op::removed) line += "[-";
      if (s.op == Op::added) line += "{+";
      open = s.op;
    } else if (!line.empty()) {
      line += ' ';
    }
    line += s.op == Op::added ? b[s.b].shown : a[s.a].shown;
  }
  close();
  return line;
}

}  // namespace

Result<WordDiff> diff_words(const std::vector<PolicyBlock>& blocks, std::string_view other) {
  std::vector<Word> a;
  for (size_t k = 0; k < blocks.size(); ++k) add_words(blocks[k].text, static_cast<int>(k), a);
  std::vector<Word> b = other_words(other);
  if (a.size() * b.size() > kMaxCells) {
    return Result<WordDiff>::failure(make_error(
        {}, "the texts are too long to compare word by word (" + std::to_string(a.size()) + " and " +
                std::to_string(b.size()) + " words)",
        "compare one policy at a time: paste only that policy's text"));
  }
  // Each step belongs to a block: a word of the blocks to its own, an added word to the block
  // of the word before it (the first block when it comes first).
  std::vector<std::vector<Step>> per_block(blocks.size());
  if (!blocks.empty()) {
    const auto steps = align(a, b);
    // Each run of changes: the removed words go to their blocks; an added word to the block of
    // the unchanged word before it or after it when it stands on the same line of the other
    // text, or else to the block of the last removed word (a block reworded).
    int current = 0;
    for (size_t i = 0; i < steps.size();) {
      if (steps[i].op == Op::same) {
        current = a[steps[i].a].block;
        per_block[current].push_back(steps[i++]);
        continue;
      }
      const int before_line = i > 0 ? b[steps[i - 1].b].line : -1;
      size_t end = i;
      while (end < steps.size() && steps[end].op != Op::same) ++end;
      const int after_line = end < steps.size() ? b[steps[end].b].line : -1;
      const int after_block = end < steps.size() ? a[steps[end].a].block : current;
      int reworded = current;
      for (size_t k = i; k < end; ++k)
        if (steps[k].op == Op::removed) {
          reworded = a[steps[k].a].block;
          per_block[reworded].push_back(steps[k]);
        }
      for (size_t k = i; k < end; ++k) {
        if (steps[k].op != Op::added) continue;
        const int line = b[steps[k].b].line;
        per_block[line == before_line ? current : line == after_line ? after_block : reworded].push_back(steps[k]);
      }
      current = reworded;
      i = end;
    }
  }
  WordDiff out;
  out.blocks = static_cast<int>(blocks.size());
  for (size_t k = 0; k < blocks.size(); ++k) {
    const auto& steps = per_block[k];
    if (std::all_of(steps.begin(), steps.end(), [](const Step& s) { return s.op == Op::same; })) continue;
    ++out.blocks_differing;
    out.report += "\n@ " + blocks[k].id + "\n" + render(steps, a, b) + "\n";
  }
  return Result<WordDiff>::success(std::move(out));
}

}  // namespace siyasa
