// The identity part of an organisation file: names, kind (→ grammatical gender and how the text
// refers to the organisation), registration, chairman.
#include <array>
#include <string_view>

#include "core/suggest.h"
#include "data/checks.h"
#include "data/org_fields.h"

namespace siyasa {
namespace {

struct KindDefaults {
  std::string_view kind;
  Gender gender;
  std::string_view self_name;
  std::string_view board;
};

// "other" has no defaults: the file must say gender and self_name.
constexpr std::array<KindDefaults, 4> kKinds{{
    {"association", Gender::feminine, "الجمعية", "مجلس الإدارة"},
    {"cooperative", Gender::feminine, "الجمعية", "مجلس الإدارة"},
    {"endowment", Gender::masculine, "الوقف", "مجلس الإدارة"},
    {"foundation", Gender::feminine, "المؤسسة", "مجلس الأمناء"},
}};

std::vector<std::string_view> kind_names() {
  std::vector<std::string_view> names;
  for (const auto& k : kKinds) names.push_back(k.kind);
  names.push_back("other");
  return names;
}

std::string list_of(const std::vector<std::string_view>& names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

void read_kind(TomlReader& reader, const toml::table& root, OrgData& org) {
  auto kind = reader.text(root, "kind", "");
  auto gender = reader.text(root, "gender", "");
  auto self_name = reader.text(root, "self_name", "");
  const KindDefaults* defaults = nullptr;
  if (kind) {
    for (const auto& k : kKinds)
      if (k.kind == *kind) defaults = &k;
    if (!defaults && *kind != "other") {
      std::string hint = did_you_mean(*kind, kind_names());
      reader.error(reader.at(*root.get("kind")), "unknown kind '" + *kind + "'",
                   hint.empty() ? "use one of: " + list_of(kind_names()) : hint);
    }
    org.kind = *kind;
  }
  if (defaults) {
    org.gender = defaults->gender;
    org.self_name = std::string(defaults->self_name);
    org.board = std::string(defaults->board);
  } else if (kind && *kind == "other") {
    if (!gender) reader.error(reader.at(*root.get("kind")), "kind 'other' needs 'gender' (masculine or feminine)");
    if (!self_name) reader.error(reader.at(*root.get("kind")), "kind 'other' needs 'self_name' (e.g. \"المركز\")");
  }
  if (gender) {
    if (*gender == "masculine") org.gender = Gender::masculine;
    else if (*gender == "feminine") org.gender = Gender::feminine;
    else reader.error(reader.at(*root.get("gender")), "'gender' must be \"masculine\" or \"feminine\", not \"" + *gender + "\"",
                      "an endowment (وقف) is masculine, an association (جمعية) feminine");
  }
  if (self_name) org.self_name = *self_name;
}

constexpr std::string_view kCouncil = "مجلس ال";

// The policies speak of the board as a council (مجلس), masculine: "يراجع مجلس الأمناء",
// "لمجلس الأمناء". Another word would break their agreement.
void read_board(TomlReader& reader, const toml::table& root, OrgData& org) {
  auto board = reader.text(root, "board", "");
  if (!board) return;
  if (!board->starts_with(kCouncil) || board->size() <= kCouncil.size() || board->find(' ', kCouncil.size()) != std::string::npos) {
    reader.error(reader.at(*root.get("board")), "'board' must name a council in two words, \"مجلس ال…\", not \"" + *board + "\"",
                 "e.g. board = \"مجلس الأمناء\" or \"مجلس النظارة\": the policies' verbs agree with مجلس, and "
                 "\"مجلس أمناء <name>\" is made from it");
    return;
  }
  org.board = *board;
}

void read_registration(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* reg = reader.subtable(root, "registration", "");
  if (!reg) return;
  reader.check_keys(*reg, "registration", {"authority", "number", "licence"});
  if (auto v = reader.text(*reg, "authority", "registration")) org.registration_authority = *v;
  if (auto v = reader.text_or_number(*reg, "number", "registration")) org.registration_number = *v;
  if (auto v = reader.text_or_number(*reg, "licence", "registration")) org.licence_number = *v;
  if (!org.registration_number.empty() && org.registration_authority.empty())
    reader.error(reader.at(*reg->get("number")), "'registration.number' is given without 'registration.authority'",
                 "add: authority = \"وزارة الموارد البشرية والتنمية الاجتماعية\"");
}

void read_chairman(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* chairman = reader.subtable(root, "chairman", "");
  if (!chairman) return;
  reader.check_keys(*chairman, "chairman", {"name", "title"});
  if (auto v = reader.text(*chairman, "name", "chairman")) org.chairman_name = *v;
  if (auto v = reader.text(*chairman, "title", "chairman")) org.chairman_title = *v;
  if (!org.chairman_name.empty() && org.chairman_title.empty()) org.chairman_title = "رئيس " + org.board;
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

std::string board_of(const OrgData& org) {
  if (!org.board.starts_with(kCouncil)) return org.board;
  return "مجلس " + org.board.substr(kCouncil.size());
}

void read_identity(TomlReader& reader, const toml::table& root, OrgData& org) {
  reader.require(root, "name", "");
  reader.require(root, "kind", "");
  if (auto name = reader.text(root, "name", "")) {
    if (is_blank(*name)) reader.error(reader.at(*root.get("name")), "'name' is empty");
    org.name = *name;
  }
  org.short_name = reader.text(root, "short_name", "").value_or(org.name);
  read_kind(reader, root, org);
  read_board(reader, root, org);
  if (auto v = reader.text(root, "country_line", "")) org.country_line = *v;
  if (auto v = reader.text(root, "city", "")) org.city = *v;
  read_registration(reader, root, org);
  read_chairman(reader, root, org);
}

}  // namespace siyasa
