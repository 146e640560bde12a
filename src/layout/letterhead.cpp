#include "layout/letterhead.h"

#include <algorithm>

#include "layout/ink.h"
#include "layout/numbering.h"
#include "layout/verify_mark.h"

namespace siyasa {
namespace {

struct FurnitureLine {
  std::vector<StyledText> spans;
  double size = 10;
  BaseDirection direction = BaseDirection::rtl;  // ltr for a line of identifiers only
};

// An identifier inside Arabic text, isolated left-to-right (LRI … PDI) so a leading "+" or "@"
// stays where it was written.
std::string isolated(const std::string& identifier) { return "\u2066" + identifier + "\u2069"; }

TextStyle small_style(double size, bool bold = false) {
  TextStyle t;
  t.role = bold ? FontRole::body_bold : FontRole::body;
  t.bold = bold;
  t.size = size;
  return t;
}

// Stacks lines in a column from `top`, each its own paragraph; returns the bottom. A line whose
// ink would touch the line above (a descender of ي over the digits of an IBAN) moves down.
double stack_lines(const Typesetter& ts, const std::vector<FurnitureLine>& lines, double left,
                   double width, double top, Align align, const Color& color,
                   std::vector<PageItem>& out) {
  double y = top;
  InkProfile above;
  double above_baseline = 0;
  bool has_above = false;
  for (const auto& line : lines) {
    ParagraphSpec spec;
    spec.spans = line.spans;
    spec.width = width;
    spec.align = align;
    spec.direction = line.direction;
    if (line.direction == BaseDirection::ltr && align == Align::start) spec.align = Align::end;
    spec.line_height = 1.35;
    const ParagraphLayout layout = ts.paragraph(spec);
    if (layout.lines.empty()) continue;
    if (ts.fonts && has_above) {
      const double needed = ink_distance(above, line_ink(*ts.fonts, layout.lines.front()));
      const double distance = baseline_of(layout, 0, y) - above_baseline;
      if (needed > 0 && needed + kFurnitureInkClearance * line.size > distance)
        y += needed + kFurnitureInkClearance * line.size - distance;
    }
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      place_line(layout.lines[i], left, baseline_of(layout, i, y), color, color, out);
    if (ts.fonts) {
      above = line_ink(*ts.fonts, layout.lines.back());
      above_baseline = baseline_of(layout, layout.lines.size() - 1, y);
      has_above = true;
    }
    y += layout.height;
  }
  return y;
}

// Height the lines take when stacked (laid out once more; furniture is small).
double stack_height(const Typesetter& ts, const std::vector<FurnitureLine>& lines, double width) {
  std::vector<PageItem> scratch;
  return stack_lines(ts, lines, 0, width, 0, Align::start, {}, scratch);
}

std::vector<FurnitureLine> identity_lines(const OrgData& org, const DocumentStyle& style) {
  std::vector<FurnitureLine> lines;
  const double size = style.small_size + 1;
  for (const std::string& which : org.letterhead_lines) {
    if (which == "name") lines.push_back({{StyledText{org.name, small_style(size + 2.5, true)}}, size + 2.5});
    if (which == "country" && !org.country_line.empty())
      lines.push_back({{StyledText{org.country_line, small_style(size)}}, size});
    if (const std::string reg = registration_line(org); which == "registration" && !reg.empty())
      lines.push_back({{StyledText{reg, small_style(size)}}, size});
    if (which == "licence" && !org.licence_number.empty())
      lines.push_back({{StyledText{org.licence_label.empty()
                                       ? "ترخيص رقم (" + org.licence_number + ")"
                                       : org.licence_label + " " + isolated(org.licence_number),
                                   small_style(size)}},
                       size});
  }
  return lines;
}

// Reference fields; a blank one gets a dotted line to write on, drawn after its label.
double place_fields(const Typesetter& ts, const DocumentStyle& style,
                    const std::vector<LetterheadField>& fields, double left, double width,
                    double top, std::vector<PageItem>& out) {
  const TextStyle label_style = small_style(style.small_size + 1, true);
  const TextStyle value_style = small_style(style.small_size + 1);
  double y = top;
  for (const auto& field : fields) {
    ParagraphSpec spec;
    spec.spans = {StyledText{field.label + ": ", label_style}};
    if (!field.value.empty()) spec.spans.push_back(StyledText{field.value, value_style});
    spec.width = width;
    spec.align = Align::start;
    spec.line_height = 1.45;
    const ParagraphLayout layout = ts.paragraph(spec);
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
      const double baseline = baseline_of(layout, i, y);
      place_line(layout.lines[i], left, baseline, style.muted, style.muted, out);
      if (field.value.empty())
        out.push_back(RuleItem{left, baseline + 1, left + line_ink_left(layout.lines[i]) - 4,
                               baseline + 1, 0.6, style.muted, true});
    }
    y += layout.height;
  }
  return y;
}

std::vector<FurnitureLine> contact_lines(const OrgData& org, const DocumentStyle& style) {
  std::vector<FurnitureLine> lines;
  const TextStyle label = small_style(style.small_size + 1, true);
  const TextStyle value = small_style(style.small_size + 1);
  if (!org.phone.empty())
    lines.push_back({{StyledText{"هاتف: ", label}, StyledText{isolated(org.phone), value}}, value.size});
  if (!org.email.empty()) {
    TextStyle mail = value;
    mail.link = "mailto:" + org.email;
    lines.push_back({{StyledText{"البريد: ", label}, StyledText{isolated(org.email), mail}}, value.size});
  }
  return lines;
}

// The footer's contacts ([footer] contacts and labels): the website, e-mail and phone a line
// each, unlabelled social handles side by side on one line, a labelled contact on a line of its
// own ("حسابنا في منصة X: @rufaqa"). A line of identifiers only runs left to right.
std::vector<FurnitureLine> footer_contact_lines(const OrgData& org, double size) {
  std::vector<FurnitureLine> lines;
  std::string handles;
  auto flush = [&] {
    if (!handles.empty()) lines.push_back({{StyledText{handles, small_style(size)}}, size, BaseDirection::ltr});
    handles.clear();
  };
  for (const std::string& contact : org.shown_footer_contacts()) {
    std::string value;
    TextStyle style = small_style(size);
    if (contact == "website") {
      value = org.website;
      style.link = org.website.find("://") == std::string::npos ? "https://" + org.website : org.website;
    } else if (contact == "email") {
      value = org.email;
      style.link = "mailto:" + org.email;
    } else if (contact == "phone") {
      value = org.phone;
    } else {
      for (const auto& account : org.social)
        if (account.platform == contact) value = account.handle;
    }
    if (value.empty()) continue;
    const auto label = org.footer_labels.find(contact);
    const bool social = contact != "website" && contact != "email" && contact != "phone";
    if (social && label == org.footer_labels.end()) {
      handles += (handles.empty() ? "" : "   ") + value;
      continue;
    }
    flush();
    if (label == org.footer_labels.end())
      lines.push_back({{StyledText{value, style}}, size, BaseDirection::ltr});
    else
      lines.push_back({{StyledText{label->second + " ", small_style(size, true)}, StyledText{isolated(value), style}},
                       size});
  }
  flush();
  return lines;
}

}  // namespace

