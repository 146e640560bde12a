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
      RenderError kept_error, fresh_error;
      auto from_kept = kept.render(text, kept_error);
      auto fresh = render_mustache(text, context, fresh_error);
      ASSERT_TRUE(from_kept.has_value()) << text << ": " << kept_error.message;
      ASSERT_TRUE(fresh.has_value()) << text << ": " << fresh_error.message;
      EXPECT_EQ(*from_kept, *fresh) << text;
    }
  }
  RenderError error;
  EXPECT_EQ(kept.render(texts[1], error), "جمعية مفاتيح ونعم");
  EXPECT_EQ(kept.render(texts[2], error), "- first\n- أ\n- ب\n- last\n");
  EXPECT_EQ(kept.render(texts[3], error), "[جمعية مفاتيح]");
  EXPECT_EQ(kept.render(texts[5], error), "no tags, a unit separator  dropped");
}

TEST(MustacheContext, BrokenTextIsAnErrorEveryTime) {
  const ContextValue context = sample_context();
  MustacheContext kept(context);
  RenderError error;
  EXPECT_FALSE(kept.render("{{#flag}}open", error).has_value());
  EXPECT_FALSE(error.message.empty());
  error = {};
  EXPECT_EQ(kept.render("{{org.name}}", error), "جمعية مفاتيح");
  EXPECT_FALSE(kept.render("{{#flag}}open", error).has_value());
}

// Lists inside lists multiply a text: the merge stops once it passes its bound, whether the text
// is one line (written out only at its end) or many.
TEST(MustacheContext, ARunawayMergeStopsAtItsBound) {
  ContextValue c;
  std::vector<ContextValue> items(40, ContextValue::of_text("بند طويل نسبيا للاختبار"));
  c.set("items", ContextValue::of_list(items, ContextValue::of_text("x")));
  std::string open, close;
  for (int i = 0; i < 6; ++i) {  // 40^6 items: far past any bound
    open += "{{#items}}";
    close += "{{/items}}";
  }
  for (const std::string& text : {open + "{{.}} " + close, open + "{{.}}\n" + close}) {
    MustacheContext kept(c);
    RenderError error;
    EXPECT_FALSE(kept.render(text, error).has_value());
    EXPECT_EQ(error.kind, RenderError::Kind::too_large) << error.message;
    EXPECT_NE(error.message.find("grows past 1024 KB"), std::string::npos) << error.message;
  }
  // The same list once is well within the bound.
  MustacheContext kept(c);
  RenderError error;
  EXPECT_TRUE(kept.render("{{#items}}{{.}}\n{{/items}}", error).has_value()) << error.message;
}

TEST(MustacheContext, AnExpiredDeadlineStopsTheMerge) {
  ContextValue c;
  std::vector<ContextValue> items(40, ContextValue::of_text("x"));
  c.set("items", ContextValue::of_list(items, ContextValue::of_text("x")));
  const Deadline expired = Deadline::at(Deadline::Clock::now() - std::chrono::seconds(1), Deadline::Seconds(1));
  MustacheContext kept(c, expired);
  RenderError error;
  EXPECT_FALSE(kept.render("{{#items}}{{#items}}{{.}}{{/items}}{{/items}}", error).has_value());
  EXPECT_EQ(error.kind, RenderError::Kind::out_of_time);
}

}  // namespace
}  // namespace siyasa
