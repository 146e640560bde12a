// Stage "layout", output: pages of positioned items. The PDF writer and the PNG preview draw
// exactly this and nothing else (they know nothing of paragraphs, headings or forms).
// Units are PostScript points from the page's top-left corner, y grows downwards.
#pragma once

#include <cstdint>
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

// The logical structure of a document, for the PDF's tags (a tagged PDF: screen readers, reflow,
// copy-out in reading order). Layout knows what each piece of text or picture is; it records that
// as a tree of StructNodes, and each TextItem and ImageItem points at its node with `tag`. An
// item without a node (kArtifact) is page furniture: letterhead, footer, page numbers, rules,
// frames, a table header repeated on a new page. A BoxItem has a node only when it is part of a
// picture drawn with boxes (the QR code). The PDF writer turns the tree into PDF tags.
enum class StructRole : std::uint8_t {
  section,        // one policy of a booklet
  heading,        // StructNode::level 1..6
  paragraph,
  list,           // StructNode::level 1: numbered, 0: bulleted
  list_item,
  label,          // a list item's marker
  list_body,
  table,
  table_row,
  table_header,   // a header cell (of a column)
  table_cell,
  figure,         // StructNode::alt describes the picture
  quote,
  contents,       // the table of contents
  contents_item,
};

inline constexpr int kArtifact = -1;

struct StructNode {
  StructRole role = StructRole::paragraph;
  int parent = -1;            // an earlier node's index; -1: the document itself
  int level = 0;              // heading level, or whether a list is numbered
  std::string alt;            // a figure's alternative text (Arabic, as the reader hears it)
};

// The tree of one document while layout builds it; nodes are only ever added.
struct Structure {
  std::vector<StructNode> nodes;
  // A new node under `parent`; returns its index.
  int add(StructRole role, int parent = -1, int level = 0, std::string alt = {}) {
    nodes.push_back(StructNode{role, parent, level, std::move(alt)});
    return static_cast<int>(nodes.size()) - 1;
  }
};

struct TextItem {
  GlyphRun run;
  double x = 0, y = 0;        // left edge and baseline of the run
  Color color;
  int tag = kArtifact;        // its StructNode in PagedDocument::structure
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
  int tag = kArtifact;        // a figure drawn with boxes (a QR code); set only explicitly
};

struct ImageItem {
  std::filesystem::path file; // PNG
  double x = 0, y = 0, w = 0, h = 0;
  int tag = kArtifact;        // its StructNode (a figure) in PagedDocument::structure
};

struct LinkItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::string uri;            // external link; empty for an internal one
  int dest_page = -1;         // internal link: 0-based page
  double dest_y = 0;
};

using PageItem = std::variant<TextItem, RuleItem, BoxItem, ImageItem, LinkItem>;

// Gives every TextItem and ImageItem of `items` from index `from` on that is still an artifact
// the node `node` (nested nodes tag their items first; their container takes what is left).
void tag_items(std::vector<PageItem>& items, std::size_t from, int node);
// Makes every item of `items` (boxes too) an artifact again (a copy of content drawn a second time).
void tag_items_as_artifacts(std::vector<PageItem>& items);

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

// Where a signed policy's signature field sits (layout draws its caption there; the PDF writer
// puts the field's widget on it); page -1: the document is not signed.
struct SignatureField {
  int page = -1;
  double x = 0, y = 0, w = 0, h = 0;
};

struct PagedDocument {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  DocumentInfo info;
  std::vector<StructNode> structure;     // what TextItem::tag and ImageItem::tag point at
  std::shared_ptr<const FontSet> fonts;  // the faces every TextItem refers to
  SignatureField signature;
};

}  // namespace siyasa
