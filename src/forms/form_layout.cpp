// The paper form: letterhead, title and instructions, then the sections' blocks stacked onto A4
// pages; a section moves whole to the next page when it fits there, otherwise it breaks between
// its blocks (a table's header repeats on the new page); every page gets a footer.
#include "forms/form_layout.h"

#include <fstream>
#include <optional>

#include "forms/form_field_blocks.h"
#include "forms/label.h"
#include "forms/wording.h"

namespace siyasa {
namespace {

using namespace form_draw;

constexpr double kPageWidth = 595.2756, kPageHeight = 841.8898;
constexpr double kSide = 15 * kMm, kTop = 12 * kMm, kBottom = 20 * kMm;
constexpr double kContent = kPageWidth - 2 * kSide;
constexpr double kFieldGap = 1.6 * kMm, kSectionGap = 3 * kMm, kGutter = 8 * kMm;

// Width and height of a PNG from its IHDR chunk; nullopt when the file is not a PNG.
std::optional<std::pair<double, double>> png_size(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  unsigned char h[24] = {};
  if (!in.read(reinterpret_cast<char*>(h), sizeof h) || h[1] != 'P' || h[2] != 'N' || h[3] != 'G') return std::nullopt;
  auto be = [&](int at) { return double((h[at] << 24) | (h[at + 1] << 16) | (h[at + 2] << 8) | h[at + 3]); };
  if (be(16) <= 0 || be(20) <= 0) return std::nullopt;
  return std::pair{be(16), be(20)};
}

// The letterhead is drawn once, on the first page: the organisation's lines are a paragraph of
// the form (who issues it), its logo a figure.
Block letterhead(const Drafter& d, const OrgData& org, Structure& structure) {
  Block b;
  double logo_w = 0;
  if (!org.logo.empty())
    if (auto size = png_size(org.logo)) {
      double h = 20 * kMm, w = h * size->first / size->second;
      if (w > 45 * kMm) w = 45 * kMm, h = w * size->second / size->first;
      b.items.push_back(ImageItem{org.logo, 0, 0, w, h, structure.add(StructRole::figure, -1, 0, "شعار " + org.name)});
      logo_w = w + 5 * kMm;
      b.height = h;
    }
  double y = 0;
  auto lines = form_words::letterhead_lines(org);
  for (const auto& line : lines) {
    bool name = line == org.name;
    const TextStyle& style = name ? d.styles().org_name : d.styles().body;
    y += d.paragraph(b, line, style, logo_w, y, kContent - logo_w, Align::start, 1.3) + 1 * kMm;
  }
  tag_items(b.items, 0, structure.add(StructRole::paragraph));
  b.height = std::max(b.height, y) + 2 * kMm;
  d.rule(b, 0, b.height, kContent, b.height, 1.2);
  d.rule(b, 0, b.height + 1.1, kContent, b.height + 1.1, 0.4);
  b.height += 5 * kMm;
  return b;
}

Block title_block(const Drafter& d, const OrgData& org, const FormSpec& spec, Structure& structure) {
  Block b;
  b.height = d.paragraph(b, render_label(spec.title, org), d.styles().title, 0, 0, kContent, Align::center, 1.3) +
             4 * kMm;
  tag_items(b.items, 0, structure.add(StructRole::heading, -1, 1));
  if (!spec.instructions.empty()) {
    const double pad = 3 * kMm;
    const std::size_t from = b.items.size();
    double h = d.paragraph(b, render_label(spec.instructions, org), d.styles().body, pad, b.height + pad,
                           kContent - 2 * pad, Align::justify, 1.6);
    tag_items(b.items, from, structure.add(StructRole::paragraph));
    d.box(b, 0, b.height, kContent, h + 2 * pad, 0.6);
    b.height += h + 2 * pad + 2 * kMm;
  }
  return b;
}

Block section_title(const Drafter& d, const OrgData& org, const Section& s, Structure& structure) {
  Block b;
  const double bar = 7.5 * kMm;
  d.box(b, 0, 0, kContent, bar, 0, kShade);
  d.rule(b, kContent - 0.8, 0, kContent - 0.8, bar, 1.6);
  d.line(b, render_label(s.title, org), d.styles().section, 0, kContent - 3 * kMm, Align::start, 5.3 * kMm);
  tag_items(b.items, 0, structure.add(StructRole::heading, -1, 2));
  b.height = bar + 1.5 * kMm;
  const std::size_t note = b.items.size();
  if (!s.note.empty())
    b.height += d.paragraph(b, render_label(s.note, org), d.styles().body, 0, b.height, kContent, Align::start) +
                1.5 * kMm;
  tag_items(b.items, note, structure.add(StructRole::paragraph));
  b.keep_with_next = true;
  return b;
}

// Two half-width fields side by side: the first on the right.
Block pair_blocks(Block right, Block left) {
  Block b;
  b.items = std::move(right.items);
  b.items.insert(b.items.end(), left.items.begin(), left.items.end());
  b.height = std::max(right.height, left.height);
  return b;
}

// The blocks of one section. After each field it asks the deadline; once it has expired it
// stops and sets `stopped` to the field it was drawing (or had just drawn).
// Each field's text is tagged as a paragraph per block (its label, help, options; a table's
// caption), a table's header and rows as a table (TH, TD); boxes and writing lines are artifacts.
std::vector<Block> section_blocks(const Drafter& d, const OrgData& org, const Section& s, int section_index,
                                  const Deadline& deadline, std::optional<SourcePos>& stopped,
                                  Structure& structure) {
  std::vector<Block> blocks{section_title(d, org, s, structure)};
  auto tagged = [&structure](Block b) {
    tag_items(b.items, 0, structure.add(StructRole::paragraph));
    return b;
  };
  const double half = (kContent - kGutter) / 2;
  int table = 0;
  for (std::size_t i = 0; i < s.fields.size(); ++i) {
    if (i > 0 && deadline.expired()) {
      stopped = s.fields[i - 1].where;
      return blocks;
    }
    const Field& f = s.fields[i];
    if (f.half && i + 1 < s.fields.size() && s.fields[i + 1].half) {
      auto right = draw_field(d, f, half + kGutter, half);
      auto left = draw_field(d, s.fields[i + 1], 0, half);
      blocks.push_back(pair_blocks(tagged(std::move(right.front())), tagged(std::move(left.front()))));
      ++i;
    } else {
      auto drawn = draw_field(d, f, 0, kContent);
      ++table;
      int table_node = -1;
      for (auto& b : drawn) {
        b.table = section_index * 1000 + table;
        if (!b.cells.empty()) {
          if (table_node < 0) table_node = structure.add(StructRole::table);
          const int row = structure.add(StructRole::table_row, table_node);
          std::vector<int> cells;
          for (std::size_t c = 0; c < b.cells.size(); ++c)
            cells.push_back(structure.add(b.table_header ? StructRole::table_header : StructRole::table_cell, row));
          // Last cell first: each takes the untagged items from its start on.
          for (std::size_t c = b.cells.size(); c-- > 0;) tag_items(b.items, b.cells[c], cells[c]);
        }
        blocks.push_back(tagged(std::move(b)));
      }
    }
    blocks.back().height += kFieldGap;
  }
  if (deadline.expired()) stopped = s.fields.empty() ? s.where : s.fields.back().where;
  return blocks;
}

class Paginator {
 public:
  explicit Paginator(PagedDocument& doc) : doc_(doc) { new_page(); }

