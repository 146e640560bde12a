// Stage "pdf", internal: cairo 1.16 (Debian 12) deadlocks when two threads draw with, or destroy,
// scaled fonts at the same time (one thread holds the font map's lock and waits for a scaled
// font's, the other the reverse — seen in `siyasa build` over 200 organisations). Every use of
// cairo in this stage holds this lock for as long as its cairo objects live; layout and
// everything before it still run in parallel. The faces opened for cairo (font_faces.cpp) are
// shared by all documents and used only under this lock too.
#pragma once

#include <mutex>

namespace siyasa {

inline std::recursive_mutex& cairo_lock() {
  static std::recursive_mutex lock;
  return lock;
}

}  // namespace siyasa
