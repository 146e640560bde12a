// Stage "sign": an organisation's signing certificate in — a PKCS#12 file, or a PEM private key
// and a PEM certificate chain, opened with a passphrase the build is given (never from the
// organisation file) — and a PDF whose /Contents placeholder the pdf stage left empty; the same
// PDF with a CMS detached signature in the placeholder out (PAdES baseline B: SubFilter
// ETSI.CAdES.detached, a signingCertificateV2 attribute and no signing-time attribute; the time
// is the signature dictionary's /M). OpenSSL stays inside src/sign/. Never prints; problems are
// diagnostics at the organisation file's line that names the key, and never quote the key or
// the passphrase.
#pragma once

#include <cstddef>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "data/org.h"

namespace siyasa {

class Signer {
 public:
  // Opens the key and certificates and checks them against `now`: a missing or unreadable file,
  // a wrong passphrase, a certificate not yet valid or expired, a key that does not belong to
  // the certificate, a certificate not meant for signing are errors at `files.where`.
  static Result<std::shared_ptr<const Signer>> load(const SigningFiles& files, const std::string& passphrase,
                                                   std::time_t now);
  ~Signer();
  Signer(const Signer&) = delete;
  Signer& operator=(const Signer&) = delete;

  // The signing certificate's subject (its common name, else the whole name), for /Name.
  const std::string& name() const { return name_; }
  // The SHA-256 of the signing certificate (DER), as hex: what a build's cache remembers.
  const std::string& fingerprint() const { return fingerprint_; }
  // Where the organisation file (or the command line) names the key: where its problems point.
  const SourcePos& where() const { return where_; }

  // The DER bytes of a CMS ContentInfo holding a detached SignedData over `content`; empty with
  // `error` set when OpenSSL fails.
  std::string sign(std::string_view content, std::string& error) const;

  struct Keys;  // OpenSSL's objects (signer.cpp)

 private:
  Signer(std::unique_ptr<Keys> keys, std::string name, std::string fingerprint, SourcePos where);
  std::unique_ptr<Keys> keys_;
  std::string name_, fingerprint_;
  SourcePos where_;
};

// Where a PDF's signature goes: the hex string "<000…0>" of the signature dictionary's
// /Contents, from the '<' to the '>' included; /ByteRange covers the file around it.
struct SignatureSlot {
  std::size_t offset = 0;
  std::size_t length = 0;
};

// Signs the bytes of `pdf` outside the slot and writes the signature's hex digits into it.
// Returns what stopped it (the slot too small, not a placeholder, OpenSSL failing), at the
// signer's where(); nothing when the signature is in.
Diagnostics fill_signature(std::string& pdf, const SignatureSlot& slot, const Signer& signer);

}  // namespace siyasa
