// The single place where the layout stage calls the text engine; tests build a Typesetter with a
// fake paragraph function instead and never link this in.
#include "layout/typeset.h"

namespace siyasa {

Typesetter make_typesetter(std::shared_ptr<const FontSet> fonts, const Deadline& deadline) {
  Typesetter ts;
  ts.fonts = fonts;
  ts.deadline = deadline;
  auto reported = std::make_shared<bool>(false);
  ts.paragraph = [fonts, deadline, reported, problems = ts.problems](const ParagraphSpec& spec) {
    ParagraphLayout layout = layout_paragraph(*fonts, spec, deadline);
    if (deadline.expired()) {  // this paragraph may be cut short, and the document fails
      if (!*reported) problems->push_back(time_limit_error({}, deadline));
      *reported = true;
      return ParagraphLayout{};
    }
    problems->insert(problems->end(), layout.warnings.begin(), layout.warnings.end());
    return layout;
  };
  return ts;
}

}  // namespace siyasa
