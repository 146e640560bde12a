#include "template/plain_text.h"

#include <sstream>
#include <vector>

#include "template/arabic.h"
#include "template/escape.h"

namespace siyasa {
namespace {

// Inline Markdown → text: emphasis markers dropped, backslash escapes undone.
std::string inline_text(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      out += line[i];
      out += line[++i];
      continue;
    }
    if (line[i] == '*' || line[i] == '_') continue;
    out += line[i];
  }
  return unescape_markdown(out);
}

struct ListItem {
  int indent = 0;      // leading spaces
  bool ordered = false;
  std::string text;
};

std::optional<ListItem> list_item(const std::string& line) {
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string::npos) return std::nullopt;
  std::string_view rest = std::string_view(line).substr(indent);
  if (rest.starts_with("- ") || rest.starts_with("* ")) return ListItem{int(indent), false, std::string(rest.substr(2))};
  size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < rest.size() && rest[digits] == '.' && rest[digits + 1] == ' ')
    return ListItem{int(indent), true, std::string(rest.substr(digits + 2))};
  return std::nullopt;
}

class Writer {
 public:
  explicit Writer(Numerals numerals) : numerals_(numerals) {}

  void block(const std::string& text) {
    close_lists(-1);
    paragraph_break();
    out_ += text + '\n';
    pending_break_ = true;
  }

  void item(const ListItem& item) {
    close_lists(item.indent);
    if (counters_.empty() || counters_.back().indent < item.indent) {
      if (counters_.empty()) paragraph_break();
      counters_.push_back({item.indent, 0});
    }
    int depth = static_cast<int>(counters_.size()) - 1;
    std::string marker = "-";
    if (item.ordered) marker = localize_digits(std::to_string(++counters_.back().number), numerals_) + ".";
    out_ += std::string(2 * depth, ' ') + marker + ' ' + inline_text(item.text) + '\n';
    pending_break_ = true;
  }

  void blank() {}
  std::string take() { return out_; }

 private:
  struct Counter {
    int indent;
    int number;
  };
  void close_lists(int indent) {
    while (!counters_.empty() && counters_.back().indent > indent) counters_.pop_back();
    if (indent < 0) counters_.clear();
  }
  void paragraph_break() {
    if (pending_break_) out_ += '\n';
    pending_break_ = false;
  }
  Numerals numerals_;
  std::vector<Counter> counters_;
  std::string out_;
  bool pending_break_ = false;
};

void write_markdown(Writer& w, const std::string& markdown) {
  std::istringstream in(markdown);
  std::string line, paragraph;
  auto flush = [&] {
    if (!paragraph.empty()) w.block(inline_text(paragraph));
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    if (line.starts_with("#")) {
      flush();
      size_t hashes = line.find_first_not_of('#');
      w.block(inline_text(line.substr(line.find_first_not_of(' ', hashes))));
      continue;
    }
    if (auto item = list_item(line)) {
      flush();
      w.item(*item);
      continue;
    }
    paragraph += (paragraph.empty() ? "" : " ") + line.substr(line.find_first_not_of(' '));
  }
  flush();
}

void write_approval(Writer& w, const ApprovalBlock& a) {
  if (!a.heading.empty()) w.block(a.heading);
  if (!a.sentence.empty()) w.block(a.sentence);
}

}  // namespace

std::string policy_plain_text(const MergedPolicy& policy, Numerals numerals) {
  Writer w(numerals);
  w.block(policy.title);
  if (!policy.subtitle.empty()) w.block(policy.subtitle);
  const bool after_title = policy.approval && policy.approval->placement == "after_title";
  if (after_title) write_approval(w, *policy.approval);
  write_markdown(w, policy.markdown);
  if (policy.approval) {
    if (!after_title) write_approval(w, *policy.approval);
    if (!policy.approval->chairman_name.empty()) {
      std::string sign = policy.approval->chairman_title.empty() ? "" : policy.approval->chairman_title + "\n";
      w.block(sign + policy.approval->chairman_name);
    }
  }
  return w.take();
}

}  // namespace siyasa