std::string registration_line(const OrgData& org) {
  if (org.registration_number.empty()) return {};
  const std::string registered = org.gender == Gender::feminine ? "مسجلة" : "مسجل";
  if (org.registration_authority.empty())
    return registered + " برقم (" + org.registration_number + ")";
  // A no-break space keeps "برقم (٦٥٦)" on one line.
  return registered + " ب" + org.registration_authority + " برقم\u00A0(" + org.registration_number + ")";
}

std::vector<PageItem> make_letterhead(const Typesetter& ts, const DocumentStyle& style,
                                      const PageGeometry& geometry, const OrgData& org,
                                      const std::vector<LetterheadField>& fields,
                                      std::optional<ImageSize> logo) {
  std::vector<PageItem> out;
  const double top = geometry.margin_top;
  const double rule_y = geometry.margin_top + geometry.header_height - 4;
  const double band = rule_y - 6 - top;
  const double logo_w = 90;
  // The identity column ends where the logo's box begins.
  const double column = geometry.body_right() - (geometry.width + logo_w) / 2 - 10;

  // Right: who the organisation is, centred vertically in the band.
  const auto identity = identity_lines(org, style);
  const double identity_h = stack_height(ts, identity, column);
  stack_lines(ts, identity, geometry.body_right() - column, column,
              top + std::max(0.0, (band - identity_h) / 2), Align::start, style.accent, out);

  // Middle: the logo.
  if (logo && !org.logo.empty())
    out.emplace_back(fit_image(org.logo, *logo, geometry.width / 2, top, logo_w, band));

  // Left: the reference fields, or how to reach the organisation.
  const double left_w = column;
  if (!fields.empty()) {
    std::vector<PageItem> scratch;
    const double h = place_fields(ts, style, fields, 0, left_w, 0, scratch);
    place_fields(ts, style, fields, geometry.body_left(), left_w,
                 top + std::max(0.0, (band - h) / 2), out);
  } else {
    const auto contact = contact_lines(org, style);
    const double h = stack_height(ts, contact, left_w);
    stack_lines(ts, contact, geometry.body_left(), left_w, top + std::max(0.0, (band - h) / 2),
                Align::end, style.muted, out);
  }

  out.push_back(RuleItem{geometry.body_left(), rule_y, geometry.body_right(), rule_y, 1.6,
                         style.accent, false});
  out.push_back(RuleItem{geometry.body_left(), rule_y + 2.6, geometry.body_right(), rule_y + 2.6,
                         0.5, style.accent, false});
  return out;
}

