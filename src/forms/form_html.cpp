#include "forms/form_html.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "core/read_file.h"
#include "forms/label.h"
#include "forms/wording.h"
#include "html/html_text.h"
#include "html/site_assets.h"
#include "layout/numbering.h"

namespace siyasa {
namespace {

// The digits a numeric box accepts: Western, Arabic-Indic and Persian; form.js shows them in
// the organisation's digits.
constexpr const char* kAnyDigit = "[0-9٠-٩۰-۹]";
constexpr const char* kNationalId = "[1١۱][0-9٠-٩۰-۹]{9}";
constexpr const char* kIqama = "[2٢۲][0-9٠-٩۰-۹]{9}";
constexpr const char* kEitherId = "[12١٢۱۲][0-9٠-٩۰-۹]{9}";
constexpr const char* kMobile = "[0٠۰][5٥۵][0-9٠-٩۰-۹]{8}";

// Form pages are a few KB of CSS and script; anything past this is the wrong file.
constexpr std::uintmax_t kMaxFormPageFileBytes = 256 * 1024;

const char* id_pattern(IdKind kind) {
  return kind == IdKind::national_id ? kNationalId : kind == IdKind::iqama ? kIqama : kEitherId;
}

// A CSS string: quotes, backslashes and line ends escaped, and '<' too, so that no text can
// close the <style> element.
std::string css_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += std::string("\\") + c;
    else if (c == '\n' || c == '\r') out += ' ';
    else if (c == '<') out += "\\3C ";
    else out += c;
  }
  return out + "\"";
}

class FormWriter {
 public:
  FormWriter(const OrgData& org, std::ostringstream& out) : org_(org), out_(out) {}

  std::string text(const Label& l) const { return escape_html(render_label(l, org_)); }

  void field(const Field& f);

 private:
  static std::string id_of(const Field& f, const std::string& suffix = {}) {
    return "f-" + f.id + (suffix.empty() ? "" : "-" + suffix);
  }
  static const char* required(bool r) { return r ? " required" : ""; }
  std::string star(bool r) const { return r ? "<span class=\"req\" aria-hidden=\"true\">*</span>" : ""; }
  std::string n(int i) const { return format_number(i, org_.numerals); }

  void open(const Field& f, const char* cls) {
    out_ << "<div class=\"field " << cls << (f.half ? " half" : "") << "\">\n";
  }
  void label(const Field& f, const std::string& for_id) {
    out_ << "<label for=\"" << for_id << "\">" << text(f.label) << star(f.required) << "</label>\n";
  }
  void help(const Field& f) {
    if (!f.help.empty()) out_ << "<p class=\"help\" id=\"" << id_of(f, "help") << "\">" << text(f.help) << "</p>\n";
  }
  // data-name and data-expect feed form.js's messages: «name»: what is expected.
  static std::string named(const std::string& name, const std::string& expect = {}) {
    return " data-name=\"" + name + "\"" + (expect.empty() ? "" : " data-expect=\"" + expect + "\"");
  }
  std::string digits(const std::string& text) const { return localize_digits(text, org_.numerals); }
  void digits_input(const std::string& id, const std::string& name, int count, const std::string& pattern,
                    const std::string& extra, const char* type = "text") {
    out_ << "<input type=\"" << type << "\" class=\"cells\" style=\"--cells:" << count << "\" id=\"" << id
         << "\" name=\"" << name << "\" inputmode=\"numeric\" dir=\"ltr\" maxlength=\"" << count
         << "\" pattern=\"" << pattern << "\"" << extra << ">\n";
  }
  // A field of digit cells with its hint under it (described by it): a national ID, a phone.
  void digits_field(const Field& f, int count, const std::string& pattern, const std::string& hint,
                    const std::string& attributes, const char* type = "text");
  void date_parts(const Field& f);

  void single_line(const Field& f);
  void textarea(const Field& f);
  void date(const Field& f);
  void national_id(const Field& f);
  void phone(const Field& f);
  void number(const Field& f);
  void choice(const Field& f);
  void yes_no(const Field& f);
  void table(const Field& f);
  void scale(const Field& f);
  void declaration(const Field& f);
  void office_use(const Field& f);

  const OrgData& org_;
  std::ostringstream& out_;
};

