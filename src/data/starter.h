// Stage "data": the commented starter organisation file that `siyasa new-org SLUG` writes.
// In: a valid slug. Out: TOML text whose "<<…>>" placeholders `siyasa check` reports until filled.
#pragma once

#include <string>

namespace siyasa {

std::string starter_org_text(const std::string& slug);

}  // namespace siyasa
