#include "pdf/font_subset.h"

#include <optional>
#include <string_view>

#include <hb-subset.h>

#include "pdf/truetype_subset.h"

namespace siyasa {
namespace {

// TrueType outlines: our own subsetter (truetype_subset.h). hb-subset takes 40 % longer, working
// out much a PDF never reads (layout closure, cmap, name, OS/2 ranges).
std::optional<FontSubset> subset_truetype_font(hb_face_t* face,
                                               const std::vector<std::uint32_t>& glyphs) {
  std::vector<hb_blob_t*> blobs;
  auto table = [&](const char* tag) {
    blobs.push_back(hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3])));
    unsigned length = 0;
    const char* data = hb_blob_get_data(blobs.back(), &length);
    return std::string_view(data ? data : "", length);
  };
  const TrueTypeTables tables{table("head"), table("hhea"), table("maxp"), table("hmtx"),
                              table("loca"), table("glyf"), table("OS/2"), table("post")};
  std::optional<TrueTypeSubset> subset = subset_truetype(tables, glyphs);
  for (hb_blob_t* blob : blobs) hb_blob_destroy(blob);
  if (!subset) return std::nullopt;
  return FontSubset{std::move(subset->font), std::move(subset->old_ids)};
}

}  // namespace

FontSubset subset_font(hb_face_t* face, bool cff, const std::vector<std::uint32_t>& glyphs) {
  if (!cff && !glyphs.empty())
    if (std::optional<FontSubset> subset = subset_truetype_font(face, glyphs)) return std::move(*subset);
  // CFF outlines, or a TrueType font our subsetter cannot read: hb-subset.
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return {};
  hb_set_t* kept = hb_subset_input_glyph_set(input);
  hb_set_add(kept, 0);
  for (std::uint32_t glyph : glyphs) hb_set_add(kept, glyph);
  // A PDF places every glyph itself: shaping tables and hinting are dead weight.
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG"})
    hb_set_add(drop, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING |
                                       (cff ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  hb_subset_input_destroy(input);
  if (!plan) return {};
  FontSubset out;
  if (!cff && !glyphs.empty()) {
    const hb_map_t* renumbered = hb_subset_plan_new_to_old_glyph_mapping(plan);
    out.old_ids.resize(hb_map_get_population(renumbered));
    for (std::uint32_t now = 0; now < out.old_ids.size(); ++now)
      out.old_ids[now] = hb_map_get(renumbered, now);
  }
  hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
  hb_subset_plan_destroy(plan);
  if (!subset) return {};
  hb_blob_t* blob = hb_face_reference_blob(subset);
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  out.font.assign(data, length);
  hb_blob_destroy(blob);
  hb_face_destroy(subset);
  return out;
}

}  // namespace siyasa