void FormWriter::single_line(const Field& f) {
  open(f, "line");
  label(f, id_of(f));
  bool email = f.kind == FieldKind::email;
  out_ << "<input type=\"" << (email ? "email" : "text") << "\" id=\"" << id_of(f) << "\" name=\""
       << f.id << "\"" << (email ? " dir=\"ltr\" autocomplete=\"email\"" : "") << required(f.required)
       << named(text(f.label))
       << (f.help.empty() ? "" : " aria-describedby=\"" + id_of(f, "help") + "\"") << ">\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::textarea(const Field& f) {
  open(f, "box");
  label(f, id_of(f));
  out_ << "<textarea id=\"" << id_of(f) << "\" name=\"" << f.id << "\" rows=\"" << f.lines
       << "\" style=\"--lines:" << f.lines << "\"" << required(f.required) << named(text(f.label))
       << "></textarea>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::date_parts(const Field& f) {
  // Day / month / year as on the PDF form, with the calendar's sign after the year.
  struct Part { const char* key; const char* word; int cells; const char* more; const char* expect; };
  const Part parts[] = {{"day", form_words::kDay, 2, "{1,2}", "رقم اليوم"},
                        {"month", form_words::kMonth, 2, "{1,2}", "رقم الشهر"},
                        {"year", form_words::kYear, 4, "{4}", "السنة بأربعة أرقام"}};
  const std::string name = text(f.label);
  for (const auto& p : parts) {
    if (p.key != parts[0].key) out_ << "<span class=\"sep\" aria-hidden=\"true\">/</span>\n";
    out_ << "<span class=\"part\"><label for=\"" << id_of(f, p.key) << "\">" << p.word << "</label>";
    digits_input(id_of(f, p.key), f.id + "_" + p.key, p.cells, std::string(kAnyDigit) + p.more,
                 std::string(required(f.required)) + named(name + " — " + p.word, p.expect) +
                     " data-part=\"" + p.key + "\"");
    out_ << "</span>\n";
  }
  if (f.calendar != Calendar::either)
    out_ << "<span class=\"era\" aria-hidden=\"true\">"
         << (f.calendar == Calendar::hijri ? form_words::kHijri : form_words::kGregorian) << "</span>\n";
}

void FormWriter::date(const Field& f) {
  // Day, month and year boxes for either calendar: the same on screen and on paper, and a
  // browser's date picker can neither show Hijri dates nor print blank.
  const char* calendar = f.calendar == Calendar::hijri       ? "hijri"
                         : f.calendar == Calendar::gregorian ? "gregorian"
                                                             : "either";
  out_ << "<fieldset class=\"field date" << (f.half ? " half" : "") << "\" data-calendar=\"" << calendar
       << "\">\n<legend>" << text(f.label) << star(f.required);
  if (f.calendar != Calendar::either) out_ << " <span class=\"unit\">(" << form_words::calendar_hint(f.calendar) << ")</span>";
  out_ << "</legend>\n<div class=\"date-parts\">\n";
  date_parts(f);
  if (f.calendar == Calendar::either) {
    out_ << "<span class=\"calendar\">";
    for (auto [key, word] : {std::pair{"h", form_words::kHijri}, std::pair{"g", form_words::kGregorian}})
      out_ << "<input type=\"radio\" id=\"" << id_of(f, key) << "\" name=\"" << f.id << "_calendar\" value=\""
           << key << "\"" << required(f.required) << named(text(f.label)) << "><label for=\"" << id_of(f, key) << "\">" << word << "</label> ";
    out_ << "</span>\n";
  }
  out_ << "</div>\n";
  help(f);
  out_ << "</fieldset>\n";
}

void FormWriter::digits_field(const Field& f, int count, const std::string& pattern, const std::string& hint,
                              const std::string& attributes, const char* type) {
  open(f, "digits");
  label(f, id_of(f));
  digits_input(id_of(f), f.id, count, pattern,
               std::string(required(f.required)) + attributes + named(text(f.label), hint) +
                   " aria-describedby=\"" + id_of(f, "hint") + "\"",
               type);
  out_ << "<p class=\"help\" id=\"" << id_of(f, "hint") << "\">" << hint << "</p>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::national_id(const Field& f) {
  // Arabic-Indic and Persian digits are accepted too: many phones type them.
  digits_field(f, 10, id_pattern(f.id_kind), form_words::id_kind_hint(f.id_kind, org_.numerals), "");
}

