// Shared by the stages whose work grows with the input (page layout, forms): a time bound for
// one document, from the CLI's --time-limit. A stage asks expired() between units of work and,
// once it has, stops and returns time_limit_error(...) — nothing is written for that document.
#pragma once

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace siyasa {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;
  using Seconds = std::chrono::duration<double>;

  Deadline() = default;  // no limit: never expires

  // `limit` from now. Zero means no limit, as --time-limit 0 does; so do a negative limit, one
  // that is not a number, and one past kLongest (which the clock could not add).
  static Deadline after(Seconds limit) {
    if (!(limit > Seconds::zero() && limit <= kLongest)) return {};
    return at(Clock::now() + std::chrono::duration_cast<Clock::duration>(limit), limit);
  }
  static constexpr Seconds kLongest{1e9};  // about 31 years

  // Ends at `end`, which stands for a limit of `limit` (for the message). Tests pass an `end`
  // in the past to get a deadline that has already expired.
  static Deadline at(Clock::time_point end, Seconds limit) {
    Deadline d;
    d.end_ = end;
    d.limit_ = limit;
    return d;
  }

  bool limited() const { return end_.has_value(); }
  bool expired() const { return end_ && Clock::now() >= *end_; }
  Seconds limit() const { return limit_; }

 private:
  std::optional<Clock::time_point> end_;
  Seconds limit_{0};
};

// The error every stage gives when a document runs out of time; `where` is the input being
// worked on when the time ran out (the template's line, the form spec's field).
inline Diagnostic time_limit_error(SourcePos where, const Deadline& deadline) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%g", deadline.limit().count());
  return make_error(std::move(where),
                    std::string("the document took longer than ") + seconds +
                        " s, the limit per document; it was stopped here",
                    "make the document smaller, or raise the limit with --time-limit SECONDS "
                    "(0 = no limit)");
}

}  // namespace siyasa
