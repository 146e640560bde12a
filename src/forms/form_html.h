// Stage "forms", browser part: a FormSpec and an OrgData in, one HTML page out — a real <form>
// with a label bound to every input, input types and patterns for IDs and phone numbers, and a
// print stylesheet so the browser prints a usable paper form. Every text is HTML-escaped.
#pragma once

#include <string>

#include "data/org.h"
#include "forms/form_spec.h"

namespace siyasa {

struct FormHtmlOptions {
  // The page sits in output/<slug>/site/forms/: it uses the site's web fonts
  // (../assets/fonts.css) and links back to the site's index and to the form's PDF
  // (../../forms/<id>.pdf). Otherwise the page stands alone: inline CSS, installed fonts.
  bool in_site = false;
  bool link_pdf = true;  // in_site: link the form's PDF (false when the build did not make it)
};

std::string render_form_html(const OrgData& org, const FormSpec& spec,
                             const FormHtmlOptions& options = {});

}  // namespace siyasa
