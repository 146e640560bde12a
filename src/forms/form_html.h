// Stage "forms", browser part: a FormSpec and an OrgData in, one HTML page out — a real <form>
// with a label bound to every input, patterns and Arabic messages for IDs, phone numbers, dates
// and numbers, templates/forms/form.css (screen and print) and form.js (keeps what was typed,
// digits in any system, validation) inlined. Every text is HTML-escaped.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.h"
#include "data/org.h"
#include "forms/form_spec.h"

namespace siyasa {

// The stylesheet and script every form page carries: templates/forms/form.css and form.js.
struct FormPage {
  std::string css;
  std::string script;
};

// Reads forms_dir/form.css and forms_dir/form.js (each at most 256 KB, and neither may close
// its <style> or <script> element).
Result<FormPage> load_form_page(const std::filesystem::path& forms_dir);

struct FormHtmlOptions {
  // The page sits in output/<slug>/site/forms/: it uses the site's web fonts
  // (../assets/fonts.css) and links back to the site's index and to the form's PDF, which the
  // site holds beside the page (<id>.pdf). Otherwise the page stands alone: installed fonts.
  bool in_site = false;
  bool link_pdf = true;  // in_site: link the form's PDF (false when the build did not make it)
};

std::string render_form_html(const OrgData& org, const FormSpec& spec, const FormPage& page,
                             const FormHtmlOptions& options = {});

}  // namespace siyasa
