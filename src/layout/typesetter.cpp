// The single place where the layout stage calls the text engine; tests build a Typesetter with a
// fake paragraph function instead and never link this in.
#include "layout/typeset.h"

namespace siyasa {

Typesetter make_typesetter(std::shared_ptr<const FontSet> fonts) {
  Typesetter ts;
  ts.fonts = fonts;
  ts.paragraph = [fonts](const ParagraphSpec& spec) { return layout_paragraph(*fonts, spec); };
  return ts;
}

}  // namespace siyasa
