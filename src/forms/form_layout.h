// Stage "forms", paper part: a FormSpec, an OrgData and the fonts in, an A4 right-to-left
// PagedDocument out — letterhead, title, instructions, then each section with its boxes, digit
// cells and writing lines drawn as vector rules. Pages break only between sections, between the
// rows of a long section, or between table rows (a table's header repeats).
#pragma once

#include <memory>

#include "core/deadline.h"
#include "core/diagnostic.h"
#include "data/org.h"
#include "forms/form_spec.h"
#include "layout/paged_document.h"
#include "text/fonts.h"

namespace siyasa {

// Sizes for handwriting, in millimetres.
inline constexpr double kFormCellMm = 7.5;   // a digit cell's width (≥ 7 mm)
inline constexpr double kFormLineMm = 9.0;   // distance between writing lines (≥ 8 mm)

// Fails only when `deadline` expires: time_limit_error at the field it had reached.
Result<PagedDocument> layout_form(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                                  const FormSpec& spec, const Deadline& deadline = {});

}  // namespace siyasa
