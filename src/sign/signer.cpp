// Stage "sign": opening the signing certificate and checking it before any PDF is signed.
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/sha256.h"
#include "sign/signer_keys.h"

namespace siyasa {
namespace {

namespace fs = std::filesystem;

struct BioFree {
  void operator()(BIO* p) const { BIO_free(p); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

constexpr std::uintmax_t kMaxKeyFileBytes = 1024 * 1024;

const char* kPassphraseHint =
    "give the passphrase in the environment variable SIYASA_SIGN_PASSPHRASE, or in a file named by "
    "--sign-passphrase-file";

// The file's bytes, or an error saying why not (never its contents).
std::optional<std::string> read_key_file(const fs::path& file, const SourcePos& where, Diagnostics& out) {
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    out.push_back(make_error(where, "the signing file " + file.string() + " does not exist",
                             "paths in [digital_signature] are relative to the organisation file; keep keys "
                             "outside the checkout and name them by an absolute path"));
    return std::nullopt;
  }
  const auto size = fs::file_size(file, ec);
  if (ec || !fs::is_regular_file(file, ec) || size > kMaxKeyFileBytes) {
    out.push_back(make_error(where, "the signing file " + file.string() + " is not a key or certificate file"));
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    out.push_back(make_error(where, "cannot read the signing file " + file.string()));
    return std::nullopt;
  }
  return bytes.str();
}

BioPtr memory_bio(const std::string& bytes) {
  return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

// The PEM passphrase callback: the passphrase given to load(), as OpenSSL asks for it.
int give_passphrase(char* buffer, int size, int, void* data) {
  const auto* passphrase = static_cast<const std::string*>(data);
  const int n = static_cast<int>(std::min<std::size_t>(passphrase->size(), static_cast<std::size_t>(size)));
  std::copy_n(passphrase->data(), n, buffer);
  return n;
}

std::unique_ptr<Signer::Keys> open_pkcs12(const SigningFiles& files, const std::string& passphrase,
                                          Diagnostics& out) {
  const auto bytes = read_key_file(files.pkcs12, files.where, out);
  if (!bytes) return nullptr;
  const std::string name = files.pkcs12.string();
  BioPtr bio = memory_bio(*bytes);
  std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(bio.get(), nullptr), PKCS12_free);
  if (!p12) {
    out.push_back(make_error(files.where, name + " is not a PKCS#12 file",
                             "export the certificate with its key as .p12 or .pfx, or name PEM files with "
                             "'key' and 'certificates'"));
    return nullptr;
  }
  if (!PKCS12_verify_mac(p12.get(), passphrase.c_str(), static_cast<int>(passphrase.size())) &&
      !(passphrase.empty() && PKCS12_verify_mac(p12.get(), nullptr, 0))) {
    out.push_back(make_error(files.where,
                             passphrase.empty() ? name + " needs a passphrase, and none was given"
                                                : "the passphrase does not open " + name + " (wrong passphrase)",
                             kPassphraseHint));
    return nullptr;
  }
  EVP_PKEY* key = nullptr;
  X509* certificate = nullptr;
  STACK_OF(X509)* chain = nullptr;
  if (!PKCS12_parse(p12.get(), passphrase.c_str(), &key, &certificate, &chain)) {
    out.push_back(make_error(files.where, "cannot open the key in " + name,
                             "it may use an old cipher that OpenSSL 3 no longer reads; export it again, e.g. "
                             "openssl pkcs12 -export (AES-256 by default)"));
    return nullptr;
  }
  auto keys = std::make_unique<Signer::Keys>();
  keys->key.reset(key);
  keys->certificate.reset(certificate);
  keys->chain.reset(chain ? chain : sk_X509_new_null());
  if (!keys->key || !keys->certificate) {
    out.push_back(make_error(files.where, name + (keys->key ? " holds no certificate for its key" : " holds no private key"),
                             "export the certificate together with its private key"));
    return nullptr;
  }
  return keys;
}

std::unique_ptr<Signer::Keys> open_pem(const SigningFiles& files, const std::string& passphrase, Diagnostics& out) {
  const auto key_bytes = read_key_file(files.key, files.where, out);
  const auto chain_bytes = read_key_file(files.certificates, files.where, out);
  if (!key_bytes || !chain_bytes) return nullptr;
  auto keys = std::make_unique<Signer::Keys>();
  {
    BioPtr bio = memory_bio(*key_bytes);
    std::string given = passphrase;
    ERR_clear_error();
    keys->key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, give_passphrase, &given));
  }
  if (!keys->key) {
    const bool encrypted = key_bytes->find("ENCRYPTED") != std::string::npos;
    const std::string name = files.key.string();
    if (encrypted)
      out.push_back(make_error(files.where,
                               passphrase.empty() ? name + " is encrypted and no passphrase was given"
                                                  : "the passphrase does not open " + name + " (wrong passphrase)",
                               kPassphraseHint));
    else
      out.push_back(make_error(files.where, name + " is not a PEM private key",
                               "'key' names the private key (-----BEGIN PRIVATE KEY-----), 'certificates' the "
                               "certificate chain"));
    return nullptr;
  }
  BioPtr bio = memory_bio(*chain_bytes);
  keys->chain.reset(sk_X509_new_null());
  while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    if (!keys->certificate)
      keys->certificate.reset(certificate);
    else
      sk_X509_push(keys->chain.get(), certificate);
  }
  ERR_clear_error();  // the end of the file reads as an error
  if (!keys->certificate) {
    out.push_back(make_error(files.where, files.certificates.string() + " holds no PEM certificate",
                             "'certificates' names the signing certificate (-----BEGIN CERTIFICATE-----), then "
                             "the authorities that issued it"));
    return nullptr;
  }
  return keys;
}

