// Stage "sign": the CMS signature (PAdES baseline B) and its place in the PDF.
//
// OpenSSL's CMS_sign with CMS_CADES gives the signingCertificateV2 attribute, but its last step
// (CMS_SignerInfo_sign) always adds a signing-time attribute, which baseline B leaves out (the
// claimed time is the signature dictionary's /M). So the SignedData is made with CMS_PARTIAL,
// the messageDigest and contentType attributes are added here, and the signed attributes are
// signed here, encoded as DER (a SET OF, its members sorted) exactly as the CMS encodes them;
// the result is read back and verified before it is used.
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#include <algorithm>
#include <vector>

#include "sign/signer_keys.h"

namespace siyasa {
namespace {

struct CmsFree {
  void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;
struct BioFree {
  void operator()(BIO* p) const { BIO_free(p); }
};

// The DER length octets of `n`.
std::string der_length(std::size_t n) {
  if (n < 0x80) return std::string(1, static_cast<char>(n));
  std::string digits;
  for (; n > 0; n >>= 8) digits.insert(digits.begin(), static_cast<char>(n & 0xFF));
  return std::string(1, static_cast<char>(0x80 | digits.size())) + digits;
}

// The signed attributes as the signature covers them: SET OF Attribute, DER (members sorted).
std::string signed_attributes_der(CMS_SignerInfo* si) {
  std::vector<std::string> members;
  for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
    unsigned char* der = nullptr;
    const int n = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &der);
    if (n <= 0) return {};
    members.emplace_back(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
  }
  std::sort(members.begin(), members.end());  // bytewise; DER encodings of a SET OF compare so
  std::string body;
  for (const auto& m : members) body += m;
  return "\x31" + der_length(body.size()) + body;
}

std::string digest_sign(EVP_PKEY* key, const std::string& data) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  std::size_t length = 0;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size()) != 1)
    return {};
  std::string signature(length, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                     reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1)
    return {};
  signature.resize(length);
  return signature;
}

// Whether `der` parses back and verifies over `content` (the signer's certificate is not
// checked against any authority here: that is the reader's business).
bool verifies(const std::string& der, std::string_view content) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr parsed(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  std::unique_ptr<BIO, BioFree> data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  return parsed && CMS_verify(parsed.get(), nullptr, nullptr, data.get(), nullptr,
                              CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
}

std::string make_cms(const Signer::Keys& keys, std::string_view content, std::string& error) {
  const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_PARTIAL | CMS_NOSMIMECAP;
  CmsPtr cms(CMS_sign(nullptr, nullptr, keys.chain.get(), nullptr, flags));
  CMS_SignerInfo* si =
      cms ? CMS_add1_signer(cms.get(), keys.certificate.get(), keys.key.get(), EVP_sha256(), flags) : nullptr;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  if (!si || EVP_Digest(content.data(), content.size(), digest, &digest_length, EVP_sha256(), nullptr) != 1 ||
      !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1) ||
      !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest,
                                   static_cast<int>(digest_length))) {
    error = "OpenSSL could not prepare the signature";
    return {};
  }
  const std::string attributes = signed_attributes_der(si);
  const std::string signature = attributes.empty() ? std::string() : digest_sign(keys.key.get(), attributes);
  if (signature.empty() ||
      !ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(), static_cast<int>(signature.size()))) {
    error = "OpenSSL could not sign with the key";
    return {};
  }
  unsigned char* der = nullptr;
  const int n = i2d_CMS_ContentInfo(cms.get(), &der);
  if (n <= 0) {
    error = "OpenSSL could not encode the signature";
    return {};
  }
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
  OPENSSL_free(der);
  if (!verifies(out, content)) {
    error = "the signature made with the key does not verify";
    return {};
  }
  return out;
}

}  // namespace

std::string Signer::sign(std::string_view content, std::string& error) const {
  std::string der = make_cms(*keys_, content, error);
  ERR_clear_error();
  return der;
}

Diagnostics fill_signature(std::string& pdf, const SignatureSlot& slot, const Signer& signer) {
  const auto failed = [&signer](const std::string& why) {
    return Diagnostics{make_error(signer.where(), "cannot sign the PDF: " + why)};
  };
  if (slot.length < 2 || slot.offset + slot.length > pdf.size() || pdf[slot.offset] != '<' ||
      pdf[slot.offset + slot.length - 1] != '>')
    return failed("the PDF has no place for a signature where it should");
  std::string signed_bytes = pdf.substr(0, slot.offset);
  signed_bytes.append(pdf, slot.offset + slot.length, std::string::npos);
  std::string error;
  const std::string der = signer.sign(signed_bytes, error);
  if (der.empty()) return failed(error);
  if (der.size() * 2 > slot.length - 2)
    return failed("the signature (" + std::to_string(der.size()) + " bytes) does not fit the " +
                  std::to_string((slot.length - 2) / 2) + " bytes the PDF keeps for it (a very long certificate chain?)");
  static const char kHex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < der.size(); ++i) {
    const auto byte = static_cast<unsigned char>(der[i]);
    pdf[slot.offset + 1 + 2 * i] = kHex[byte >> 4];
    pdf[slot.offset + 2 + 2 * i] = kHex[byte & 0xF];
  }
  return {};
}

}  // namespace siyasa
