// Stage "data": the checks an organisation file's values go through, free of toml++ so tests and
// other stages can use them: IBANs, calendar dates, PNG images, slugs.
// Each check takes a plain value and returns an empty string when it is fine, else a message.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data/org.h"

namespace siyasa {

// "" when the Gregorian date exists and its year is within 1900–2100.
std::string check_gregorian_date(const Date& date);

// "" when the Hijri date is plausible (years 1300–1600, months 1–12, days 1–30).
std::string check_hijri_date(const Date& date);

// Days between a Hijri date (arithmetic calendar) and a Gregorian date: the Umm al-Qura date of a
// day differs from the arithmetic one by a day or two, so a large difference means a typo.
int hijri_gregorian_gap_days(const Date& hijri, const Date& gregorian);

// The arithmetic-calendar Hijri date of a Gregorian date (±2 days of Umm al-Qura), for hints.
Date approximate_hijri(const Date& gregorian);

// "" when the file is a PNG image of sane size (checks the signature bytes and the IHDR chunk).
std::string check_png_file(const std::filesystem::path& file);

// Whether a value is still a placeholder of the starter file: "<<…>>".
bool is_placeholder(std::string_view value);

// A string with every Arabic-Indic or Eastern Arabic-Indic digit replaced by its ASCII digit.
std::string ascii_digits(std::string_view text);

}  // namespace siyasa
