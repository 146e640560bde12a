#include "forms/form_html.h"

#include <sstream>

#include "forms/label.h"
#include "html/html_text.h"
#include "html/site_assets.h"
#include "forms/wording.h"

namespace siyasa {

const char* form_stylesheet();  // form_html_style.cpp

namespace {

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
  void digits_input(const std::string& id, const std::string& name, int count, const std::string& pattern,
                    const std::string& extra) {
    out_ << "<input type=\"text\" class=\"cells\" style=\"--cells:" << count << "\" id=\"" << id
         << "\" name=\"" << name << "\" inputmode=\"numeric\" dir=\"ltr\" maxlength=\"" << count
         << "\" pattern=\"" << pattern << "\"" << extra << ">\n";
  }

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
       << (f.help.empty() ? "" : " aria-describedby=\"" + id_of(f, "help") + "\"") << ">\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::textarea(const Field& f) {
  open(f, "box");
  label(f, id_of(f));
  out_ << "<textarea id=\"" << id_of(f) << "\" name=\"" << f.id << "\" rows=\"" << f.lines
       << "\" style=\"--lines:" << f.lines << "\"" << required(f.required) << "></textarea>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::date(const Field& f) {
  // Day, month and year boxes for either calendar: the same on screen and on paper, and a
  // browser's date picker can neither show Hijri dates nor print blank.
  out_ << "<fieldset class=\"field date" << (f.half ? " half" : "") << "\">\n<legend>" << text(f.label)
       << star(f.required);
  if (f.calendar != Calendar::either) out_ << " <span class=\"unit\">(" << form_words::calendar_hint(f.calendar) << ")</span>";
  out_ << "</legend>\n<div class=\"date-parts\">\n";
  struct Part { const char* key; const char* word; int cells; const char* pattern; };
  const Part parts[] = {{"day", form_words::kDay, 2, "[0-9٠-٩]{1,2}"},
                        {"month", form_words::kMonth, 2, "[0-9٠-٩]{1,2}"},
                        {"year", form_words::kYear, 4,
                         "[0-9٠-٩]{4}"}};
  for (const auto& p : parts) {
    out_ << "<span class=\"part\"><label for=\"" << id_of(f, p.key) << "\">" << p.word << "</label>";
    digits_input(id_of(f, p.key), f.id + "_" + p.key, p.cells, p.pattern, required(f.required));
    out_ << "</span>\n";
  }
  if (f.calendar == Calendar::either) {
    out_ << "<span class=\"calendar\">";
    for (auto [key, word] : {std::pair{"h", form_words::kHijri}, std::pair{"g", form_words::kGregorian}})
      out_ << "<input type=\"radio\" id=\"" << id_of(f, key) << "\" name=\"" << f.id << "_calendar\" value=\""
           << key << "\"" << required(f.required) << "><label for=\"" << id_of(f, key) << "\">" << word << "</label> ";
    out_ << "</span>\n";
  }
  out_ << "</div>\n";
  help(f);
  out_ << "</fieldset>\n";
}

void FormWriter::national_id(const Field& f) {
  open(f, "digits");
  label(f, id_of(f));
  // Arabic-Indic digits are accepted too: many phones type them.
  const char* pattern = f.id_kind == IdKind::national_id ? "[1١][0-9٠-٩]{9}"
                        : f.id_kind == IdKind::iqama     ? "[2٢][0-9٠-٩]{9}"
                                                         : "[12١٢][0-9٠-٩]{9}";
  digits_input(id_of(f), f.id, 10, pattern,
               std::string(required(f.required)) + " title=\"" + form_words::id_kind_hint(f.id_kind) +
                   "\" aria-describedby=\"" + id_of(f, "hint") + "\"");
  out_ << "<p class=\"help\" id=\"" << id_of(f, "hint") << "\">" << form_words::id_kind_hint(f.id_kind) << "</p>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::phone(const Field& f) {
  open(f, "digits");
  label(f, id_of(f));
  bool mobile = f.digits == 10;
  std::string pattern = mobile ? "[0٠][5٥][0-9٠-٩]{8}" : "[0-9٠-٩]{" + std::to_string(f.digits) + "}";
  std::string extra = std::string(required(f.required)) + " autocomplete=\"tel\"" +
                      (mobile ? " placeholder=\"05xxxxxxxx\" title=\"رقم جوال سعودي من عشرة أرقام يبدأ بـ 05\"" : "");
  out_ << "<input type=\"tel\" class=\"cells\" style=\"--cells:" << f.digits << "\" id=\"" << id_of(f)
       << "\" name=\"" << f.id << "\" inputmode=\"numeric\" dir=\"ltr\" maxlength=\"" << f.digits
       << "\" pattern=\"" << pattern << "\"" << extra << ">\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::number(const Field& f) {
  open(f, "number");
  label(f, id_of(f));
  out_ << "<span class=\"with-unit\"><input type=\"number\" min=\"0\" step=\"1\" id=\"" << id_of(f)
       << "\" name=\"" << f.id << "\" dir=\"ltr\"" << required(f.required) << ">";
  if (!f.unit.empty()) out_ << " <span class=\"unit\">" << text(f.unit) << "</span>";
  out_ << "</span>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::choice(const Field& f) {
  out_ << "<fieldset class=\"field choice" << (f.half ? " half" : "") << "\">\n<legend>" << text(f.label)
       << star(f.required) << (f.multiple ? " <span class=\"unit\">(يمكن اختيار أكثر من خيار)</span>" : "")
       << "</legend>\n<div class=\"options" << (f.stacked ? " stacked" : "") << "\">\n";
  const char* type = f.multiple ? "checkbox" : "radio";
  // A group of checkboxes cannot require "at least one" in HTML; radio buttons can.
  const char* req = !f.multiple && f.required ? " required" : "";
  int i = 0;
  for (const auto& o : f.options) {
    std::string id = id_of(f, std::to_string(++i));
    out_ << "<span class=\"option\"><input type=\"" << type << "\" id=\"" << id << "\" name=\"" << f.id
         << "\" value=\"" << text(o) << "\"" << req << "><label for=\"" << id << "\">" << text(o) << "</label></span>\n";
  }
  if (!f.other.empty()) {
    std::string id = id_of(f, "other");
    out_ << "<span class=\"option other\"><input type=\"" << type << "\" id=\"" << id << "\" name=\"" << f.id
         << "\" value=\"other\"" << req << "><label for=\"" << id << "\">" << text(f.other) << ":</label>"
         << "<input type=\"text\" id=\"" << id << "-text\" name=\"" << f.id << "_other\" aria-label=\""
         << text(f.other) << " (حدِّد)\"></span>\n";
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
         << "\" value=\"" << key << "\"" << required(f.required) << "><label for=\"" << id_of(f, key) << "\">"
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
      if (c.kind == FieldKind::number) attrs = " type=\"number\" min=\"0\" dir=\"ltr\"";
      else if (c.kind == FieldKind::national_id) attrs = " type=\"text\" inputmode=\"numeric\" dir=\"ltr\" maxlength=\"10\" pattern=\"[12١٢][0-9٠-٩]{9}\"";
      else if (c.kind == FieldKind::phone) attrs = " type=\"tel\" dir=\"ltr\" maxlength=\"10\" pattern=\"[0٠][5٥][0-9٠-٩]{8}\"";
      else attrs = " type=\"text\"";
      out_ << "<td><input" << attrs << " id=\"" << id << "\" name=\"" << f.id << "[" << r << "][" << c.id
           << "]\" aria-label=\"" << text(c.label) << "، الصف " << n(r) << "\"></td>";
    }
    out_ << "</tr>\n";
  }
  out_ << "</tbody></table>\n";
  help(f);
  out_ << "</div>\n";
}

