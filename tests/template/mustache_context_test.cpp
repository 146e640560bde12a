// The Mustache renderer's context is converted once per document: every text merged through one
// MustacheContext reads as the same text merged in a context converted for it alone.
#include <gtest/gtest.h>

#include "template/render.h"

namespace siyasa {
namespace {

ContextValue sample_context() {
  ContextValue c;
  c.set("org.name", ContextValue::of_value("جمعية مفاتيح"));
  c.set("org.empty", ContextValue::of_value(""));
  c.set("flag", ContextValue::of_flag(true));
  c.set("items", ContextValue::of_list({ContextValue::of_text("أ"), ContextValue::of_text("ب")},
                                       ContextValue::of_text("x")));
  c.set("upper", ContextValue::of_helper([](const std::string& raw, const auto& render) {
    return "[" + render(raw) + "]";
  }));
  return c;
}

TEST(MustacheContext, EveryTextMergesAsInAFreshContext) {
  const ContextValue context = sample_context();
  const std::vector<std::string> texts = {
      "no tags at all\n",
      "{{org.name}} و{{#flag}}نعم{{/flag}}{{^flag}}لا{{/flag}}",
      "- first\n{{#items}}\n- {{.}}\n{{/items}}\n- last\n",
      "{{#upper}}{{org.name}}{{/upper}}",
      "{{#org.empty}}hidden{{/org.empty}}shown",
      "no tags, a unit separator \x1F dropped",
      "{{org.name}}",
  };
  MustacheContext kept(context);
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      std::string kept_error, fresh_error;
      auto from_kept = kept.render(text, kept_error);
      auto fresh = render_mustache(text, context, fresh_error);
      ASSERT_TRUE(from_kept.has_value()) << text << ": " << kept_error;
      ASSERT_TRUE(fresh.has_value()) << text << ": " << fresh_error;
      EXPECT_EQ(*from_kept, *fresh) << text;
    }
  }
  std::string error;
  EXPECT_EQ(kept.render(texts[1], error), "جمعية مفاتيح ونعم");
  EXPECT_EQ(kept.render(texts[2], error), "- first\n- أ\n- ب\n- last\n");
  EXPECT_EQ(kept.render(texts[3], error), "[جمعية مفاتيح]");
  EXPECT_EQ(kept.render(texts[5], error), "no tags, a unit separator  dropped");
}

TEST(MustacheContext, BrokenTextIsAnErrorEveryTime) {
  const ContextValue context = sample_context();
  MustacheContext kept(context);
  std::string error;
  EXPECT_FALSE(kept.render("{{#flag}}open", error).has_value());
  EXPECT_FALSE(error.empty());
  error.clear();
  EXPECT_EQ(kept.render("{{org.name}}", error), "جمعية مفاتيح");
  EXPECT_FALSE(kept.render("{{#flag}}open", error).has_value());
}

}  // namespace
}  // namespace siyasa
