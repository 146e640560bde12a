// Stage "data": an organisation file (orgs/<slug>.toml) in, an OrgData value out.
// OrgData is what every later stage knows of an organisation; toml++ stays inside src/data/.
// Every key the user wrote keeps its position (OrgData::where) so a problem found by a later
// stage still points at the user's line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/diagnostic.h"

namespace siyasa {

enum class Gender { masculine, feminine };
enum class Numerals { arab, latn };  // Arabic-Indic (٠١٢…) or Western (012…) generated digits

struct Date {
  int year = 0;
  int month = 0;  // 0 only where documented: a year-only approval date
  int day = 0;    // 0 only where documented: a letterhead date whose day is left blank
  friend bool operator==(const Date&, const Date&) = default;
};

// A value of a per-policy option, as written in the organisation file. Which options exist, their
// types and defaults are declared by each policy template's front matter, not here.
using OptionValue = std::variant<bool, std::int64_t, std::string, std::vector<std::string>>;

struct Approval {
  std::string meeting;           // "161" (a number) or "الأول" (an ordinal, as the seeds write it)
  std::string session;           // "الأولى"; empty when the seed names none
  Date date;                     // Gregorian date of the meeting (month and day 0 when year_only
                                 // and the file gives only the year: `date = 2023`)
  std::optional<Date> hijri;     // explicit Umm al-Qura date when the board's minutes differ
  bool year_only = false;        // "… لعام ٢٠٢٣ م" instead of a full date
  bool supersedes = false;       // "وتحل هذه السياسة محل …"
  std::string supersedes_what;   // what it replaces, e.g. "جميع السياسات الموضوعة سابقاً"
};

// How a policy is laid out where the organisation chose ([layout] for all its policies,
// [policies.<id>.layout] for one); what it leaves unset follows the template and the defaults.
struct LayoutChoices {
  std::optional<std::string> contents;            // "auto" (a contents list from 3 headings), "on", "off"
  std::optional<bool> title_page;                 // the title block alone on the first page
  std::optional<bool> name_under_title;           // the organisation's short name under the title
  std::optional<std::string> approval_placement;  // "end" or "after_title", whatever the date's form
  std::optional<std::string> approval_heading;    // "اعتماد مجلس الإدارة", or the organisation's words
  std::optional<std::string> list_numbers;        // numbered lists: "1." "1-" "(1)" or "أ-"
  std::optional<std::string> signature_caption;   // printed under the signature ("التوقيع")
  std::optional<std::string> stamp_caption;       // printed under the stamp ("الختم")
};

// One approved version of a policy in the organisation's register ([[policies.<id>.versions]]).
struct PolicyVersion {
  int number = 1;                  // 1, 2, … in the order approved
  Approval approval;               // the board meeting that approved it
  std::optional<Date> effective;   // in force from (the approval date when not given)
  std::string changes;             // what changed, in a line or two ("" for the first version)
  int supersedes = 0;              // the version it replaces (0: none)

  Date effective_date() const { return effective.value_or(approval.date); }
};

// One policy the organisation adopts: which template, in which place of the booklet, with which
// option values and which board approval.
struct PolicyAdoption {
  std::string id;                               // template id, e.g. "beneficiary-relations"
  int order = 0;                                // position in the booklet (1-based)
  std::map<std::string, OptionValue> options;   // checked against the template's declared options
  std::optional<Approval> approval;             // the current version's approval
  // The register, oldest first: a single [approval] is version 1; [[versions]] list them all.
  std::vector<PolicyVersion> versions;
  bool versioned = false;        // written as [[versions]]: documents name their version number
  int review_years = 0;          // review cycle; 0 = the template's default

  LayoutChoices layout;                         // [policies.<id>.layout] over the organisation's [layout]

  const PolicyVersion* current() const { return versions.empty() ? nullptr : &versions.back(); }
};

// A governance document the organisation publishes on its site (bylaws, annual report …): a
// file beside the organisation file, copied into the site, or a link to where it is published.
struct OrgDocument {
  std::string kind;               // one of kDocumentKinds
  std::string title;              // optional words after the kind's name ("٢٠٢٤"); may be empty
  std::filesystem::path file;     // resolved relative to the organisation file; empty for a link
  std::string url;                // http(s) address; empty for a file
};

// The documents an organisation file may list under [documents], in the order the governance
// page shows them. The last two exist only where there is a general assembly.
inline const std::vector<std::string>& document_kinds() {
  static const std::vector<std::string> kinds = {"bylaws", "board", "annual_report", "financial_statements",
                                                 "assembly_members", "assembly_minutes"};
  return kinds;
}

struct SocialAccount {
  std::string platform;  // "x", "instagram", …
  std::string handle;    // "@kiswa_org"
};

// Where an organisation's signing certificate is: a PKCS#12 file (.p12, .pfx: the key and its
// certificate chain), or a PEM private key and a PEM file of certificates (the signing
// certificate first, then the authorities that issued it). Paths are as resolved (relative to
// the organisation file, or absolute: keys are best kept outside the checkout).
struct SigningFiles {
  std::filesystem::path pkcs12;
  std::filesystem::path key, certificates;
  SourcePos where;  // the line naming the key, where its problems are reported
};

struct OrgData {
  std::string slug;                  // file stem: orgs/<slug>.toml
  std::filesystem::path source;      // the file it was loaded from

