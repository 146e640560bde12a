// Stage "preview", internal: cairo 1.16 (Debian 12) deadlocks when two threads draw with, or destroy,
// scaled fonts at the same time (one thread holds the font map's lock and waits for a scaled
// font's, the other the reverse — seen in `siyasa build` over 200 organisations, when cairo still
// wrote the PDFs). The PNG previews, cairo's only use now, hold this lock for as long as their
// cairo objects live. The faces opened for cairo (font_faces.cpp) are shared by all previews and
// used only under this lock too.
#pragma once

#include <mutex>

namespace siyasa {

inline std::recursive_mutex& cairo_lock() {
  static std::recursive_mutex lock;
  return lock;
}

}  // namespace siyasa
