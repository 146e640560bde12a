#include "pdf/font_subset.h"

#include <hb-subset.h>

namespace siyasa {

FontSubset subset_font(hb_face_t* face, bool cff, const std::vector<std::uint32_t>& glyphs) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return {};
  hb_set_t* kept = hb_subset_input_glyph_set(input);
  hb_set_add(kept, 0);
  for (std::uint32_t glyph : glyphs) hb_set_add(kept, glyph);
  // A PDF places every glyph itself: shaping tables and hinting are dead weight. .notdef keeps
  // its outline (a box), so a glyph missing from the subset shows as one.
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG"})
    hb_set_add(drop, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
  // The name table stays, with the font's copyright, names, trademark and licence (IDs 0-7, 13, 14).
  hb_set_t* names = hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
  for (unsigned id : {0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u, 13u, 14u}) hb_set_add(names, id);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NOTDEF_OUTLINE |
                                       (cff ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  hb_subset_input_destroy(input);
  if (!plan) return {};
  FontSubset out;
  if (!cff) {
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