void FormWriter::phone(const Field& f) {
  const bool mobile = f.digits == 10;
  const std::string pattern = mobile ? kMobile : std::string(kAnyDigit) + "{" + std::to_string(f.digits) + "}";
  const std::string hint = mobile ? form_words::mobile_hint(org_.numerals)
                                  : n(f.digits) + " " + (f.digits <= 10 ? "أرقام" : "رقماً");
  digits_field(f, f.digits, pattern, hint, " autocomplete=\"tel\"", "tel");
}

void FormWriter::number(const Field& f) {
  open(f, "number");
  label(f, id_of(f));
  // A text box, not type=number: that drops Arabic-Indic digits and spins on a click.
  const std::string more = f.digits > 0 ? "{1," + std::to_string(f.digits) + "}" : "+";
  out_ << "<span class=\"with-unit\"><input type=\"text\" class=\"num\" inputmode=\"numeric\" id=\""
       << id_of(f) << "\" name=\"" << f.id << "\" dir=\"ltr\" pattern=\"" << kAnyDigit << more << "\""
       << (f.digits > 0 ? " maxlength=\"" + std::to_string(f.digits) + "\"" : "") << required(f.required)
       << named(text(f.label), "أرقام فقط، مثل " + digits("4500")) << ">";
  if (!f.unit.empty()) out_ << " <span class=\"unit\">" << text(f.unit) << "</span>";
  out_ << "</span>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::choice(const Field& f) {
  // A group of checkboxes cannot require "at least one" in HTML: form.js does, for
  // data-required-group; radio buttons can.
  out_ << "<fieldset class=\"field choice" << (f.half ? " half" : "") << (f.stacked ? " stacked-choice" : "")
       << "\"" << (f.multiple && f.required ? " data-required-group" : "") << ">\n<legend>" << text(f.label)
       << star(f.required) << (f.multiple ? " <span class=\"unit\">(يمكن اختيار أكثر من خيار)</span>" : "")
       << "</legend>\n<div class=\"options" << (f.stacked ? " stacked" : "") << "\">\n";
  const char* type = f.multiple ? "checkbox" : "radio";
  const char* req = !f.multiple && f.required ? " required" : "";
  int i = 0;
  for (const auto& o : f.options) {
    std::string id = id_of(f, std::to_string(++i));
    out_ << "<span class=\"option\"><input type=\"" << type << "\" id=\"" << id << "\" name=\"" << f.id
         << "\" value=\"" << text(o) << "\"" << req << named(text(f.label)) << "><label for=\"" << id << "\">" << text(o) << "</label></span>\n";
  }
  if (!f.other.empty()) {
    std::string id = id_of(f, "other");
    out_ << "<span class=\"option other\"><input type=\"" << type << "\" id=\"" << id << "\" name=\"" << f.id
         << "\" value=\"other\"" << req << named(text(f.label)) << "><label for=\"" << id << "\">" << text(f.other)
         << ":</label><input type=\"text\" id=\"" << id << "-text\" name=\"" << f.id << "_other\" aria-label=\""
         << text(f.other) << " (حدِّد)\"" << named(text(f.label) + " — " + text(f.other)) << "></span>\n";
  }
  out_ << "</div>\n";
  help(f);
  out_ << "</fieldset>\n";
}

void FormWriter::yes_no(const Field& f) {
  out_ << "<fieldset class=\"field yes-no" << (f.half ? " half" : "") << "\">\n<legend>" << text(f.label)
       << star(f.required) << "</legend>\n<div class=\"options\">\n";
  for (auto [key, word] : {std::pair{"yes", form_words::kYes}, std::pair{"no", form_words::kNo}})
    out_ << "<span class=\"option\"><input type=\"radio\" id=\"" << id_of(f, key) << "\" name=\"" << f.id
         << "\" value=\"" << key << "\"" << required(f.required) << named(text(f.label)) << "><label for=\""
         << id_of(f, key) << "\">"
         << word << "</label></span>\n";
  out_ << "</div>\n";
  if (!f.explain.empty())
    out_ << "<label class=\"explain\" for=\"" << id_of(f, "explain") << "\">" << text(f.explain) << ":</label>"
         << "<input type=\"text\" id=\"" << id_of(f, "explain") << "\" name=\"" << f.id << "_explain\">\n";
  help(f);
  out_ << "</fieldset>\n";
}

