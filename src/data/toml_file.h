// Stage "data": the one way a TOML file the user wrote is read (organisation files, fonts.toml,
// audiences, template front matter, form specs) — its bytes through read_input_file (so an
// over-large file is refused before it is parsed), checked to be UTF-8 text, parsed by toml++,
// and a parse error turned into one Diagnostic at its line and column, with a hint for the
// common mistakes. The stages that walk the table include this header; toml++ goes no further.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace siyasa {

// `shown` is the name diagnostics use for the file, `what` its kind ("a form spec"), `limit`
// the most bytes it may have.
Result<toml::table> read_toml_file(const std::filesystem::path& file, const std::string& shown,
                                   const std::string& what, std::uintmax_t limit);

// Text already read, e.g. a template's front matter, whose first line is line `first_line` of
// the file `shown`.
Result<toml::table> parse_toml(std::string_view text, const std::string& shown, int first_line = 1);

// Where a value or key was written: line and column of `region`'s start in the file `shown`
// (whose parsed text began at line `first_line`).
SourcePos toml_position(const std::string& shown, const toml::source_region& region, int first_line = 1);

}  // namespace siyasa
