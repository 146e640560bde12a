// Stage "data": [documents] of an organisation file — the governance documents its site lists
// (bylaws, board members, annual report, audited statements, assembly members and minutes), each
// a file beside the organisation file or an http(s) link; one or several per kind.
#include <algorithm>
#include <set>

#include "data/org_fields.h"

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxDocumentBytes = 50 * 1024 * 1024;

bool is_link(const std::string& s) { return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0; }

std::string kind_phrase(const std::string& kind) {
  if (kind == "endowment") return "an endowment";
  if (kind == "foundation") return "a foundation";
  return "this organisation";
}

// One entry: "kiswa/bylaws.pdf", "https://…", or { title = "…", href = "…" }.
std::optional<OrgDocument> read_entry(TomlReader& reader, const toml::node& node, const std::string& key,
                                      const OrgData& org) {
  OrgDocument doc;
  std::string href;
  if (const auto* s = node.as_string()) {
    href = s->get();
  } else if (const auto* t = node.as_table()) {
    reader.check_keys(*t, key, {"title", "href"});
    if (auto title = reader.text(*t, "title", key)) doc.title = *title;
    auto h = reader.text(*t, "href", key);
    if (!h) {
      reader.error(reader.at(node), "'" + key + "' needs an href: a file beside the organisation file or an http(s) link");
      return std::nullopt;
    }
    href = *h;
  } else {
    reader.wrong_type(node, key, "text (a file or a link), or { title = \"…\", href = \"…\" }");
    return std::nullopt;
  }
  if (!reader.check_placeholder(node, key, href)) return std::nullopt;
  const SourcePos where = reader.at(node);
  if (is_link(href)) {
    if (href.find_first_of(" \"<>") != std::string::npos) {
      reader.error(where, "'" + key + "' is not a valid link: " + href);
      return std::nullopt;
    }
    doc.url = href;
    return doc;
  }
  const std::filesystem::path relative(href);
  if (href.find("://") != std::string::npos || relative.empty() || relative.is_absolute() ||
      std::any_of(relative.begin(), relative.end(), [](const auto& part) { return part == ".."; })) {
    reader.error(where, "'" + key + "' (" + href + ") must be an http(s) link or a path inside the organisations folder",
                 "put the file next to the organisation file, e.g. \"" + org.slug + "/bylaws.pdf\"");
    return std::nullopt;
  }
  const std::filesystem::path resolved = org.source.parent_path() / relative;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(resolved, ec)) {
    reader.error(where, "'" + key + "' (" + href + ") does not exist",
                 "paths are relative to the organisation file: " + resolved.string());
    return std::nullopt;
  }
  if (std::filesystem::file_size(resolved, ec) > kMaxDocumentBytes) {
    reader.error(where, "'" + key + "' (" + href + ") is larger than 50 MB", "publish it elsewhere and give its link");
    return std::nullopt;
  }
  doc.file = resolved;
  return doc;
}

}  // namespace

bool has_general_assembly(const OrgData& org) { return org.kind != "endowment" && org.kind != "foundation"; }

void read_documents(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* documents = reader.subtable(root, "documents", "");
  if (!documents) return;
  std::vector<std::string_view> allowed(document_kinds().begin(), document_kinds().end());
  reader.check_keys(*documents, "documents", allowed);
  std::set<std::string> file_names;  // the site copies files into one folder: names must differ
  for (const auto& kind : document_kinds()) {
    const toml::node* node = documents->get(kind);
    if (!node) continue;
    const std::string key = "documents." + kind;
    if (kind.rfind("assembly_", 0) == 0 && !has_general_assembly(org)) {
      reader.error(reader.at(*node), "'" + key + "': " + kind_phrase(org.kind) + " has no general assembly",
                   "only associations and cooperatives have a general assembly (الجمعية العمومية)");
      continue;
    }
    std::vector<const toml::node*> entries;
    if (const auto* list = node->as_array()) {
      for (const auto& e : *list) entries.push_back(&e);
      if (entries.empty()) reader.error(reader.at(*node), "'" + key + "' is an empty list");
    } else {
      entries.push_back(node);
    }
    for (const toml::node* entry : entries) {
      auto doc = read_entry(reader, *entry, key, org);
      if (!doc) continue;
      doc->kind = kind;
      if (!doc->file.empty() && !file_names.insert(doc->file.filename().string()).second) {
        reader.error(reader.at(*entry), "'" + key + "': another document is also named " + doc->file.filename().string(),
                     "the site puts every document in one folder; rename one of the files");
        continue;
      }
      org.documents.push_back(std::move(*doc));
    }
  }
}

}  // namespace siyasa
