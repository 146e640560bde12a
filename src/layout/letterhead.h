// Stage "layout", page furniture: the organisation's letterhead (top band: name, country,
// registration and licence lines on the right, logo in the middle, reference fields or contact
// lines on the left) and footer (website, social handle, bank and IBAN, "صفحة ٢ من ٤").
// OrgData in, page items out; identifiers are printed exactly as written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/org.h"
#include "layout/geometry.h"
#include "layout/images.h"
#include "layout/typeset.h"

namespace siyasa {

// One reference field of the letterhead: "الرقم" and its value (empty: a blank line to fill).
struct LetterheadField {
  std::string label;
  std::string value;
};

// The reference fields the organisation's letterhead shows (الرقم / التاريخ / الموافق / المرفقات),
// values filled from OrgData or left blank; empty when letterhead_fields is off.
std::vector<LetterheadField> letterhead_fields(const OrgData& org);

// The letterhead items (absolute page coordinates). `logo` is the logo's size when it has one.
std::vector<PageItem> make_letterhead(const Typesetter& ts, const DocumentStyle& style,
                                      const PageGeometry& geometry, const OrgData& org,
                                      const std::vector<LetterheadField>& fields,
                                      std::optional<ImageSize> logo);

// The footer items except the page label. `room_for_qr`: the bank details move right to leave
// the QR code its place (verify_mark.h, footer_verification).
std::vector<PageItem> make_footer(const Typesetter& ts, const DocumentStyle& style,
                                  const PageGeometry& geometry, const OrgData& org, bool room_for_qr = false);

// "صفحة ٢ من ٤" at the footer's left end.
std::vector<PageItem> make_page_label(const Typesetter& ts, const DocumentStyle& style,
                                      const PageGeometry& geometry, const OrgData& org, int page,
                                      int pages);

// "الإصدار (٢)" under the page label, for an organisation that names the version in the footer
// ([publication] version_in_footer); `version` > 0.
std::vector<PageItem> make_version_label(const Typesetter& ts, const DocumentStyle& style,
                                         const PageGeometry& geometry, const OrgData& org, int version);

// "مسجلة بوزارة … برقم (٦٥٦)" (masculine "مسجل" for an endowment); empty when not registered.
std::string registration_line(const OrgData& org);

}  // namespace siyasa
