// Commands whose stages have not landed yet. Each moves to its own file when it does.
#include <iostream>

#include "cli/commands.h"

namespace siyasa::cli {
namespace {
int not_yet(const char* what) {
  std::cerr << "siyasa: " << what << " is not yet available in this version\n";
  return kUsage;
}
}  // namespace

int run_build(const BuildOptions&) { return not_yet("build"); }

}  // namespace siyasa::cli
