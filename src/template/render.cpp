#include "template/render.h"

#include <kainjow/mustache.hpp>

#include <algorithm>

namespace siyasa {
namespace {

namespace mstch = kainjow::mustache;

mstch::data to_data(const ContextValue& value) {
  using K = ContextValue::Kind;
  switch (value.kind) {
    case K::text:
      // An empty text is false in sections, as a missing value should be.
      return value.text.empty() ? mstch::data(false) : mstch::data(value.text);
    case K::flag: return mstch::data(value.flag);
    case K::list: {
      mstch::data list(mstch::data::type::list);
      for (const auto& item : value.items) list.push_back(to_data(item));
      return list;
    }
    case K::table: {
      mstch::data table(mstch::data::type::object);
      for (const auto& [k, v] : value.fields) table.set(k, to_data(v));
      return table;
    }
    case K::helper: {
      SectionHelper helper = value.helper;
      return mstch::data(mstch::lambda2{[helper](const std::string& text, const mstch::renderer& render) {
        return helper(text, [&render](const std::string& s) { return render(s); });
      }});
    }
  }
  return mstch::data(false);
}

bool is_standalone_tag(std::string_view line) {
  size_t begin = line.find_first_not_of(" \t");
  size_t end = line.find_last_not_of(" \t\r");
  if (begin == std::string_view::npos) return false;
  line = line.substr(begin, end - begin + 1);
  return line.size() > 4 && line.starts_with("{{") && line.ends_with("}}") &&
         std::string_view("#^/!").find(line[2]) != std::string_view::npos &&
         line.find("{{", 2) == std::string_view::npos;
}

// A line holding only a section tag or a comment disappears from the output (Mustache's
// "standalone" rule). kainjow 4.1 leaves a blank line where such a section is skipped, which
// would split Markdown lists, so the rule is applied here: the tag's indentation and line break
// become one unit separator (never in values: escape_markdown drops it), removed after rendering.
constexpr char kGone = '\x1F';

std::string mark_standalone_tags(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (is_standalone_tag(line)) {
      size_t begin = line.find_first_not_of(" \t");
      size_t last = line.find_last_not_of(" \t\r");
      out += line.substr(begin, last - begin + 1);
      out += kGone;
    } else {
      out += line;
      if (end != std::string_view::npos) out += '\n';
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

// Thrown out of kainjow when a merge passes its bound (kainjow holds only values that clean up
// after themselves); render() turns it into a RenderError.
struct MergeStopped {
  RenderError::Kind kind;
};

// What one merge may still spend: bytes written, and a step for each lookup and each section
// entered (a line of nested sections is written out only at its end, so the steps bound it
// before that). The deadline is read every kStepsPerClock steps.
class Budget {
 public:
  Budget(std::size_t limit, const Deadline& deadline) : left_(limit), deadline_(deadline) {}
  void spend(std::size_t bytes) {
    if (bytes >= left_) throw MergeStopped{RenderError::Kind::too_large};
    left_ -= bytes;
    if (++steps_ % kStepsPerClock == 0 && deadline_.expired()) throw MergeStopped{RenderError::Kind::out_of_time};
  }

 private:
  static constexpr std::size_t kStepsPerClock = 256;
  std::size_t left_;
  std::size_t steps_ = 0;
  const Deadline& deadline_;
};

// kainjow's context with every lookup and section entry counted against the budget.
class BoundedContext : public mstch::context<std::string> {
 public:
  BoundedContext(const mstch::data* data, Budget& budget) : mstch::context<std::string>(data), budget_(budget) {}
  void push(const mstch::data* data) override {
    budget_.spend(1);
    mstch::context<std::string>::push(data);
  }
  const mstch::data* get(const std::string& name) const override {
    const mstch::data* value = mstch::context<std::string>::get(name);
    budget_.spend(1 + (value && value->is_string() ? value->string_value().size() : 0));
    return value;
  }

 private:
  Budget& budget_;
};

// Where kainjow writes the merged text: appended, each piece counted.
struct BoundedSink {
  Budget& budget;
  std::string& out;
  BoundedSink& operator<<(const std::string& piece) {
    budget.spend(piece.size());
    out += piece;
    return *this;
  }
};

}  // namespace

std::size_t merged_size_limit(std::size_t text_size) {
  return std::max(kMergeGrowth * text_size, kMergeFloor);
}

struct MustacheContext::Data {
  mstch::data data;
};

MustacheContext::MustacheContext(const ContextValue& context, const Deadline& deadline)
    : context_(context), deadline_(deadline) {}

MustacheContext::~MustacheContext() = default;

std::optional<std::string> MustacheContext::render(std::string_view text, RenderError& error) {
  std::string out;
  if (text.find("{{") == std::string_view::npos) {
    out = text;
  } else {
    mstch::mustache tmpl{mark_standalone_tags(text)};
    // Values are escaped for Markdown when the context is built; HTML escaping would be wrong here.
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    if (!tmpl.is_valid()) {
      error = {RenderError::Kind::syntax, tmpl.error_message()};
      return std::nullopt;
    }
    if (!data_) data_.reset(new Data{to_data(context_)});
    const std::size_t limit = merged_size_limit(text.size());
    Budget budget(limit, deadline_);
    try {
      BoundedContext bounded(&data_->data, budget);
      BoundedSink sink{budget, out};
      tmpl.render(bounded, sink);
    } catch (const MergeStopped& stop) {
      error.kind = stop.kind;
      error.message = stop.kind == RenderError::Kind::too_large
                          ? "the merged text grows past " + std::to_string(limit / 1024) + " KB (" +
                                std::to_string(kMergeGrowth) + " times the text's own size, at least " +
                                std::to_string(kMergeFloor / 1024) + " KB)"
                          : "the time limit ran out while the text was merged";
      return std::nullopt;
    }
    if (!tmpl.is_valid()) {
      error = {RenderError::Kind::syntax, tmpl.error_message()};
      return std::nullopt;
    }
  }
  std::erase(out, kGone);
  return out;
}

std::optional<std::string> render_mustache(std::string_view text, const ContextValue& context, RenderError& error) {
  return MustacheContext(context).render(text, error);
}

}  // namespace siyasa