std::vector<PageItem> make_footer(const Typesetter& ts, const DocumentStyle& style,
                                  const PageGeometry& geometry, const OrgData& org, bool room_for_qr) {
  std::vector<PageItem> out;
  const double band_top = geometry.height - geometry.margin_bottom - geometry.footer_height;
  out.push_back(RuleItem{geometry.body_left(), band_top + 4, geometry.body_right(), band_top + 4,
                         0.6, style.accent, false});
  const double size = style.small_size;
  const double row_top = band_top + 9;

  const std::vector<FurnitureLine> web = footer_contact_lines(org, size);
  const double web_w = 165;
  stack_lines(ts, web, geometry.body_right() - web_w, web_w, row_top, Align::start, style.muted, out);

  std::vector<FurnitureLine> bank;
  if (!org.bank_name.empty()) bank.push_back({{StyledText{org.bank_name, small_style(size)}}, size});
  if (!org.iban.empty())
    bank.push_back({{StyledText{"الآيبان: ", small_style(size, true)}, StyledText{org.iban, small_style(size)}}, size});
  if (!org.account_number.empty())
    bank.push_back({{StyledText{"رقم الحساب: ", small_style(size, true)}, StyledText{org.account_number, small_style(size)}},
                    size});
  const double bank_left = geometry.body_left() + kFooterQrLeft + (room_for_qr ? kFooterQrSide + 8 : 0);
  stack_lines(ts, bank, bank_left, geometry.body_right() - web_w - 8 - bank_left, row_top,
              Align::center, style.muted, out);
  return out;
}

std::vector<PageItem> make_page_label(const Typesetter& ts, const DocumentStyle& style,
                                      const PageGeometry& geometry, const OrgData& org, int page,
                                      int pages) {
  std::vector<PageItem> out;
  const double band_top = geometry.height - geometry.margin_bottom - geometry.footer_height;
  ParagraphSpec spec;
  spec.spans = {StyledText{page_label(page, pages, org.numerals), small_style(style.small_size + 0.5, true)}};
  spec.width = 90;
  spec.align = Align::end;
  spec.line_height = 1.35;
  place_paragraph(ts, spec, geometry.body_left(), band_top + 9, style.muted, out);
  return out;
}

std::vector<PageItem> make_version_label(const Typesetter& ts, const DocumentStyle& style,
                                         const PageGeometry& geometry, const OrgData& org, int version) {
  std::vector<PageItem> out;
  const double band_top = geometry.height - geometry.margin_bottom - geometry.footer_height;
  ParagraphSpec spec;
  spec.spans = {StyledText{"الإصدار (" + format_number(version, org.numerals) + ")", small_style(style.small_size)}};
  spec.width = 90;
  spec.align = Align::end;
  spec.line_height = 1.35;
  place_paragraph(ts, spec, geometry.body_left(), band_top + 9 + style.small_size * 1.6, style.muted, out);
  return out;
}

}  // namespace siyasa
