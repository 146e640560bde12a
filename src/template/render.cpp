#include "template/render.h"

#include <kainjow/mustache.hpp>

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

}  // namespace

std::optional<std::string> render_mustache(std::string_view text, const ContextValue& context, std::string& error) {
  mstch::mustache tmpl{std::string(text)};
  // Values are escaped for Markdown when the context is built; HTML escaping would be wrong here.
  tmpl.set_custom_escape([](const std::string& s) { return s; });
  if (!tmpl.is_valid()) {
    error = tmpl.error_message();
    return std::nullopt;
  }
  const mstch::data data = to_data(context);
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    error = tmpl.error_message();
    return std::nullopt;
  }
  return out;
}

}  // namespace siyasa
