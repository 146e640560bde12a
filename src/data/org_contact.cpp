// The contact, bank, image, typesetting and letterhead parts of an organisation file.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/read_file.h"
#include "core/suggest.h"
#include "data/checks.h"
#include "data/org_fields.h"

namespace siyasa {
namespace {

const std::vector<std::string_view> kPlatforms{"x", "instagram", "snapchat", "tiktok", "youtube", "linkedin",
                                               "facebook", "whatsapp", "telegram", "threads"};

bool is_ascii_graphic(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u > 32 && u < 127;
  });
}

// http(s)://host/… or a bare host like kiswa.org.sa: never javascript: or another scheme.
bool is_web_address(const std::string& url) {
  std::string rest = url;
  for (std::string scheme : {"https://", "http://"})
    if (rest.rfind(scheme, 0) == 0) rest = rest.substr(scheme.size());
  if (!is_ascii_graphic(rest) || rest.find(':') != std::string::npos) return false;
  std::string host = rest.substr(0, rest.find('/'));
  return host.find('.') != std::string::npos && host.front() != '.' && host.back() != '.' &&
         std::all_of(host.begin(), host.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
         });
}

bool is_email(const std::string& email) {
  auto at = email.find('@');
  return is_ascii_graphic(email) && at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
         email.find('.', at) != std::string::npos && email.back() != '.';
}

bool is_phone(const std::string& phone) {
  std::string digits = ascii_digits(phone);
  int count = 0;
  for (char c : digits) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++count;
    else if (std::string_view(" +-()").find(c) == std::string_view::npos) return false;
  }
  return count >= 5 && count <= 15;
}

// "https://x.com/kiswa_org", "www.instagram.com/kiswa_org/" → "@kiswa_org"; a handle stays as
// written. Empty when the address names no account (no path after the host).
std::string handle_of(const std::string& written) {
  std::string rest = written;
  bool url = false;
  for (std::string scheme : {"https://", "http://"})
    if (rest.rfind(scheme, 0) == 0) {
      rest = rest.substr(scheme.size());
      url = true;
    }
  const size_t slash = rest.find('/');
  if (!url && (slash == std::string::npos || rest.substr(0, slash).find('.') == std::string::npos)) return written;
  if (slash == std::string::npos) return {};
  std::string path = rest.substr(slash + 1);
  path = path.substr(0, path.find_first_of("/?#"));
  if (!path.empty() && path.front() == '@') path.erase(0, 1);
  return path.empty() ? std::string() : "@" + path;
}

void read_social(TomlReader& reader, const toml::table& contact, OrgData& org) {
  const toml::table* social = reader.subtable(contact, "social", "contact");
  if (!social) return;
  reader.check_keys(*social, "contact.social", kPlatforms);
  for (auto&& [key, value] : *social) {
    std::string platform(key.str());
    if (std::find(kPlatforms.begin(), kPlatforms.end(), platform) == kPlatforms.end()) continue;
    auto handle = reader.text(*social, platform, "contact.social");
    if (!handle) continue;
    const std::string written = *handle;
    handle = handle_of(written);  // an address is printed as its handle
    if (handle->empty() && !written.empty())
      reader.error(reader.at(value), "'contact.social." + platform + "' names no account: \"" + written + "\"",
                   "write the handle (\"@kiswa_org\") or the address of the account's page");
    else if (handle->empty() || handle->find_first_of(" \t") != std::string::npos)
      reader.error(reader.at(value), "'contact.social." + platform + "' must be a handle without spaces",
                   "for example: " + platform + " = \"@kiswa_org\"");
    else
      org.social.push_back(SocialAccount{platform, *handle});
  }
  // Keep the order the file lists them in (toml++ tables are sorted by key).
  auto line_of = [&](const SocialAccount& a) { return social->get(a.platform)->source().begin.line; };
  std::stable_sort(org.social.begin(), org.social.end(),
                   [&](const auto& a, const auto& b) { return line_of(a) < line_of(b); });
}