void FormWriter::table(const Field& f) {
  out_ << "<div class=\"field table\">\n<table class=\"rows\">\n";
  if (!f.label.empty()) out_ << "<caption>" << text(f.label) << "</caption>\n";
  double total = 0;
  for (const auto& c : f.columns) total += c.width;
  out_ << "<thead><tr><th scope=\"col\" class=\"num\">" << form_words::kRowNumber << "</th>";
  for (const auto& c : f.columns)
    out_ << "<th scope=\"col\" style=\"width:" << static_cast<int>(90 * c.width / total) << "%\">" << text(c.label) << "</th>";
  out_ << "</tr></thead>\n<tbody>\n";
  for (int r = 1; r <= f.rows; ++r) {
    out_ << "<tr><td class=\"num\">" << n(r) << "</td>";
    for (const auto& c : f.columns) {
      std::string id = id_of(f, c.id + "-" + std::to_string(r));
      std::string attrs;
      const auto numeric = [](const std::string& pattern, int length, const std::string& expect) {
        return " type=\"text\" inputmode=\"numeric\" dir=\"ltr\" pattern=\"" + pattern + "\"" +
               (length > 0 ? " maxlength=\"" + std::to_string(length) + "\"" : "") + " data-expect=\"" + expect + "\"";
      };
      if (c.kind == FieldKind::number) attrs = numeric(std::string(kAnyDigit) + "+", 0, "أرقام فقط") + " class=\"num\"";
      else if (c.kind == FieldKind::national_id)
        attrs = numeric(kEitherId, 10, form_words::id_kind_hint(IdKind::either, org_.numerals));
      else if (c.kind == FieldKind::phone) attrs = numeric(kMobile, 10, form_words::mobile_hint(org_.numerals));
      else attrs = " type=\"text\"";
      out_ << "<td data-label=\"" << text(c.label) << "\"><input" << attrs << " id=\"" << id << "\" name=\"" << f.id
           << "[" << r << "][" << c.id << "]\" aria-label=\"" << text(c.label) << "، الصف " << n(r) << "\"></td>";
    }
    out_ << "</tr>\n";
  }
  out_ << "</tbody></table>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::scale(const Field& f) {
  out_ << "<div class=\"field scale\">\n<table class=\"scale\" style=\"--levels:" << f.levels.size() << "\">\n";
  if (!f.label.empty()) out_ << "<caption>" << text(f.label) << "</caption>\n";
  out_ << "<thead><tr><th scope=\"col\" class=\"num\">" << form_words::kRowNumber << "</th><th scope=\"col\">"
       << form_words::kStatement << "</th>";
  for (const auto& l : f.levels) out_ << "<th scope=\"col\" class=\"level\">" << text(l) << "</th>";
  out_ << "</tr></thead>\n<tbody>\n";
  int i = 0;
  for (const auto& item : f.items) {
    ++i;
    out_ << "<tr><td class=\"num\">" << n(i) << "</td><th scope=\"row\" id=\"" << id_of(f, std::to_string(i))
         << "\">" << text(item) << star(f.required) << "</th>";
    int j = 0;
    for (const auto& l : f.levels) {
      std::string id = id_of(f, std::to_string(i) + "-" + std::to_string(++j));
      out_ << "<td class=\"level\" data-label=\"" << text(l) << "\"><input type=\"radio\" id=\"" << id
           << "\" name=\"" << f.id << "_" << i << "\" value=\"" << j << "\" aria-label=\"" << text(item) << ": "
           << text(l) << "\"" << required(f.required) << named(text(item)) << "></td>";
    }
    out_ << "</tr>\n";
  }
  out_ << "</tbody></table>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::declaration(const Field& f) {
  out_ << "<div class=\"field declaration\">\n";
  if (!f.label.empty()) out_ << "<h3>" << text(f.label) << "</h3>\n";
  out_ << "<p class=\"statement\">" << text(f.text) << "</p>\n";
  out_ << "<p class=\"agree\"><input type=\"checkbox\" id=\"" << id_of(f, "agree") << "\" name=\"" << f.id
       << "_agree\" required" << named(form_words::kAgree) << "><label for=\"" << id_of(f, "agree") << "\">" << form_words::kAgree
       << star(true) << "</label></p>\n<div class=\"sign\">\n";
  if (f.sign_name)
    out_ << "<span class=\"sign-item\"><label for=\"" << id_of(f, "name") << "\">" << form_words::kSignName
         << "</label><input type=\"text\" id=\"" << id_of(f, "name") << "\" name=\"" << f.id << "_name\" required"
         << named(form_words::kSignName) << "></span>\n";
  if (f.sign_signature)
    out_ << "<span class=\"sign-item\"><span class=\"word\">" << form_words::kSignature
         << "</span><span class=\"sign-line\" aria-hidden=\"true\"></span></span>\n";
  if (f.sign_date)
    out_ << "<span class=\"sign-item\"><label for=\"" << id_of(f, "date") << "\">" << form_words::kSignDate
         << "</label><input type=\"text\" id=\"" << id_of(f, "date") << "\" name=\"" << f.id
         << "_date\" placeholder=\"اليوم / الشهر / السنة\"" << named(form_words::kSignDate) << "></span>\n";
  out_ << "</div>\n</div>\n";
}

