// Stage "text": bidi levels and per-line visual runs through ICU ubidi (see bidi.h).
#include "text/bidi.h"

#include <unicode/ubidi.h>

#include "text/utf16.h"

namespace siyasa {

struct BidiParagraph::Impl {
  Utf16Text text;
  UBiDi* para = nullptr;
  int base_level = 1;
  std::vector<std::uint8_t> levels;  // per byte
  ~Impl() {
    if (para) ubidi_close(para);
  }
};

BidiParagraph::BidiParagraph(std::string_view text, BidiBase base) : impl_(new Impl) {
  impl_->text = to_utf16(text);
  const std::u16string& units = impl_->text.units;
  UErrorCode status = U_ZERO_ERROR;
  impl_->para = ubidi_openSized(static_cast<int32_t>(units.size()), 0, &status);
  UBiDiLevel level = base == BidiBase::ltr   ? 0
                     : base == BidiBase::rtl ? 1
                                             : UBIDI_DEFAULT_RTL;
  ubidi_setPara(impl_->para, units.data(), static_cast<int32_t>(units.size()), level, nullptr,
                &status);
  impl_->levels.assign(text.size(), 0);
  if (U_FAILURE(status)) {  // only on allocation failure; fall back to one base-level run
    impl_->base_level = base == BidiBase::ltr ? 0 : 1;
    impl_->levels.assign(text.size(), static_cast<std::uint8_t>(impl_->base_level));
    ubidi_close(impl_->para);
    impl_->para = nullptr;
    return;
  }
  impl_->base_level = ubidi_getParaLevel(impl_->para) & 1;
  for (std::size_t b = 0; b < text.size(); ++b) {
    impl_->levels[b] =
        ubidi_getLevelAt(impl_->para, static_cast<int32_t>(impl_->text.unit_of_byte[b]));
  }
}

BidiParagraph::~BidiParagraph() = default;

int BidiParagraph::base_level() const { return impl_->base_level; }

const std::vector<std::uint8_t>& BidiParagraph::levels() const { return impl_->levels; }

std::vector<VisualRun> BidiParagraph::reorder_line(std::size_t start, std::size_t end) const {
  std::vector<VisualRun> runs;
  if (start >= end) return runs;
  if (impl_->para == nullptr) {
    runs.push_back({start, end, impl_->base_level == 1});
    return runs;
  }
  const Utf16Text& t = impl_->text;
  const int32_t u_start = static_cast<int32_t>(t.unit_of_byte[start]);
  const int32_t u_end = static_cast<int32_t>(t.unit_of_byte[end]);
  UErrorCode status = U_ZERO_ERROR;
  UBiDi* line = ubidi_openSized(u_end - u_start, 0, &status);
  ubidi_setLine(impl_->para, u_start, u_end, line, &status);
  int32_t count = U_SUCCESS(status) ? ubidi_countRuns(line, &status) : 0;
  if (U_FAILURE(status)) {
    ubidi_close(line);
    runs.push_back({start, end, impl_->base_level == 1});
    return runs;
  }
  for (int32_t i = 0; i < count; ++i) {
    int32_t logical = 0, length = 0;
    UBiDiDirection dir = ubidi_getVisualRun(line, i, &logical, &length);
    runs.push_back({t.byte_of_unit[u_start + logical], t.byte_of_unit[u_start + logical + length],
                    dir == UBIDI_RTL});
  }
  ubidi_close(line);
  return runs;
}

}  // namespace siyasa
