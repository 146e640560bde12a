// Stage "text": generated numbers (list, page, article numbers, dates) in the organisation's
// digits. An integer or a string of digits in; UTF-8 with Arabic-Indic (٠١٢…) or Western
// (012…) digits out. Identifiers typed by the user (IBAN, licence, phone) are never converted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "data/org.h"

namespace siyasa {

// format_number(12, Numerals::arab) == "١٢"; negative numbers get a leading '-'.
std::string format_number(std::int64_t value, Numerals numerals);

// Rewrites every digit (Western or Arabic-Indic, also Extended Arabic-Indic ۰…۹) in `text` to
// the chosen digits; everything else is copied unchanged.
std::string convert_digits(std::string_view text, Numerals numerals);

}  // namespace siyasa
