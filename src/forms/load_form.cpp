// Reads templates/forms/<id>.toml into a FormSpec: what a form, a section, a field and a column
// are made of (the value reading itself is spec_reader.h). toml++ is reached through data/toml_file.h.
#include <algorithm>
#include <map>
#include <set>

#include "core/read_file.h"
#include "data/toml_file.h"
#include "forms/form_spec.h"
#include "forms/label.h"
#include "forms/spec_reader.h"

namespace siyasa {

using form_spec::Reader;

namespace {

struct KindName {
  const char* name;
  FieldKind kind;
};
constexpr KindName kKinds[] = {
    {"text", FieldKind::text},         {"email", FieldKind::email},
    {"textarea", FieldKind::textarea}, {"date", FieldKind::date},
    {"national_id", FieldKind::national_id}, {"phone", FieldKind::phone},
    {"number", FieldKind::number},     {"choice", FieldKind::choice},
    {"yes_no", FieldKind::yes_no},     {"table", FieldKind::table},
    {"scale", FieldKind::scale},       {"declaration", FieldKind::declaration},
    {"office_use", FieldKind::office_use},
};


std::vector<std::string> allowed_keys(FieldKind kind) {
  std::vector<std::string> keys = {"id", "kind", "label", "help", "required", "half"};
  auto add = [&](std::initializer_list<const char*> more) {
    for (const char* k : more) keys.emplace_back(k);
  };
  switch (kind) {
    case FieldKind::textarea: add({"lines"}); break;
    case FieldKind::date: add({"calendar"}); break;
    case FieldKind::national_id: add({"id_kind"}); break;
    case FieldKind::phone: add({"digits"}); break;
    case FieldKind::number: add({"digits", "unit"}); break;
    case FieldKind::choice: add({"options", "multiple", "layout", "other"}); break;
    case FieldKind::yes_no: add({"explain"}); break;
    case FieldKind::table: add({"columns", "rows"}); break;
    case FieldKind::scale: add({"items", "levels"}); break;
    case FieldKind::declaration: add({"text", "name", "signature", "date"}); break;
    case FieldKind::office_use: add({"decisions", "signed_by"}); break;
    default: break;
  }
  return keys;
}

}  // namespace

std::vector<Column> Reader::columns(const toml::table& t) {
  std::vector<Column> out;
  const toml::node* n = t.get("columns");
  const toml::array* a = n ? n->as_array() : nullptr;
  if (!a || a->empty()) {
    error(pos(n ? *n : static_cast<const toml::node&>(t)), "table has no columns",
          "add columns = [{ id = \"name\", label = \"الاسم\" }, …]");
    return out;
  }
  within_limit(*n, a->size(), "columns", kMaxTableColumns,
               "narrower columns leave no room to write; split the table in two");
  std::set<std::string> seen;
  for (const auto& e : *a) {
    if (out.size() == kMaxTableColumns) break;
    const auto* ct = e.as_table();
    if (!ct) {
      error(pos(e), "each column must be a table: { id = …, label = … }");
      continue;
    }
    check_keys(*ct, {"id", "label", "kind", "width"}, "column");
    Column c;
    c.id = identifier(*ct, "column", e);
    if (!seen.insert(c.id).second) error(pos(e), "duplicate column id '" + c.id + "'");
    c.label = label(*ct, "label");
    if (c.label.empty()) error(pos(e), "column '" + c.id + "' has no label");
    static const std::vector<std::string> kinds = {"text", "number", "date", "national_id", "phone"};
    static const FieldKind values[] = {FieldKind::text, FieldKind::number, FieldKind::date,
                                       FieldKind::national_id, FieldKind::phone};
    c.kind = values[one_of(*ct, "kind", kinds, 0)];
    if (const toml::node* w = ct->get("width")) {
      double v = w->value<double>().value_or(0);
      if (v <= 0 || v > 20) error(pos(*w), "'width' must be a positive number (a relative width)");
      else c.width = v;
    }
    out.push_back(std::move(c));
  }
  return out;
}

Field Reader::field(const toml::table& t) {
  Field f;
  f.where = pos(t);
  f.id = identifier(t, "field", t);
  if (!f.id.empty()) {
    auto [it, inserted] = field_ids.emplace(f.id, pos(*t.get("id")));
    if (!inserted)
      error(pos(*t.get("id")), "duplicate field id '" + f.id + "'",
            "first used at line " + std::to_string(it->second.line));
  }
  const toml::node* kind = t.get("kind");
  std::string kind_name = kind ? kind->value<std::string>().value_or("") : "text";
  bool known = false;
  std::vector<std::string> kind_names;
  for (const auto& k : kKinds) {
    kind_names.emplace_back(k.name);
    if (kind_name == k.name) f.kind = k.kind, known = true;
  }
  if (!known) {
    std::string all;
    for (const auto& k : kind_names) all += (all.empty() ? "" : ", ") + k;
    std::string hint = did_you_mean(kind_name, kind_names);
    error(pos(*kind), "unknown field kind '" + kind_name + "'",
          hint.empty() ? "known kinds: " + all : hint);
    return f;
  }
  check_keys(t, allowed_keys(f.kind), "field");

  f.label = label(t, "label");
  f.help = label(t, "help");
  f.required = flag(t, "required", false);
  f.half = flag(t, "half", false);
  bool label_optional = f.kind == FieldKind::table || f.kind == FieldKind::declaration ||
                        f.kind == FieldKind::office_use || f.kind == FieldKind::scale;
  if (f.label.empty() && !label_optional) error(f.where, "field '" + f.id + "' has no label");

  kind_keys(f, t);
  return f;
}

// The keys only some kinds have: lines, calendar, options, columns, items …
void Reader::kind_keys(Field& f, const toml::table& t) {
  switch (f.kind) {
    case FieldKind::textarea: f.lines = integer(t, "lines", 3, 1, 20); break;
    case FieldKind::date:
      f.calendar = static_cast<Calendar>(one_of(t, "calendar", {"hijri", "gregorian", "either"}, 0));
      break;
    case FieldKind::national_id:
      f.id_kind = static_cast<IdKind>(one_of(t, "id_kind", {"national_id", "iqama", "either"}, 2));
      break;
    case FieldKind::phone: f.digits = integer(t, "digits", 10, 5, 15); break;
    case FieldKind::number:
      f.digits = integer(t, "digits", 0, 0, 12);
      f.unit = label(t, "unit");
      break;
    case FieldKind::choice:
      f.options = labels(t, "options", kMaxChoiceOptions,
                         "a longer list is easier to answer as a text field (a city, a "
                         "nationality) or as two questions");
      if (f.options.empty()) error(f.where, "choice field '" + f.id + "' has no options");
      f.multiple = flag(t, "multiple", false);
      f.stacked = one_of(t, "layout", {"inline", "stacked"}, 0) == 1;
      f.other = label(t, "other");
      break;
    case FieldKind::yes_no: f.explain = label(t, "explain"); break;
    case FieldKind::table:
      f.columns = columns(t);
      f.rows = integer(t, "rows", 5, 1, 40);
      break;
    case FieldKind::scale:
      f.items = labels(t, "items", kMaxScaleItems, "split the statements into two scale fields");
      f.levels = labels(t, "levels", kMaxScaleLevels,
                        "a scale has at most 11 answers (0 to 10); most use 3 to 5");
      if (f.items.empty() || f.levels.size() < 2)
        error(f.where, "scale field '" + f.id + "' needs items and at least two levels");
      break;
    case FieldKind::declaration:
      f.text = label(t, "text");
      if (f.text.empty()) error(f.where, "declaration '" + f.id + "' has no text");
      f.sign_name = flag(t, "name", true);
      f.sign_signature = flag(t, "signature", true);
      f.sign_date = flag(t, "date", true);
      break;
    case FieldKind::office_use:
      f.decisions = labels(t, "decisions", kMaxOfficeDecisions,
                           "list the usual decisions; a rarer one can be written on the line");
      f.signed_by = label(t, "signed_by");
      break;
    default: break;
  }
}

Section Reader::section(const toml::table& t) {
  Section s;
  s.where = pos(t);
  check_keys(t, {"title", "note", "fields"}, "section");
  s.title = label(t, "title");
  s.note = label(t, "note");
  const toml::node* fields = t.get("fields");
  const toml::array* a = fields ? fields->as_array() : nullptr;
  if (!a || a->empty()) {
    error(s.where, "section has no fields", "add [[sections.fields]] tables under it");
    return s;
  }
  for (const auto& e : *a) {
    const auto* ft = e.as_table();
    if (!ft) continue;
    if (++field_count > kMaxFormFields) {
      if (field_count == kMaxFormFields + 1)
        error(pos(*ft), "the form has more than " + std::to_string(kMaxFormFields) +
                            " fields; the limit is " + std::to_string(kMaxFormFields),
              "split it into two forms");
      break;
    }
    s.fields.push_back(field(*ft));
  }
  return s;
}

const char* field_kind_name(FieldKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.name;
  return "?";
}

Result<FormSpec> load_form(const std::filesystem::path& file) {
  auto read = read_input_file(file, file.string(), "a form spec", kMaxFormSpecBytes,
                              file.parent_path().parent_path());
  if (!read.ok()) return Result<FormSpec>::failure(std::move(read.diagnostics));
  const std::string& text = *read;
  Reader reader(file.string(), text);
  auto parsed = parse_toml(text, file.string());
  if (!parsed.ok()) return Result<FormSpec>::failure(std::move(parsed.diagnostics));
  const toml::table& root = *parsed;
  FormSpec spec;
  spec.id = file.stem().string();
  spec.source = file;
  reader.check_keys(root, {"title", "instructions", "pages", "sections"}, "form");
  spec.pages = reader.integer(root, "pages", 0, 1, 20);
  if (const toml::node* n = root.get("pages")) spec.pages_where = reader.pos(*n);
  spec.title = reader.label(root, "title");
  if (spec.title.empty())
    reader.error(SourcePos{file.string(), 1, 1}, "form has no title",
                 "add title = \"…\" at the top of the file");
  spec.instructions = reader.label(root, "instructions");
  const toml::array* sections = root["sections"].as_array();
  if (!sections || sections->empty())
    reader.error(SourcePos{file.string(), 1, 1}, "form has no sections",
                 "add [[sections]] tables, each with [[sections.fields]]");
  else
    for (const auto& e : *sections)
      if (const auto* st = e.as_table()) spec.sections.push_back(reader.section(*st));
  if (has_errors(reader.diagnostics)) return Result<FormSpec>::failure(reader.diagnostics);
  return Result<FormSpec>::success(std::move(spec), reader.diagnostics);
}

std::vector<std::string> list_forms(const std::filesystem::path& forms_dir) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(forms_dir, ec))
    if (entry.path().extension() == ".toml") ids.push_back(entry.path().stem().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

const Result<FormSpec>& FormSpecs::get(const std::string& form_id) {
  std::lock_guard lock(mutex_);
  auto& spec = specs_[form_id];
  if (!spec) spec = std::make_unique<const Result<FormSpec>>(load_form(forms_dir_ / (form_id + ".toml")));
  return *spec;
}

}  // namespace siyasa