std::string x509_date(const ASN1_TIME* time) {
  std::tm tm{};
  if (!ASN1_TIME_to_tm(time, &tm)) return "?";
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return text;
}

std::string subject_name(X509* certificate) {
  X509_NAME* subject = X509_get_subject_name(certificate);
  const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
  if (at >= 0) {
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
    if (n > 0) {
      std::string name(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
      OPENSSL_free(utf8);
      return name;
    }
  }
  BioPtr bio(BIO_new(BIO_s_mem()));
  X509_NAME_print_ex(bio.get(), subject, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(n));
}

// The checks a certificate must pass before anything is signed with it.
void check_certificate(const Signer::Keys& keys, const SigningFiles& files, std::time_t now,
                       const std::string& name, Diagnostics& out) {
  X509* certificate = keys.certificate.get();
  const std::string which = "the signing certificate (" + name + ")";
  const char* renew = "ask the certificate authority for a valid certificate, or remove [digital_signature] to "
                      "build unsigned PDFs";
  if (X509_cmp_time(X509_get0_notBefore(certificate), &now) > 0)
    out.push_back(make_error(files.where,
                             which + " is not valid yet: from " + x509_date(X509_get0_notBefore(certificate)),
                             "check the computer's clock, or wait until the certificate's start date"));
  else if (X509_cmp_time(X509_get0_notAfter(certificate), &now) < 0)
    out.push_back(make_error(files.where, which + " expired on " + x509_date(X509_get0_notAfter(certificate)),
                             renew));
  if (X509_check_private_key(certificate, keys.key.get()) != 1) {
    ERR_clear_error();
    const std::string key = files.pkcs12.empty() ? files.key.string() : files.pkcs12.string();
    out.push_back(make_error(files.where, "the private key in " + key + " does not belong to " + which,
                             "the first certificate in 'certificates' must be the one issued for this key"));
  }
  const std::uint32_t usage = X509_get_key_usage(certificate);
  if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
    out.push_back(make_error(files.where, which + " is not meant for signing (its key usage allows neither "
                                          "digitalSignature nor nonRepudiation)",
                             "use a document-signing certificate"));
}

}  // namespace

Signer::Signer(std::unique_ptr<Keys> keys, std::string name, std::string fingerprint, SourcePos where)
    : keys_(std::move(keys)), name_(std::move(name)), fingerprint_(std::move(fingerprint)), where_(std::move(where)) {}
Signer::~Signer() = default;

Result<std::shared_ptr<const Signer>> Signer::load(const SigningFiles& files, const std::string& passphrase,
                                                    std::time_t now) {
  Diagnostics problems;
  std::unique_ptr<Keys> keys =
      files.pkcs12.empty() ? open_pem(files, passphrase, problems) : open_pkcs12(files, passphrase, problems);
  ERR_clear_error();
  if (!keys) return Result<std::shared_ptr<const Signer>>::failure(std::move(problems));
  std::string name = subject_name(keys->certificate.get());
  check_certificate(*keys, files, now, name, problems);
  if (has_errors(problems)) return Result<std::shared_ptr<const Signer>>::failure(std::move(problems));
  unsigned char* der = nullptr;
  const int n = i2d_X509(keys->certificate.get(), &der);
  std::string fingerprint = n > 0 ? sha256_hex(std::string_view(reinterpret_cast<char*>(der), static_cast<std::size_t>(n))) : "";
  OPENSSL_free(der);
  return Result<std::shared_ptr<const Signer>>::success(
      std::shared_ptr<const Signer>(new Signer(std::move(keys), std::move(name), std::move(fingerprint), files.where)));
}

}  // namespace siyasa