void read_contact(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* contact = reader.subtable(root, "contact", "");
  if (!contact) return;
  reader.check_keys(*contact, "contact", {"website", "email", "phone", "social"});
  if (auto v = reader.text(*contact, "website", "contact")) {
    const bool spaced = v->find_first_of(" \t") != std::string::npos;
    if (is_web_address(*v)) org.website = *v;
    else reader.error(reader.at(*contact->get("website")), "'contact.website' is not a web address: \"" + *v + "\"",
                      spaced ? "it has a space in it; take the space out: a web address has none"
                             : "write it like \"https://kiswa.org.sa\"");
  }
  if (auto v = reader.text(*contact, "email", "contact")) {
    if (is_email(*v)) org.email = *v;
    else reader.error(reader.at(*contact->get("email")), "'contact.email' is not an e-mail address: \"" + *v + "\"",
                      "write it like \"info@kiswa.org.sa\"");
  }
  if (auto v = reader.text(*contact, "phone", "contact")) {
    if (is_phone(*v)) org.phone = *v;
    else reader.error(reader.at(*contact->get("phone")), "'contact.phone' is not a phone number: \"" + *v + "\"",
                      "digits, spaces, + and - only, e.g. \"+966 17 123 4567\"");
  }
  read_social(reader, *contact, org);
}

void read_bank(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* bank = reader.subtable(root, "bank", "");
  if (!bank) return;
  reader.check_keys(*bank, "bank", {"name", "iban", "account_number"});
  if (auto v = reader.text(*bank, "name", "bank")) org.bank_name = *v;
  if (auto v = reader.text(*bank, "account_number", "bank")) org.account_number = *v;
  if (auto v = reader.text(*bank, "iban", "bank")) {
    std::string iban = normalize_iban(*v);
    if (auto problem = check_iban(iban); !problem.empty())
      reader.error(reader.at(*bank->get("iban")), "'bank.iban' is not a valid IBAN: " + problem,
                   "copy it again from the bank's IBAN certificate; spaces are fine");
    else
      org.iban = iban;
  }
}

bool escapes_folder(const std::filesystem::path& p) {
  return std::any_of(p.begin(), p.end(), [](const auto& part) { return part == ".."; });
}

// One image: a PNG file inside the organisations folder, resolved relative to the org file.
void read_image(TomlReader& reader, const toml::table& images, const char* key, std::filesystem::path& target,
                const OrgData& org) {
  auto written = reader.text(images, key, "images");
  if (!written) return;
  SourcePos where = reader.at(*images.get(key));
  std::filesystem::path relative(*written);
  std::string name = "'images." + std::string(key) + "' (" + *written + ")";
  if (relative.empty() || relative.is_absolute() || escapes_folder(relative)) {
    reader.error(where, name + " must be a path inside the organisations folder",
                 "put the image next to the file, e.g. \"" + org.slug + "/" + key + ".png\"");
    return;
  }
  std::filesystem::path resolved = org.source.parent_path() / relative;
  if (!resolves_inside(resolved, org.source.parent_path())) {
    std::error_code ec;
    reader.error(where, name + " is a link to " + std::filesystem::canonical(resolved, ec).string() +
                            ", outside the organisations folder",
                 "copy the image itself into the folder, e.g. \"" + org.slug + "/" + key + ".png\"");
    return;
  }
  if (auto problem = check_png_file(resolved); !problem.empty()) {
    std::string hint = problem.find("does not exist") != std::string::npos
                           ? "paths are relative to the organisation file: " + resolved.string()
                           : "save or export the image as PNG (a transparent background suits a stamp or signature)";
    reader.error(where, name + ": " + problem, hint);
    return;
  }
  target = resolved;
}

void read_typesetting(TomlReader& reader, const toml::table& root, OrgData& org) {
  if (const toml::table* type = reader.subtable(root, "typesetting", "")) {
    reader.check_keys(*type, "typesetting", {"numerals", "kashida"});
    if (auto v = reader.text(*type, "numerals", "typesetting")) {
      if (*v == "arab") org.numerals = Numerals::arab;
      else if (*v == "latn") org.numerals = Numerals::latn;
      else reader.error(reader.at(*type->get("numerals")), "'typesetting.numerals' must be \"arab\" or \"latn\", not \"" + *v + "\"",
                        "\"arab\" prints ١٢٣, \"latn\" prints 123");
    }
    if (auto v = reader.flag(*type, "kashida", "typesetting")) org.kashida = *v;
  }
}