void FormWriter::scale(const Field& f) {
  out_ << "<div class=\"field scale\">\n<table class=\"scale\">\n";
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
      out_ << "<td class=\"level\"><input type=\"radio\" id=\"" << id << "\" name=\"" << f.id << "_" << i
           << "\" value=\"" << j << "\" aria-label=\"" << text(item) << ": " << text(l) << "\""
           << required(f.required) << "></td>";
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
       << "_agree\" required><label for=\"" << id_of(f, "agree") << "\">" << form_words::kAgree
       << star(true) << "</label></p>\n<div class=\"sign\">\n";
  if (f.sign_name)
    out_ << "<span class=\"sign-item\"><label for=\"" << id_of(f, "name") << "\">" << form_words::kSignName
         << "</label><input type=\"text\" id=\"" << id_of(f, "name") << "\" name=\"" << f.id << "_name\" required></span>\n";
  if (f.sign_signature)
    out_ << "<span class=\"sign-item\"><span class=\"word\">" << form_words::kSignature
         << "</span><span class=\"sign-line\" aria-hidden=\"true\"></span></span>\n";
  if (f.sign_date)
    out_ << "<span class=\"sign-item\"><label for=\"" << id_of(f, "date") << "\">" << form_words::kSignDate
         << "</label><input type=\"text\" id=\"" << id_of(f, "date") << "\" name=\"" << f.id
         << "_date\" placeholder=\"اليوم / الشهر / السنة\"></span>\n";
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

}  // namespace

std::string render_form_html(const OrgData& org, const FormSpec& spec, const FormHtmlOptions& options) {
  std::ostringstream out;
  FormWriter writer(org, out);
  std::string title = writer.text(spec.title);
  out << "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << title << " — " << escape_html(org.name) << "</title>\n<style>\n" << form_stylesheet() << "</style>\n";
  if (options.in_site) out << "<link rel=\"stylesheet\" href=\"../assets/fonts.css\">\n";
  out << "</head>\n<body>\n";
  if (options.in_site)
    out << "<nav class=\"site-links\"><a href=\"../index.html\">سياسات " << escape_html(org.short_name.empty() ? org.name : org.short_name)
        << " ونماذجها</a>"
        << (options.link_pdf ? "<a href=\"../../forms/" + escape_html(spec.id) + ".pdf\">نسخة PDF للطباعة</a>" : "")
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
  out << "<form id=\"" << escape_html(spec.id) << "\" class=\"intake\" autocomplete=\"on\">\n";
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
      << "<button type=\"button\" onclick=\"if (this.form.reportValidity()) window.print()\">"
         "التحقق من البيانات وطباعة النموذج</button>\n"
      << "<button type=\"button\" class=\"secondary\" onclick=\"this.form.reset(); window.print()\">"
         "طباعة نموذج فارغ</button>\n"
      << "<p class=\"req-note\">" << form_words::kRequiredNote << "</p>\n</div>\n</form>\n</main>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace siyasa
