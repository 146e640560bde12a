// Entry points of stage "data": one organisation file → OrgData, a folder of them → OrgSet.
// Reads and parses the file (data/toml_file.h: size and encoding checks), then walks the table.
#include <algorithm>

#include "data/checks.h"
#include "data/org.h"
#include "data/org_fields.h"
#include "data/toml_file.h"

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxOrgFileBytes = 1024 * 1024;

const std::vector<std::string_view> kTopLevelKeys{
    "name",         "short_name", "kind",  "gender", "self_name", "board", "country_line", "city",       "registration",
    "contact",      "bank",       "images", "chairman", "typesetting", "letterhead", "footer", "layout", "policies",
    "documents",    "publication", "digital_signature"};

// Keys of the sub-tables, to hint "'iban' belongs in the [bank] table".
std::map<std::string, std::string> key_homes() {
  return {{"authority", "registration"}, {"number", "registration"}, {"licence", "registration"},
          {"website", "contact"},        {"email", "contact"},       {"phone", "contact"},
          {"social", "contact"},         {"iban", "bank"},           {"account_number", "bank"},
          {"bank_name", "bank"},         {"logo", "images"},         {"stamp", "images"},
          {"signature", "images"},       {"title", "chairman"},      {"numerals", "typesetting"},
          {"kashida", "typesetting"},    {"fields", "letterhead"},   {"attachments", "letterhead"},
          {"approval", "policies.<id>"}, {"order", "policies.<id>"}, {"meeting", "policies.<id>.approval"},
          {"session", "policies.<id>.approval"}, {"date", "policies.<id>.approval"},
          {"hijri", "policies.<id>.approval"}};
}

OrgData read_org(const toml::table& root, const std::filesystem::path& file, const std::string& shown,
                 Diagnostics& diagnostics) {
  OrgData org;
  org.slug = file.stem().string();
  org.source = file;
  TomlReader reader(shown, org.positions, diagnostics);
  reader.set_key_homes(key_homes());
  reader.check_keys(root, "", kTopLevelKeys);
  read_identity(reader, root, org);
  read_contact_and_bank(reader, root, org);
  read_images(reader, root, org);
  read_typesetting_and_letterhead(reader, root, org);
  if (const toml::table* layout = reader.subtable(root, "layout", "")) read_layout(reader, *layout, "layout", org.layout);
  read_policies(reader, root, org);
  read_documents(reader, root, org);
  read_publication(reader, root, org);
  read_digital_signature(reader, root, org);
  return org;
}

}  // namespace

std::vector<std::string> OrgData::shown_footer_contacts() const {
  if (footer_contacts) return *footer_contacts;
  std::vector<std::string> shown;
  if (!website.empty()) shown.push_back("website");
  for (const auto& account : social) shown.push_back(account.platform);
  return shown;
}

SourcePos OrgData::where(const std::string& key) const {
  if (auto it = positions.find(key); it != positions.end()) return it->second;
  return SourcePos{source.string()};
}

Result<OrgData> load_org(const std::filesystem::path& file) {
  std::string shown = file.string();
  Diagnostics diagnostics;
  std::string slug = file.stem().string();
  if (!is_valid_slug(slug))
    diagnostics.push_back(make_error(SourcePos{shown}, "'" + slug + "' cannot be an organisation's short name",
                                     "rename the file: lower-case Latin letters, digits and '-', e.g. kiswa-org.toml"));
  auto root = read_toml_file(file, shown, "an organisation file", kMaxOrgFileBytes);
  if (!root.ok()) {
    diagnostics.insert(diagnostics.end(), root.diagnostics.begin(), root.diagnostics.end());
    return Result<OrgData>::failure(std::move(diagnostics));
  }
  OrgData org = read_org(*root, file, shown, diagnostics);
  // toml++ tables iterate in key order; report in the order of the file.
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  if (has_errors(diagnostics)) return Result<OrgData>::failure(std::move(diagnostics));
  return Result<OrgData>::success(std::move(org), std::move(diagnostics));
}

OrgSet load_orgs(const std::filesystem::path& folder) {
  OrgSet set;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    set.diagnostics.push_back(make_error(SourcePos{folder.string()}, "no such folder of organisation files",
                                         "run from the repository, or pass --orgs DIR"));
    return set;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.path().extension() == ".toml" && !entry.is_directory()) files.push_back(entry.path());
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.stem().string() < b.stem().string(); });
  for (const auto& file : files) {
    auto result = load_org(file);
    set.diagnostics.insert(set.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (result.ok()) set.orgs.push_back(std::move(*result));
  }
  return set;
}

}  // namespace siyasa
