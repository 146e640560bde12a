#include "template/tags.h"

#include <vector>

#include "core/suggest.h"

namespace siyasa {
namespace {

// Sections inside sections: the templates nest three deep at most. kainjow renders each level by
// recursion and re-reads a helper's text at every level, so a thousand levels take gigabytes.
constexpr std::size_t kMaxSectionDepth = 16;

struct Tag {
  char sigil = 0;  // 0 variable, '#', '^', '/', '!', '>', '=', '&', '{'
  std::string name;
  size_t offset = 0;  // byte offset of "{{"
};

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

class Positions {
 public:
  Positions(std::string_view text, SourcePos start) : text_(text), start_(std::move(start)) {}
  SourcePos at(size_t offset) const {
    int line = start_.line, column = start_.column > 0 ? start_.column : 1;
    for (size_t i = 0; i < offset && i < text_.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;  // count code points, not bytes
      }
    }
    return {start_.file, line, column};
  }

 private:
  std::string_view text_;
  SourcePos start_;
};

void collect_names(const ContextValue& v, const std::string& prefix, std::vector<std::string>& out) {
  for (const auto& [k, child] : v.fields) {
    std::string path = prefix.empty() ? k : prefix + "." + k;
    out.push_back(path);
    if (child.kind == ContextValue::Kind::table) collect_names(child, path, out);
  }
}

struct Frame {
  Tag tag;
  const ContextValue* scope = nullptr;  // pushed for the section's body (list item or table)
  bool live = true;  // the section's body is rendered for this organisation
};

class Checker {
 public:
  Checker(const ContextValue& root, Positions positions) : root_(root), positions_(std::move(positions)) {}

  void check(const std::vector<Tag>& tags) {
    for (const auto& tag : tags) visit(tag);
    for (const auto& frame : stack_) {
      if (too_deep_) break;  // the depth error says enough about this text
      error(frame.tag, "unclosed section '{{" + std::string(1, frame.tag.sigil) + frame.tag.name + "}}'",
            "close it with {{/" + frame.tag.name + "}}");
    }
  }

  Diagnostics take() { return std::move(errors_); }
  void error(const Tag& tag, std::string message, std::string hint = {}) {
    errors_.push_back(make_error(positions_.at(tag.offset), std::move(message), std::move(hint)));
  }

 private:
  const ContextValue* lookup(const std::string& name) const {
    if (name == ".") {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
        if (it->scope) return it->scope;
      return nullptr;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->scope)
        if (const auto* found = it->scope->find(name)) return found;
    }
    return root_.find(name);
  }

  // A value may be missing where it is never rendered: inside a section that is off for this
  // organisation, or inside a section that tests the value itself.
  bool guarded(const std::string& name) const {
    for (const auto& frame : stack_)
      if (!frame.live || (frame.tag.sigil == '#' && frame.tag.name == name)) return true;
    return false;
  }

  std::string suggestion(const std::string& name) const {
    std::vector<std::string> names;
    collect_names(root_, "", names);
    for (const auto& frame : stack_)
      if (frame.scope) collect_names(*frame.scope, "", names);
    return did_you_mean(name, names);
  }

  const ContextValue* resolve(const Tag& tag) {
    const ContextValue* value = lookup(tag.name);
    if (!value) error(tag, "unknown placeholder '" + tag.name + "'", suggestion(tag.name));
    return value;
  }

  void visit(const Tag& tag) {
    switch (tag.sigil) {
      case '!': return;
      case '>': return error(tag, "partials are not supported", "put shared text into the template itself");
      case '=': return error(tag, "changing the delimiters is not supported");
      case '&':
      case '{':
        return error(tag, "unescaped placeholder '" + tag.name + "'",
                     "every value is already escaped for Markdown: write {{" + tag.name + "}}");
      case '#':
      case '^': return open(tag);
      case '/': return close(tag);
      default: return variable(tag);
    }
  }