// [letterhead] lines and licence_label: the order and wording of the identity lines.
void read_letterhead_lines(TomlReader& reader, const toml::table& head, OrgData& org) {
  static const std::vector<std::string_view> kLines{"name", "country", "registration", "licence"};
  if (auto lines = reader.text_list(head, "lines", "letterhead")) {
    std::vector<std::string> chosen;
    for (const auto& l : *lines) {
      if (std::find(kLines.begin(), kLines.end(), l) == kLines.end()) {
        std::string hint = did_you_mean(l, kLines);
        reader.error(reader.at(*head.get("lines")), "unknown letterhead line '" + l + "'",
                     hint.empty() ? "use name, country, registration, licence" : hint);
      } else if (std::find(chosen.begin(), chosen.end(), l) != chosen.end()) {
        reader.error(reader.at(*head.get("lines")), "letterhead line '" + l + "' is listed twice");
      } else {
        chosen.push_back(l);
      }
    }
    org.letterhead_lines = chosen;
  }
  if (auto v = reader.text(head, "licence_label", "letterhead")) org.licence_label = *v;
}

// [footer]: which contacts, in which order, with which labels.
void read_footer(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* footer = reader.subtable(root, "footer", "");
  if (!footer) return;
  reader.check_keys(*footer, "footer", {"contacts", "labels"});
  std::vector<std::string_view> known{"website", "email", "phone"};
  known.insert(known.end(), kPlatforms.begin(), kPlatforms.end());
  auto has = [&](const std::string& c) {
    if (c == "website") return !org.website.empty();
    if (c == "email") return !org.email.empty();
    if (c == "phone") return !org.phone.empty();
    return std::any_of(org.social.begin(), org.social.end(), [&](const auto& a) { return a.platform == c; });
  };
  auto check_contact = [&](const std::string& c, SourcePos where, const std::string& key) {
    if (std::find(known.begin(), known.end(), c) == known.end()) {
      std::string hint = did_you_mean(c, known);
      reader.error(where, "unknown footer contact '" + c + "'",
                   hint.empty() ? "use website, email, phone or a platform of [contact.social]" : hint);
      return false;
    }
    if (!has(c)) {
      reader.error(where, "'" + key + "' names '" + c + "', which the organisation file does not give",
                   c == "website" || c == "email" || c == "phone" ? "add " + c + " = \"…\" under [contact]"
                                                                 : "add " + c + " = \"@…\" under [contact.social]");
      return false;
    }
    return true;
  };
  if (auto contacts = reader.text_list(*footer, "contacts", "footer")) {
    std::vector<std::string> chosen;
    for (const auto& c : *contacts) {
      if (!check_contact(c, reader.at(*footer->get("contacts")), "footer.contacts")) continue;
      if (std::find(chosen.begin(), chosen.end(), c) != chosen.end())
        reader.error(reader.at(*footer->get("contacts")), "footer contact '" + c + "' is listed twice");
      else
        chosen.push_back(c);
    }
    org.footer_contacts = chosen;
  }
  const std::vector<std::string> shown = org.shown_footer_contacts();
  if (const toml::table* labels = reader.subtable(*footer, "labels", "footer")) {
    for (auto&& [key, value] : *labels) {
      const std::string c(key.str());
      auto label = reader.text(*labels, c, "footer.labels");
      if (!label || !check_contact(c, reader.at(value), "footer.labels." + c)) continue;
      if (std::find(shown.begin(), shown.end(), c) == shown.end())
        reader.warning(reader.at(value), "'footer.labels." + c + "' labels a contact the footer does not show",
                       "add \"" + c + "\" to contacts under [footer], or remove the label");
      org.footer_labels[c] = *label;
    }
  }
  // The footer has room for three lines: the website, e-mail, phone and each labelled contact
  // take one; unlabelled social handles next to each other share one.
  int lines = 0;
  bool in_handles = false;
  for (const auto& c : shown) {
    const bool shared = c != "website" && c != "email" && c != "phone" && !org.footer_labels.count(c);
    if (!shared || !in_handles) ++lines;
    in_handles = shared;
  }
  if (lines > 3) {
    const toml::node* contacts = footer->get("contacts");
    reader.error(contacts ? reader.at(*contacts) : reader.at(*footer),
                 "the footer's contacts take " + std::to_string(lines) + " lines; it has room for 3",
                 "list fewer contacts, or leave social accounts unlabelled and next to each other, so they share a line");
  }
}

