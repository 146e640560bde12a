// Stage "forms", spec part: templates/forms/<id>.toml in, a FormSpec out (toml++ stays inside
// src/forms/). Every text is kept as an unrendered Mustache label with its position in the spec,
// so one spec serves every organisation and a bad placeholder still points at the user's line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa {

// A Mustache template over organisation data, as written in the spec.
struct Label {
  std::string source;  // empty: not given
  SourcePos where;     // position of the text's first character in the spec
  bool empty() const { return source.empty(); }
};

enum class FieldKind {
  text,         // single line
  email,        // single line, left-to-right
  textarea,     // box of n writing lines
  date,         // day / month / year cells
  national_id,  // 10 digit cells: national ID or iqama
  phone,        // digit cells (Saudi mobile: 05xxxxxxxx)
  number,       // digit cells, or an open box with a unit
  choice,       // checkboxes (several) or radio buttons (one), optional "other: ____"
  yes_no,       // نعم / لا, optional "if yes, explain" line
  table,        // repeating rows of columns (e.g. family members)
  scale,        // statements rated on one scale (satisfaction surveys)
  declaration,  // text + name, signature and date lines
  office_use,   // "for office use only" panel: received by, date, decision, signature
};

enum class Calendar { hijri, gregorian, either };
enum class IdKind { national_id, iqama, either };

struct Column {
  std::string id;
  Label label;
  FieldKind kind = FieldKind::text;  // text, number, date, national_id or phone
  double width = 1;                  // relative width
};

struct Field {
  std::string id;
  FieldKind kind = FieldKind::text;
  Label label;
  Label help;                 // a short note under the label
  bool required = false;
  bool half = false;          // shares a row with the next half-width field
  SourcePos where;            // the field's table header

  int lines = 3;                    // textarea; declaration text box is not counted here
  Calendar calendar = Calendar::hijri;  // date
  IdKind id_kind = IdKind::either;      // national_id
  int digits = 10;                  // phone; number (0 = an open box)
  Label unit;                       // number: "ريال", "فرد"

  std::vector<Label> options;       // choice
  bool multiple = false;            // choice: checkboxes instead of radio buttons
  bool stacked = false;             // choice: one option per line instead of inline
  Label other;                      // choice: "أخرى" with a writing line; empty = none

  Label explain;                    // yes_no: "إذا كانت الإجابة نعم، فاذكر…"

  std::vector<Column> columns;      // table
  int rows = 5;                     // table

  std::vector<Label> items;         // scale: the statements
  std::vector<Label> levels;        // scale: the answers, best first

  Label text;                       // declaration: what the signer affirms
  bool sign_name = true, sign_signature = true, sign_date = true;  // declaration lines

  std::vector<Label> decisions;     // office_use: the committee's possible decisions
  Label signed_by;                  // office_use: who signs ("توقيع رئيس لجنة البحث")
};

struct Section {
  Label title;
  Label note;                  // optional paragraph under the title
  std::vector<Field> fields;
  SourcePos where;
};

struct FormSpec {
  std::string id;              // file stem
  Label title;
  Label instructions;
  std::vector<Section> sections;
  int pages = 0;               // pages the printed form is designed to fit; 0 when not claimed
  SourcePos pages_where;
  std::filesystem::path source;
};

// Limits of a spec (templates/forms/README.md says why each is where it is). Past one,
// load_form gives an error at the key, so a spec pasted together by mistake cannot make the
// printed form run to dozens of pages or the build run for minutes.
inline constexpr std::uintmax_t kMaxFormSpecBytes = 256 * 1024;  // the shipped specs: 3–6 KB
inline constexpr std::size_t kMaxFormFields = 200;       // in the whole form
inline constexpr std::size_t kMaxChoiceOptions = 25;     // a choice field's options: one page
inline constexpr std::size_t kMaxTableColumns = 12;      // 15 mm each across the A4 measure
inline constexpr std::size_t kMaxScaleItems = 50;        // a scale's statements
inline constexpr std::size_t kMaxScaleLevels = 11;       // a scale's answers (0–10 is the widest)
inline constexpr std::size_t kMaxOfficeDecisions = 20;   // an office-use panel's decisions

// Reads and validates one spec: unknown keys and field kinds (with a did-you-mean hint),
// duplicate field ids, a table without columns, a label with an unknown placeholder or an
// unclosed section, a missing title, a count past its limit — all errors at the offending key's
// line and column (a file past kMaxFormSpecBytes: at the file).
Result<FormSpec> load_form(const std::filesystem::path& file);

// Ids of every templates/forms/*.toml in `forms_dir`, sorted.
std::vector<std::string> list_forms(const std::filesystem::path& forms_dir);

// The specs of one forms folder, each loaded the first time it is asked for and kept, so a
// batch reads each spec once instead of once per organisation and output. Safe to share
// between threads.
class FormSpecs {
 public:
  explicit FormSpecs(std::filesystem::path forms_dir) : forms_dir_(std::move(forms_dir)) {}
  // load_form of forms_dir/<form_id>.toml (its errors too), loaded once.
  const Result<FormSpec>& get(const std::string& form_id);
  const std::filesystem::path& folder() const { return forms_dir_; }

 private:
  std::filesystem::path forms_dir_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<const Result<FormSpec>>> specs_;
};

const char* field_kind_name(FieldKind kind);

}  // namespace siyasa