void FormWriter::office_use(const Field& f) {
  out_ << "<div class=\"field office\" aria-label=\"" << text(f.label) << "\">\n";
  if (!f.label.empty()) out_ << "<h3>" << text(f.label) << "</h3>\n";
  auto line = [&](const std::string& word) {
    out_ << "<span class=\"office-item\"><span class=\"word\">" << escape_html(word) << ":</span><span class=\"sign-line\"></span></span>\n";
  };
  out_ << "<div class=\"office-grid\">\n";
  line(form_words::kOfficeReceivedBy);
  line(form_words::kOfficeDate);
  line(form_words::kOfficeNumber);
  out_ << "</div>\n";
  if (!f.decisions.empty()) {
    out_ << "<p class=\"decisions\"><span class=\"word\">" << form_words::kOfficeDecision << ":</span>";
    for (const auto& d : f.decisions) out_ << " <span class=\"tick\" aria-hidden=\"true\"></span> " << text(d);
    out_ << "</p>\n";
  }
  out_ << "<div class=\"office-grid\">\n";
  out_ << "<span class=\"office-item wide\"><span class=\"word\">" << form_words::kOfficeNotes
       << ":</span><span class=\"sign-line\"></span></span>\n";
  std::string signer = !f.signed_by.empty()     ? render_label(f.signed_by, org_)
                       : f.decisions.empty() ? form_words::kOfficeSignature
                                             : form_words::kOfficeCommittee;
  line(signer);
  line(form_words::kOfficeStamp);
  out_ << "</div>\n</div>\n";
}

void FormWriter::field(const Field& f) {
  switch (f.kind) {
    case FieldKind::text:
    case FieldKind::email: single_line(f); break;
    case FieldKind::textarea: textarea(f); break;
    case FieldKind::date: date(f); break;
    case FieldKind::national_id: national_id(f); break;
    case FieldKind::phone: phone(f); break;
    case FieldKind::number: number(f); break;
    case FieldKind::choice: choice(f); break;
    case FieldKind::yes_no: yes_no(f); break;
    case FieldKind::table: table(f); break;
    case FieldKind::scale: scale(f); break;
    case FieldKind::declaration: declaration(f); break;
    case FieldKind::office_use: office_use(f); break;
  }
}

// The printed page's footer, as on the PDF form: «صفحة X من Y» on one side, the form's title
// and the organisation on the other (CSS page-margin boxes).
std::string print_footer_css(const OrgData& org, const std::string& title) {
  const std::string counter = org.numerals == Numerals::arab ? ", arabic-indic)" : ")";
  const std::string font = "font-family:\"SiyasaBody\",\"Amiri\",serif;font-size:9pt;";
  return std::string("@media print{@page{@bottom-left{") + font + "content:" + css_string(form_words::kPage) +
         " \" \" counter(page" + counter + " \" " + form_words::kOf + " \" counter(pages" + counter +
         "}@bottom-right{" + font + "content:" + css_string(title + " — " + org.name) + "}}}\n";
}

}  // namespace

