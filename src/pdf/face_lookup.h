// Stage "pdf", internal: how the writers find a face's file. The public writers ask the
// document's FontSet; tests of non-text features may answer directly.
#pragma once

#include <functional>

#include "text/fonts.h"

namespace siyasa {

using FaceLookup = std::function<FaceFile(FaceId)>;

}  // namespace siyasa
