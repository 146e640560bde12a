// Shared by the stages that write output files: what writing one document produced — its
// diagnostics (errors mean nothing was written and any earlier file was kept) and its page count.
#pragma once

#include "core/diagnostic.h"

namespace siyasa {

struct OutputReport {
  Diagnostics diagnostics;
  int pages = 0;  // pages written (0 for HTML)
};

}  // namespace siyasa
