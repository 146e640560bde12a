// The single place where the layout stage calls the text engine; tests build a Typesetter with a
// fake paragraph function instead and never link this in.
#include "layout/typeset.h"

namespace siyasa {

Typesetter make_typesetter(std::shared_ptr<const FontSet> fonts) {
  Typesetter ts;
  ts.fonts = fonts;
  ts.paragraph = [fonts, problems = ts.problems](const ParagraphSpec& spec) {
    ParagraphLayout layout = layout_paragraph(*fonts, spec);
    problems->insert(problems->end(), layout.warnings.begin(), layout.warnings.end());
    return layout;
  };
  return ts;
}

}  // namespace siyasa
