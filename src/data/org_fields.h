// Stage "data", internal: the readers of each part of an organisation file, shared between
// org_load.cpp (identity, contact, bank, images, letterhead) and org_policies.cpp (policies).
#pragma once

#include <filesystem>

#include "data/org.h"
#include "data/toml_reader.h"

namespace siyasa {

void read_identity(TomlReader& reader, const toml::table& root, OrgData& org);
void read_contact_and_bank(TomlReader& reader, const toml::table& root, OrgData& org);
void read_images(TomlReader& reader, const toml::table& root, OrgData& org);
void read_typesetting_and_letterhead(TomlReader& reader, const toml::table& root, OrgData& org);
void read_policies(TomlReader& reader, const toml::table& root, OrgData& org);
void read_documents(TomlReader& reader, const toml::table& root, OrgData& org);
void read_publication(TomlReader& reader, const toml::table& root, OrgData& org);
void read_digital_signature(TomlReader& reader, const toml::table& root, OrgData& org);
// [layout] or [policies.<id>.layout] (prefix "layout" / "policies.<id>.layout") into `out`.
void read_layout(TomlReader& reader, const toml::table& table, const std::string& prefix, LayoutChoices& out);

}  // namespace siyasa
