#include "html/manifest.h"

#include <sstream>

#include "core/json.h"
#include "core/read_file.h"

namespace siyasa {
namespace {

constexpr std::uintmax_t kMaxManifestBytes = 16u * 1024 * 1024;

// The string value of "key": "…" on a line written by manifest_json (its escapes undone).
std::optional<std::string> string_field(const std::string& line, const std::string& key) {
  const std::string opening = "\"" + key + "\": \"";
  std::size_t i = line.find(opening);
  if (i == std::string::npos) return std::nullopt;
  std::string value;
  for (i += opening.size(); i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') return value;
    if (c != '\\') {
      value += c;
      continue;
    }
    if (++i >= line.size()) return std::nullopt;
    switch (line[i]) {
      case 'n': value += '\n'; break;
      case 'r': value += '\r'; break;
      case 't': value += '\t'; break;
      case 'u':
        if (i + 4 >= line.size()) return std::nullopt;
        value += static_cast<char>(std::stoi(line.substr(i + 1, 4), nullptr, 16) & 0x7F);
        i += 4;
        break;
      default: value += line[i];
    }
  }
  return std::nullopt;
}

std::optional<long> number_field(const std::string& line, const std::string& key) {
  const std::string opening = "\"" + key + "\": ";
  const std::size_t i = line.find(opening);
  if (i == std::string::npos) return std::nullopt;
  long value = 0;
  std::size_t j = i + opening.size();
  if (j >= line.size() || line[j] < '0' || line[j] > '9') return std::nullopt;
  for (; j < line.size() && line[j] >= '0' && line[j] <= '9' && value < 1000000; ++j) value = value * 10 + (line[j] - '0');
  return value;
}

// The strings of "key": ["…", "…"] on a line written by manifest_json (hex digits only: no escapes).
std::vector<std::string> hex_list_field(const std::string& line, const std::string& key) {
  std::vector<std::string> values;
  const std::string opening = "\"" + key + "\": [";
  std::size_t i = line.find(opening);
  if (i == std::string::npos) return values;
  const std::size_t end = line.find(']', i);
  for (i += opening.size(); i < end;) {
    const std::size_t open = line.find('"', i);
    if (open >= end) break;
    const std::size_t close = line.find('"', open + 1);
    if (close >= end) break;
    values.push_back(line.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  return values;
}

}  // namespace

const ManifestEntry* find_document(const Manifest& manifest, const std::string& sha256, bool* earlier) {
  for (const ManifestEntry& d : manifest.documents)
    if (d.sha256 == sha256) {
      *earlier = false;
      return &d;
    }
  for (const ManifestEntry& d : manifest.documents)
    for (const auto& e : d.earlier_sha256)
      if (e == sha256) {
        *earlier = true;
        return &d;
      }
  return nullptr;
}

std::string manifest_json(const Manifest& m) {
  std::ostringstream out;
  out << "{\"organisation\": " << json_quote(m.organisation) << ", \"name\": " << json_quote(m.name)
      << ", \"algorithm\": \"SHA-256\",\n \"documents\": [";
  for (std::size_t i = 0; i < m.documents.size(); ++i) {
    const ManifestEntry& d = m.documents[i];
    out << (i ? "," : "") << "\n  {\"id\": " << json_quote(d.id) << ", \"policy\": " << json_quote(d.policy)
        << ", \"title\": " << json_quote(d.title) << ", \"version\": " << d.version
        << ", \"current\": " << (d.current ? "true" : "false") << ", \"approved\": " << json_quote(d.approved)
        << ", \"effective\": " << json_quote(d.effective) << ", \"meeting\": " << json_quote(d.meeting)
        << ", \"file\": " << json_quote(d.file) << ", \"sha256\": " << json_quote(d.sha256)
        << ", \"earlier_sha256\": [";
    for (std::size_t k = 0; k < d.earlier_sha256.size(); ++k) out << (k ? ", " : "") << json_quote(d.earlier_sha256[k]);
    out << "]}";
  }
  out << "\n]}\n";
  return out.str();
}

Result<Manifest> read_manifest(const std::filesystem::path& file) {
  auto text = read_input_file(file, file.string(), "a manifest", kMaxManifestBytes);
  if (!text.ok()) return Result<Manifest>::failure(text.diagnostics);
  Manifest m;
  std::istringstream lines(*text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (number == 1) {
      m.organisation = string_field(line, "organisation").value_or("");
      m.name = string_field(line, "name").value_or("");
      if (line.find("\"algorithm\": \"SHA-256\"") == std::string::npos)
        return Result<Manifest>::failure(make_error({file.string(), 1, 1}, "not a manifest.json written by siyasa",
                                                    "pass the manifest.json of a site siyasa built"));
    }
    if (line.find("{\"id\": ") == std::string::npos) continue;
    ManifestEntry d;
    auto id = string_field(line, "id");
    auto sha = string_field(line, "sha256");
    auto version = number_field(line, "version");
    if (!id || !sha || sha->size() != 64 || !version)
      return Result<Manifest>::failure(make_error({file.string(), number, 1}, "a document of the manifest lacks its id, version or sha256"));
    d.id = *id;
    d.sha256 = *sha;
    d.version = static_cast<int>(*version);
    d.policy = string_field(line, "policy").value_or("");
    d.title = string_field(line, "title").value_or("");
    d.current = line.find("\"current\": true") != std::string::npos;
    d.approved = string_field(line, "approved").value_or("");
    d.effective = string_field(line, "effective").value_or("");
    d.meeting = string_field(line, "meeting").value_or("");
    d.file = string_field(line, "file").value_or("");
    d.earlier_sha256 = hex_list_field(line, "earlier_sha256");
    m.documents.push_back(std::move(d));
  }
  return Result<Manifest>::success(std::move(m));
}

}  // namespace siyasa
