// Test helper for the markdown stage: a DocTree as an indented one-line-per-node trace, the
// format the spec files in tests/markdown/spec/ use for their expected output.
#pragma once

#include <string>

#include "markdown/doctree.h"

namespace siyasa::testing {

std::string trace_doctree(const DocTree& tree);

}  // namespace siyasa::testing
