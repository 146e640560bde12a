// Stage "layout", output: pages of positioned items. The PDF writer and the PNG preview draw
// exactly this and nothing else (they know nothing of paragraphs, headings or forms).
// Units are PostScript points from the page's top-left corner, y grows downwards.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "layout/paragraph.h"

namespace siyasa {

struct Color {
  double r = 0, g = 0, b = 0;
};

struct TextItem {
  GlyphRun run;
  double x = 0, y = 0;        // left edge and baseline of the run
  Color color;
};

struct RuleItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
  bool dashed = false;
};

struct BoxItem {
  double x = 0, y = 0, w = 0, h = 0;
  double stroke = 0.5;        // 0: no outline
  Color stroke_color;
  std::optional<Color> fill;
};

struct ImageItem {
  std::filesystem::path file; // PNG
  double x = 0, y = 0, w = 0, h = 0;
};

struct LinkItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::string uri;            // external link; empty for an internal one
  int dest_page = -1;         // internal link: 0-based page
  double dest_y = 0;
};

using PageItem = std::variant<TextItem, RuleItem, BoxItem, ImageItem, LinkItem>;

struct Page {
  double width = 595.2756;    // A4
  double height = 841.8898;
  std::vector<PageItem> items;
};

struct OutlineEntry {
  std::string title;
  int level = 1;              // 1 = top
  int page = 0;               // 0-based
  double y = 0;
};

// The approved version a policy's PDF carries in its metadata (Info dictionary and XMP);
// version 0 for documents that are not one policy (booklet, forms).
struct VersionMark {
  std::string document_id;    // "example/beneficiary-relations/v2"
  int version = 0;
  std::string approved, effective, meeting;  // ISO 8601 dates; the meeting as the minutes name it
  std::string verify_url;     // "" when the organisation has no website
};

struct DocumentInfo {
  std::string title, author, subject, keywords;
  std::string language = "ar-SA";
  std::string creation_date;  // ISO 8601, from data, so output is reproducible
  VersionMark version;
};

struct PagedDocument {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  DocumentInfo info;
  std::shared_ptr<const FontSet> fonts;  // the faces every TextItem refers to
};

}  // namespace siyasa
