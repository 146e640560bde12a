#include "forms/label.h"

#include <algorithm>
#include <functional>

#include "template/arabic.h"
#include "template/org_text.h"

namespace siyasa {
namespace {

// The byte offset of a line and column (code points, from 1) of `text`.
std::size_t offset_of(const std::string& text, int line, int column) {
  std::size_t at = 0;
  for (int l = 1; l < line && at < text.size(); ++l) {
    const std::size_t newline = text.find('\n', at);
    if (newline == std::string::npos) return text.size();
    at = newline + 1;
  }
  for (int c = 1; c < column && at < text.size(); ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

}  // namespace

std::vector<LabelProblem> find_label_problems(const std::string& source) {
  std::vector<LabelProblem> out;
  for (const Diagnostic& d : check_org_text(source, SourcePos{"", 1, 1})) {
    const std::size_t offset = offset_of(source, d.where.line, d.where.column);
    const std::size_t end = source.find("}}", offset);
    const std::string tag = source.substr(offset, end == std::string::npos ? 2 : end + 2 - offset);
    out.push_back(LabelProblem{offset, tag, d.message, d.hint});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const LabelProblem& a, const LabelProblem& b) { return a.offset < b.offset; });
  return out;
}

std::string render_label(const Label& label, const OrgData& org) { return render_org_text(label.source, org); }

void for_each_label(const FormSpec& spec, const std::function<void(const Label&)>& visit) {
  visit(spec.title);
  visit(spec.instructions);
  auto all = [&](const std::vector<Label>& labels) {
    for (const auto& l : labels) visit(l);
  };
  for (const auto& section : spec.sections) {
    visit(section.title);
    visit(section.note);
    for (const auto& f : section.fields) {
      for (const Label* l : {&f.label, &f.help, &f.unit, &f.other, &f.explain, &f.text, &f.signed_by}) visit(*l);
      all(f.options);
      all(f.items);
      all(f.levels);
      all(f.decisions);
      for (const auto& c : f.columns) visit(c.label);
    }
  }
}

Diagnostics missing_form_values(const FormSpec& spec, const OrgData& org) {
  Diagnostics out;
  for_each_label(spec, [&](const Label& label) {
    for (const std::string& name : policy_value_names(label.source)) {
      if (org.form_values.count(name)) continue;
      out.push_back(make_error(label.where, "'{{" + name + "}}' names a value that no adopted policy gives this form",
                               "a form may name what the policy that lists it in `forms = [...]` gives: "
                               "policy.title, its string options, policy.article.<key> of its [articles], audience.<form>"));
    }
  });
  return out;
}

std::string format_number(int n, Numerals numerals) { return localize_digits(std::to_string(n), numerals); }

}  // namespace siyasa