void read_letterhead(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* head = reader.subtable(root, "letterhead", "");
  if (!head) return;
  reader.check_keys(*head, "letterhead",
                    {"fields", "number", "date", "hijri", "attachments", "lines", "licence_label"});
  read_letterhead_lines(reader, *head, org);
  // Only the identity lines' keys: no reference fields (an empty [letterhead] still prints all four).
  const bool lines_only = !head->empty() && std::all_of(head->begin(), head->end(), [](const auto& kv) {
    return kv.first.str() == "lines" || kv.first.str() == "licence_label";
  });
  if (lines_only) return;
  // الموافق is computed from `date`; the approval's own Hijri date is another key elsewhere.
  if (const toml::node* hijri = head->get("hijri"))
    reader.error(reader.at(*hijri),
                 "'letterhead.hijri' cannot be set: the letterhead's Hijri date (الموافق) is the Umm al-Qura date of 'letterhead.date'",
                 "remove it; to print or leave out الموافق, list or leave out \"hijri\" in fields = [\"number\", \"date\", "
                 "\"hijri\", \"attachments\"]");
  static const std::vector<std::string_view> kFields{"number", "date", "hijri", "attachments"};
  org.reference_fields = {"number", "hijri", "date", "attachments"};  // the Hijri date first
  if (auto fields = reader.text_list(*head, "fields", "letterhead")) {
    org.reference_fields.clear();
    for (const auto& f : *fields) {
      if (std::find(kFields.begin(), kFields.end(), f) != kFields.end()) {
        org.reference_fields.push_back(f);
        continue;
      }
      std::string hint = did_you_mean(f, kFields);
      reader.error(reader.at(*head->get("fields")), "unknown letterhead field '" + f + "'",
                   hint.empty() ? "use number, date, hijri, attachments" : hint);
    }
  }
  org.letterhead_fields = !org.reference_fields.empty();
  if (auto v = reader.text_or_number(*head, "number", "letterhead")) org.reference_number = *v;
  if (auto v = reader.text(*head, "attachments", "letterhead")) org.reference_attachments = *v;
  const toml::node* date = head->get("date");
  if (date && date->is_string() && !is_placeholder(date->as_string()->get())) {
    // "2019-12": the day is left blank on the letterhead, to be written by hand.
    const std::string& s = date->as_string()->get();
    Date d{};
    if (s.size() == 7 && s[4] == '-' && std::sscanf(s.c_str(), "%4d-%2d", &d.year, &d.month) == 2 &&
        check_gregorian_date(Date{d.year, d.month, 1}).empty())
      org.reference_date = d;
    else
      reader.error(reader.at(*date), "'letterhead.date' must be a date (2019-12-01) or a month (\"2019-12\")");
  } else {
    org.reference_date = reader.date(*head, "date", "letterhead");
  }
}

}  // namespace

void read_contact_and_bank(TomlReader& reader, const toml::table& root, OrgData& org) {
  read_contact(reader, root, org);
  read_bank(reader, root, org);
  read_footer(reader, root, org);
}

void read_images(TomlReader& reader, const toml::table& root, OrgData& org) {
  const toml::table* images = reader.subtable(root, "images", "");
  if (!images) return;
  reader.check_keys(*images, "images", {"logo", "stamp", "signature"});
  read_image(reader, *images, "logo", org.logo, org);
  read_image(reader, *images, "stamp", org.stamp, org);
  read_image(reader, *images, "signature", org.signature, org);
}

void read_typesetting_and_letterhead(TomlReader& reader, const toml::table& root, OrgData& org) {
  read_typesetting(reader, root, org);
  read_letterhead(reader, root, org);
}

}  // namespace siyasa