  void variable(const Tag& tag) {
    const ContextValue* value = resolve(tag);
    if (!value) return;
    using K = ContextValue::Kind;
    if (value->kind == K::table) {
      std::vector<std::string> fields;
      collect_names(*value, "", fields);
      std::string list;
      for (size_t i = 0; i < fields.size() && i < 6; ++i) list += (i ? ", " : "") + tag.name + "." + fields[i];
      error(tag, "'" + tag.name + "' is a group of values, not one value", "name one of them: " + list);
    } else if (value->kind == K::helper) {
      error(tag, "'" + tag.name + "' is a helper", "use it as a section: {{#" + tag.name + "}}…{{/" + tag.name + "}}");
    } else if (value->kind == K::list) {
      error(tag, "'" + tag.name + "' is a list", "go through it with {{#" + tag.name + "}}{{.}}{{/" + tag.name + "}}");
    } else if (value->kind == K::text && value->text.empty() && !guarded(tag.name)) {
      error(tag, "'" + tag.name + "' has no value for this organisation",
            "give it a value in the organisation file, or write {{#" + tag.name + "}}…{{/" + tag.name +
                "}} around the text that needs it");
    }
  }

  void open(const Tag& tag) {
    if (stack_.size() == kMaxSectionDepth && !too_deep_) {
      too_deep_ = true;
      error(tag, "sections nested more than " + std::to_string(kMaxSectionDepth) + " levels deep",
            "a template needs a few levels at most; close the sections you do not need");
    }
    Frame frame{tag, nullptr, true};
    if (const ContextValue* value = resolve(tag)) {
      using K = ContextValue::Kind;
      frame.live = tag.sigil == '#' ? value->truthy() : !value->truthy();
      if (tag.sigil == '#' && value->kind == K::list) frame.scope = value->item_shape.get();
      if (tag.sigil == '#' && value->kind == K::table) frame.scope = value;
    }
    stack_.push_back(frame);
  }

  void close(const Tag& tag) {
    if (stack_.empty()) return error(tag, "'{{/" + tag.name + "}}' closes a section that was never opened");
    if (stack_.back().tag.name != tag.name) {
      return error(tag, "'{{/" + tag.name + "}}' closes '" + stack_.back().tag.name + "'",
                   "sections close in the reverse order they open: expected {{/" + stack_.back().tag.name + "}}");
    }
    stack_.pop_back();
  }

  const ContextValue& root_;
  Positions positions_;
  std::vector<Frame> stack_;
  bool too_deep_ = false;  // reported once
  Diagnostics errors_;
};

}  // namespace

Diagnostics check_placeholders(std::string_view text, const ContextValue& context, const SourcePos& start) {
  Checker checker(context, Positions(text, start));
  std::vector<Tag> tags;
  size_t at = 0;
  while ((at = text.find("{{", at)) != std::string_view::npos) {
    Tag tag;
    tag.offset = at;
    const bool triple = text.substr(at, 3) == "{{{";
    const std::string_view closer = triple ? "}}}" : "}}";
    size_t end = text.find(closer, at + (triple ? 3 : 2));
    size_t newline = text.find('\n', at);
    if (end == std::string_view::npos || (newline != std::string_view::npos && newline < end)) {
      checker.error(tag, "unclosed tag '{{'", "a placeholder ends with }} on the same line");
      at += 2;
      continue;
    }
    std::string inner = trim(text.substr(at + (triple ? 3 : 2), end - at - (triple ? 3 : 2)));
    if (triple) {
      tag.sigil = '{';
    } else if (!inner.empty() && std::string_view("#^/!>=&").find(inner[0]) != std::string_view::npos) {
      tag.sigil = inner[0];
      inner = trim(inner.substr(1));
    }
    tag.name = inner;
    if (tag.name.empty() && tag.sigil != '!') checker.error(tag, "empty placeholder '{{}}'");
    else tags.push_back(tag);
    at = end + closer.size();
  }
  for (const Tag& tag : tags) {  // the gender helper chooses between two forms
    if (tag.sigil != '#' || tag.name != "g") continue;
    const size_t body = text.find("}}", tag.offset) + 2;
    const size_t close = text.find("{{/g}}", body);
    if (close != std::string_view::npos && text.substr(body, close - body).find('|') == std::string_view::npos)
      checker.error(tag, "{{#g}} needs both forms: {{#g}}feminine|masculine{{/g}}", "e.g. {{#g}}تلتزم|يلتزم{{/g}}");
  }
  checker.check(tags);
  return checker.take();
}

}  // namespace siyasa
