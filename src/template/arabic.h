// Stage "template": small pieces of Arabic grammar the merge needs. Plain strings in (UTF-8),
// strings out: generated digits in the organisation's numerals, the prepositions ل and ب
// attached to a noun, a count of weeks worded as Arabic counts it.
#pragma once

#include <string>
#include <string_view>

#include "data/org.h"

namespace siyasa {

// ASCII digits → Arabic-Indic (٠١٢…) for Numerals::arab; unchanged for latn. Only for numbers
// siyasa generates, never for identifiers (IBAN, phone, registration numbers).
std::string localize_digits(std::string_view text, Numerals numerals);

// Arabic-Indic and Extended Arabic-Indic digits → ASCII.
std::string western_digits(std::string_view text);

// "ل" + noun: "الجمعية" → "للجمعية", "اللجنة" → "للجنة", "لجنة البحث" → "للجنة البحث",
// "مسؤول" → "لمسؤول".
std::string with_li(std::string_view noun);
// "ب" + noun: "الجمعية" → "بالجمعية".
std::string with_bi(std::string_view noun);

// 1 → "أسبوع", 2 → "أسبوعين", 3..10 → "٣ أسابيع", 11+ → "١١ أسبوعاً".
std::string weeks_phrase(long long weeks, Numerals numerals);

// "تضع|يضع" → feminine or masculine half (the text itself when it has no top-level "|").
// A "|" inside a {{…}} tag does not split.
std::string choose_gendered(std::string_view pair, Gender gender);

// The `index`-th (from 0) of the "|"-separated forms of `forms` ("موقعه|مواقعهم", 1 → "مواقعهم");
// the text itself when it has no top-level "|", the last form when it has fewer. A "|" inside a
// {{…}} tag or inside a section ({{#g}}ها|ه{{/g}}) does not split.
std::string choose_form(std::string_view forms, size_t index);

}  // namespace siyasa
