// IBANs as users type them: grouped by spaces, in lower case, with Arabic-Indic digits.
// ISO 13616: country code, two check digits, then the national account number; valid when the
// rearranged number is 1 modulo 97.
#include <cctype>
#include <map>
#include <string>

#include "data/checks.h"
#include "data/org.h"

namespace siyasa {
namespace {

// Lengths of the countries a Saudi non-profit's bank account is likely to be in.
const std::map<std::string, std::size_t>& known_lengths() {
  static const std::map<std::string, std::size_t> lengths{
      {"SA", 24}, {"AE", 23}, {"BH", 22}, {"KW", 30}, {"QA", 29}, {"OM", 23}, {"JO", 30},
      {"EG", 29}, {"LB", 28}, {"GB", 22}, {"DE", 22}, {"FR", 27}, {"TR", 26}};
  return lengths;
}

}  // namespace

std::string normalize_iban(const std::string& written) {
  std::string out;
  for (char c : ascii_digits(written)) {
    if (c == ' ' || c == '\t' || c == '-') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  // A no-break space (U+00A0) pasted from a bank's web page is two bytes; drop it too.
  std::string cleaned;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xC2 && i + 1 < out.size() &&
        static_cast<unsigned char>(out[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    cleaned += out[i];
  }
  return cleaned;
}

std::string check_iban(const std::string& iban) {
  if (iban.size() < 4) return "an IBAN has at least 15 characters; this one has " + std::to_string(iban.size());
  for (char c : iban)
    if (!std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) > 127)
      return "an IBAN has only Latin letters and digits";
  if (!std::isalpha(static_cast<unsigned char>(iban[0])) || !std::isalpha(static_cast<unsigned char>(iban[1])))
    return "an IBAN starts with a two-letter country code, like SA";
  if (!std::isdigit(static_cast<unsigned char>(iban[2])) || !std::isdigit(static_cast<unsigned char>(iban[3])))
    return "the 3rd and 4th characters of an IBAN are its check digits";
  std::string country = iban.substr(0, 2);
  auto known = known_lengths().find(country);
  if (known != known_lengths().end() && iban.size() != known->second)
    return country + " IBANs have " + std::to_string(known->second) + " characters; this one has " +
           std::to_string(iban.size());
  if (iban.size() < 15 || iban.size() > 34)
    return "an IBAN has 15 to 34 characters; this one has " + std::to_string(iban.size());
  std::string rearranged = iban.substr(4) + iban.substr(0, 4);
  int remainder = 0;
  for (char c : rearranged) {
    int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  if (remainder != 1) return "the check digits do not match (ISO 13616 mod-97): a character is mistyped";
  return {};
}

}  // namespace siyasa
