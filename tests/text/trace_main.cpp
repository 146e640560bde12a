// Prints the stage trace of one paragraph (for writing and reviewing expected trace files):
//   text_trace [--width PT] [--kashida] [--ltr] TEXT
#include <cstdio>
#include <string>

#include "trace.h"

int main(int argc, char** argv) {
  siyasa::ParagraphSpec spec;
  spec.width = 1000;
  std::string text;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--width" && i + 1 < argc) spec.width = std::stod(argv[++i]);
    else if (a == "--kashida") spec.kashida = true;
    else if (a == "--ltr") spec.direction = siyasa::BaseDirection::ltr;
    else text = a;
  }
  spec.spans.push_back({text, {}});
  std::fputs(siyasa::test::trace_paragraph(siyasa::test::test_fonts(), spec).c_str(), stdout);
}