  double room() const { return kPageHeight - kBottom - y_; }
  double full_room() const { return kPageHeight - kBottom - kTop; }
  bool at_top() const { return y_ == kTop; }
  int page() const { return static_cast<int>(doc_.pages.size()) - 1; }
  double y() const { return y_; }

  void new_page() {
    doc_.pages.emplace_back();
    y_ = kTop;
  }
  // `again`: a table header repeated on a new page, page furniture there.
  void place(const Block& b, bool again = false) {
    auto items = b.items;
    if (again) tag_items_as_artifacts(items);
    translate(items, kSide, y_);
    auto& page = doc_.pages.back().items;
    page.insert(page.end(), items.begin(), items.end());
    y_ += b.height;
  }
  void skip(double h) { y_ += h; }

  // A section: whole on this page, else whole on the next, else broken between blocks.
  // Returns the page and height where its first block landed.
  std::pair<int, double> section(const std::vector<Block>& blocks) {
    std::pair<int, double> start{-1, 0};
    double total = 0;
    for (const auto& b : blocks) total += b.height;
    if (total > room() && total <= full_room() && !at_top()) new_page();
    const Block* header = nullptr;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const Block& b = blocks[i];
      if (b.table_header) header = &b;
      if (header && header->table != b.table) header = nullptr;
      double need = b.height;
      for (std::size_t j = i; blocks[j].keep_with_next && j + 1 < blocks.size(); ++j) need += blocks[j + 1].height;
      if (need > room() && !at_top()) {
        new_page();
        if (header && !b.table_header && header->table == b.table) place(*header, true);
      }
      if (i == 0) start = {page(), y_};
      place(b);
    }
    skip(kSectionGap);
    return start;
  }

 private:
  PagedDocument& doc_;
  double y_ = kTop;
};

void add_footers(const Drafter& d, PagedDocument& doc, const std::string& title, const OrgData& org) {
  const int pages = static_cast<int>(doc.pages.size());
  for (int p = 0; p < pages; ++p) {
    Block b;
    const double y = kPageHeight - 14 * kMm;
    d.rule(b, 0, 0, kContent, 0, 0.5);
    std::string left = std::string(form_words::kPage) + " " + d.number(p + 1) + " " + form_words::kOf + " " +
                       d.number(pages);
    d.line(b, title + " — " + (org.short_name.empty() ? org.name : org.short_name), d.styles().small, 0, kContent,
           Align::start, 4.5 * kMm);
    d.line(b, left, d.styles().small, 0, kContent, Align::end, 4.5 * kMm);
    translate(b.items, kSide, y);
    auto& items = doc.pages[p].items;
    items.insert(items.end(), b.items.begin(), b.items.end());
  }
}

}  // namespace

Result<PagedDocument> layout_form(const std::shared_ptr<const FontSet>& fonts, const OrgData& org,
                                  const FormSpec& spec, const Deadline& deadline) {
  PagedDocument doc;
  doc.fonts = fonts;
  const std::string title = render_label(spec.title, org);
  doc.info.title = title;
  doc.info.author = org.name;
  doc.info.subject = title + " — " + org.name;
  doc.info.keywords = "نموذج";
  Drafter d(*fonts, org, kContent);
  Paginator pages(doc);
  Structure structure;
  pages.place(letterhead(d, org, structure));
  pages.place(title_block(d, org, spec, structure));
  for (std::size_t i = 0; i < spec.sections.size(); ++i) {
    std::optional<SourcePos> stopped;
    auto blocks = section_blocks(d, org, spec.sections[i], static_cast<int>(i) + 1, deadline, stopped, structure);
    if (stopped) return Result<PagedDocument>::failure(time_limit_error(*stopped, deadline));
    auto [page, y] = pages.section(blocks);
    doc.outline.push_back(OutlineEntry{render_label(spec.sections[i].title, org), 1, page, y});
  }
  add_footers(d, doc, title, org);
  doc.structure = std::move(structure.nodes);
  return Result<PagedDocument>::success(std::move(doc));
}

}  // namespace siyasa
