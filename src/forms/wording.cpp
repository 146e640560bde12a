#include "forms/wording.h"

#include "forms/label.h"
#include "layout/numbering.h"

namespace siyasa::form_words {

std::string id_kind_hint(IdKind kind, Numerals numerals) {
  switch (kind) {
    case IdKind::national_id: return "رقم الهوية الوطنية: عشرة أرقام تبدأ بـ " + format_number(1, numerals);
    case IdKind::iqama: return "رقم الإقامة: عشرة أرقام تبدأ بـ " + format_number(2, numerals);
    case IdKind::either:
      return "عشرة أرقام: الهوية الوطنية تبدأ بـ " + format_number(1, numerals) + "، والإقامة بـ " +
             format_number(2, numerals);
  }
  return {};
}

std::string mobile_hint(Numerals numerals) {
  return "رقم جوال سعودي: عشرة أرقام تبدأ بـ " + localize_digits("05", numerals);
}

std::string calendar_hint(Calendar calendar) {
  switch (calendar) {
    case Calendar::hijri: return "هجري";
    case Calendar::gregorian: return "ميلادي";
    case Calendar::either: return "";
  }
  return {};
}

std::vector<std::string> letterhead_lines(const OrgData& org) {
  std::vector<std::string> lines;
  if (!org.country_line.empty()) lines.push_back(org.country_line);
  lines.push_back(org.name);
  if (!org.registration_number.empty()) {
    Label registration{
        "{{#g}}مسجلة|مسجل{{/g}} لدى {{org.registration_authority}} برقم ({{org.registration_number}})",
        {}};
    if (org.registration_authority.empty())
      registration.source = "رقم التسجيل ({{org.registration_number}})";
    lines.push_back(render_label(registration, org));
  }
  return lines;
}

}  // namespace siyasa::form_words