Result<FormPage> load_form_page(const std::filesystem::path& forms_dir) {
  FormPage page;
  Diagnostics problems;
  const auto read = [&](const char* name, const char* what, const char* closing, std::string& into) {
    const std::filesystem::path file = forms_dir / name;
    auto text = read_input_file(file, file.string(), what, kMaxFormPageFileBytes);
    if (!text.ok()) {
      for (Diagnostic d : text.diagnostics) {
        if (d.hint.empty()) d.hint = "templates/forms/ holds form.css and form.js, which every browser form carries";
        problems.push_back(std::move(d));
      }
      return;
    }
    std::string lower = *text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (auto at = lower.find(closing); at != std::string::npos) {
      const int line = 1 + static_cast<int>(std::count(text->begin(), text->begin() + at, '\n'));
      problems.push_back(make_error({file.string(), line, 1}, std::string("the text ") + closing +
                                    " would end the page's element early", "write it another way, e.g. <\\/"));
      return;
    }
    into = std::move(*text);
  };
  read("form.css", "a stylesheet", "</style", page.css);
  read("form.js", "a script", "</script", page.script);
  if (!problems.empty()) return Result<FormPage>::failure(std::move(problems));
  return Result<FormPage>::success(std::move(page));
}

std::string render_form_html(const OrgData& org, const FormSpec& spec, const FormPage& page,
                             const FormHtmlOptions& options) {
  std::ostringstream out;
  FormWriter writer(org, out);
  const std::string plain_title = render_label(spec.title, org);
  const std::string title = escape_html(plain_title);
  out << "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << title << " — " << escape_html(org.name) << "</title>\n<style>\n" << page.css
      << print_footer_css(org, plain_title) << "</style>\n";
  if (options.in_site) out << "<link rel=\"stylesheet\" href=\"../assets/fonts.css\">\n";
  out << "</head>\n<body>\n";
  if (options.in_site)
    out << "<nav class=\"site-links\"><a href=\"../index.html\">سياسات " << escape_html(org.short_name.empty() ? org.name : org.short_name)
        << " ونماذجها</a>"
        << (options.link_pdf ? "<a href=\"" + escape_html(spec.id) + ".pdf\">نسخة PDF للطباعة</a>" : "")
        << "</nav>\n";
  out << "<main class=\"form-page\">\n<header class=\"letterhead\">\n<div class=\"org\">\n";
  auto lines = form_words::letterhead_lines(org);
  for (std::size_t i = 0; i < lines.size(); ++i)
    out << "<p class=\"" << (lines[i] == org.name ? "org-name" : "org-line") << "\">" << escape_html(lines[i]) << "</p>\n";
  out << "</div>\n";
  if (auto logo = logo_data_url(org); !logo.empty())
    out << "<img class=\"logo\" src=\"" << logo << "\" alt=\"شعار " << escape_html(org.name) << "\">\n";
  out << "</header>\n<h1>" << title << "</h1>\n";
  if (!spec.instructions.empty()) out << "<p class=\"instructions\">" << writer.text(spec.instructions) << "</p>\n";
  out << "<p class=\"keep-note\">" << form_words::kKeptNote << "</p>\n";
  const std::string store = "siyasa:" + (org.slug.empty() ? org.name : org.slug) + ":" + spec.id;
  out << "<form id=\"" << escape_html(spec.id) << "\" class=\"intake\" autocomplete=\"on\""
      << " data-digits=\"" << (org.numerals == Numerals::arab ? "arab" : "latn") << "\" data-store=\""
      << escape_html(store) << "\">\n";
  for (const auto& section : spec.sections) {
    bool office = section.fields.size() == 1 && section.fields[0].kind == FieldKind::office_use;
    out << "<section class=\"section" << (office ? " office-section" : "") << "\">\n<h2>"
        << writer.text(section.title) << "</h2>\n";
    if (!section.note.empty()) out << "<p class=\"note\">" << writer.text(section.note) << "</p>\n";
    out << "<div class=\"grid\">\n";
    for (const auto& f : section.fields) writer.field(f);
    out << "</div>\n</section>\n";
  }
  out << "<div class=\"actions\">\n"
      << "<button type=\"button\" data-action=\"print\">" << form_words::kCheckAndPrint << "</button>\n"
      << "<button type=\"button\" class=\"secondary\" data-action=\"blank\">" << form_words::kPrintBlank << "</button>\n"
      << "<button type=\"button\" class=\"secondary\" data-action=\"clear\">" << form_words::kClear << "</button>\n"
      << "<p class=\"req-note\">" << form_words::kRequiredNote << "</p>\n"
      << "<p class=\"print-note\">" << form_words::kPrintNote << "</p>\n</div>\n</form>\n</main>\n"
      << "<script>\n" << page.script << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace siyasa
