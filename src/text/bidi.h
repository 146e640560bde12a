// Stage "text": the Unicode Bidirectional Algorithm (ICU ubidi) over a whole paragraph.
// UTF-8 text + a base direction in; an embedding level per byte out, and per line (after
// breaking) the line's runs in visual order. ICU stays inside src/text/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace siyasa {

enum class BidiBase { ltr, rtl, automatic };  // automatic: first strong letter, RTL if none

struct VisualRun {
  std::size_t start = 0, end = 0;  // byte range in the paragraph text
  bool rtl = false;
};

class BidiParagraph {
 public:
  BidiParagraph(std::string_view text, BidiBase base);
  ~BidiParagraph();
  BidiParagraph(const BidiParagraph&) = delete;
  BidiParagraph& operator=(const BidiParagraph&) = delete;

  int base_level() const;                               // 0 (LTR) or 1 (RTL)
  const std::vector<std::uint8_t>& levels() const;      // one per byte of the text

  // The line [start, end) in visual order, left to right (ubidi_setLine; trailing whitespace
  // goes to the paragraph level as rule L1 says).
  std::vector<VisualRun> reorder_line(std::size_t start, std::size_t end) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace siyasa
