// Stage "layout", verification part: the address of a policy's verification page in, a slice
// out — a QR code (libqrencode, drawn as filled squares, no image) with a short caption beside
// it, kept with the approval block above it. libqrencode stays inside verify_mark.cpp.
// A signed policy also gets a framed caption where the PDF writer puts its signature field.
#pragma once

#include <string>
#include <vector>

#include "layout/blocks.h"

namespace siyasa {

// The dark modules of the QR code of `text` (medium error correction), row by row, `size` a
// side; empty when the text cannot be encoded.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;  // size × size
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x]; }
};
QrMatrix encode_qr(const std::string& text);

// [publication] qr = "footer": the QR code of `url` in the footer band, left of the bank details
// (make_footer leaves it room), linking `url`; a figure with `tag` (kArtifact: furniture, on
// every page but one). Empty when the text cannot be encoded.
inline constexpr double kFooterQrSide = 36, kFooterQrLeft = 95;  // side; from the body's left edge
std::vector<PageItem> footer_verification(const PageGeometry& geometry, const std::string& url, int tag);

// The QR code of `url` at the start (right) of the body with `caption` to its left.
void append_verification(const BodyContext& ctx, const std::string& url, const std::string& caption,
                         std::vector<Slice>& out);

// A signed policy: a frame at the start (right) of the body with the caption «وُقّعت هذه الوثيقة
// رقميًا», kept with the slice before it (the approval block or the QR code). Its place is the
// anchor kSignatureAnchor, which signature_field_at turns into PagedDocument::signature.
inline constexpr const char* kSignatureAnchor = "siyasa-signature-field";
void append_signature_field(const BodyContext& ctx, std::vector<Slice>& out);
SignatureField signature_field_at(const PageGeometry& geometry, int page, double y);

}  // namespace siyasa
