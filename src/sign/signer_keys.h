// Stage "sign", internal: the OpenSSL objects behind a Signer, shared by signer.cpp (loading and
// checks) and cms_signature.cpp (the CMS).
#pragma once

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

#include "sign/signer.h"

namespace siyasa {

struct PkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct X509Free {
  void operator()(X509* p) const { X509_free(p); }
};
struct X509StackFree {
  void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};

struct Signer::Keys {
  std::unique_ptr<EVP_PKEY, PkeyFree> key;
  std::unique_ptr<X509, X509Free> certificate;
  std::unique_ptr<STACK_OF(X509), X509StackFree> chain;  // the authorities above it (may be empty)
};

}  // namespace siyasa