  // Identity
  std::string name;                  // "جمعية كسوة الكاسي بمحافظة أبي عريش"
  std::string short_name;            // "جمعية كسوة الكاسي" (defaults to name)
  std::string kind;                  // "association", "endowment", "cooperative", "foundation"
  Gender gender = Gender::feminine;  // of how the text refers to the organisation
  std::string self_name;             // "الجمعية" / "الوقف": how the policy text refers to it
  std::string board = "مجلس الإدارة";  // the council that approves the policies: "مجلس الأمناء" for a foundation
  std::string country_line;          // "المملكة العربية السعودية"
  std::string registration_authority;  // "وزارة الموارد البشرية والتنمية الاجتماعية"
  std::string registration_number;   // "656" (written as in the certificate)
  std::string licence_number;
  std::string city;                  // city or governorate

  // Contact and bank (identifiers: always printed as written)
  std::string website, email, phone;
  std::vector<SocialAccount> social;
  std::string bank_name, iban, account_number;

  // Images, resolved relative to the organisation file; empty when not given
  std::filesystem::path logo, stamp, signature;

  std::string chairman_name;         // "م/ أحمد علي الكلي"
  std::string chairman_title;        // "رئيس مجلس الإدارة"

  // Typesetting preferences
  Numerals numerals = Numerals::arab;
  bool kashida = false;              // justify with tatweel where HarfBuzz says it is safe

  // Letterhead reference fields (الرقم / التاريخ / الموافق / المرفقات); empty strings print blank lines
  bool letterhead_fields = false;
  std::string reference_number, reference_attachments;
  std::optional<Date> reference_date;  // day 0 = day left blank to fill in by hand ("   / ١٢ / ٢٠١٩")
  // Which fields the letterhead shows, in this order: "number", "date", "hijri", "attachments"
  // (all four unless [letterhead] fields says otherwise; empty when letterhead_fields is false).
  std::vector<std::string> reference_fields;
  // The letterhead's identity lines, in this order: "name", "country", "registration",
  // "licence" ([letterhead] lines; all four in this order by default; one without data is skipped).
  std::vector<std::string> letterhead_lines = {"name", "country", "registration", "licence"};
  std::string licence_label;         // "رقم الترخيص :" → "رقم الترخيص : N"; empty: "ترخيص رقم (N)"

  // The footer's contacts, in this order: "website", "email", "phone" or a social platform
  // ([footer] contacts; unset: the website, then the social accounts in file order — see
  // shown_footer_contacts), and a label printed before any of them ([footer.labels], e.g.
  // x = "حسابنا في منصة X:").
  std::optional<std::vector<std::string>> footer_contacts;
  std::map<std::string, std::string> footer_labels;

  LayoutChoices layout;                  // [layout]: every policy's, unless its own says otherwise

  std::vector<PolicyAdoption> policies;  // in booklet order

  std::vector<OrgDocument> documents;    // [documents], in document_kinds() order

  // Publication ([publication]): where the QR code linking the verification page goes
  // ("approval": under the approval block, "footer": in every page's footer, "none"), the public
  // address of the policy site (default: website + "/policies/") and whether the footer names
  // the version.
  std::string qr_placement = "approval";
  std::string site_url;
  bool version_in_footer = false;

  // [digital_signature]: the files of the certificate the policy PDFs are signed with (PAdES,
  // src/sign/); none: the PDFs are not signed. The passphrase is never in the file.
  std::optional<SigningFiles> signing;

  // Never read from the file: set by the build for one form, what the adopted policy that refers
  // to the form gives it to name ("policy.review_body", "policy.article.use", "audience.plural" …;
  // the template stage's MergedPolicy::form_values).
  std::map<std::string, std::string> form_values;

  // Where each key was written: "name", "bank.iban", "policies.beneficiary-relations.approval.date" …
  std::map<std::string, SourcePos> positions;

  // Position of a dotted key, or of the file itself when the key was not written.
  SourcePos where(const std::string& key) const;

  // footer_contacts, or by default the website, then the social accounts in file order.
  std::vector<std::string> shown_footer_contacts() const;
};

// Whether an organisation of this kind has a general assembly (الجمعية العمومية): an association
// or a cooperative has one; an endowment (وقف) or a foundation (مؤسسة أهلية) has none. "other"
// is not refused.
bool has_general_assembly(const OrgData& org);

// The board in construct state, before the organisation's name: "مجلس إدارة" («مجلس إدارة
// جمعية المثال»), "مجلس أمناء". `board` always reads "مجلس ال…" (read_board checks it).
std::string board_of(const OrgData& org);

// Reads and validates one organisation file. Unknown keys, wrong types, invalid IBANs and
// impossible dates are errors pointing at the key's line and column.
Result<OrgData> load_org(const std::filesystem::path& file);

// Whether a slug is safe as a file and folder name: [a-z0-9-]+, not starting with '-'.
bool is_valid_slug(const std::string& slug);

// The compact form of an IBAN as users type it (spaces removed, upper case, Arabic-Indic digits
// made ASCII), and a message saying what is wrong with it (empty when it is valid).
std::string normalize_iban(const std::string& written);
std::string check_iban(const std::string& compact);

// Every orgs/*.toml in a folder (sorted by slug); diagnostics from all files are collected.
struct OrgSet {
  std::vector<OrgData> orgs;
  Diagnostics diagnostics;
};
OrgSet load_orgs(const std::filesystem::path& folder);

}  // namespace siyasa
