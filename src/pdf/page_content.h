// Stage "pdf", internal: one Page's items as a PDF content stream (text as glyph IDs with their
// copy-out text, rules, boxes, images), drawing on fonts and images the whole document shares.
// Links and bookmarks are pdf_document.cpp's.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "layout/paged_document.h"
#include "pdf/font_embed.h"
#include "pdf/pdf_objects.h"
#include "pdf/structure_tree.h"
#include "text/face_lookup.h"

namespace siyasa {

// The fonts and images of one document, each written once and named in one resource dictionary
// every page points at.
class DocumentResources {
 public:
  DocumentResources(PdfObjects& pdf, FaceLookup lookup);

  struct Font {
    std::string name;  // "F1"
    std::unique_ptr<EmbeddedFont> font;
    int id = 0;
  };
  // nullptr with `error` set (at the font's fonts.toml line) when the face cannot be used.
  Font* font(FaceId face, std::optional<Diagnostic>& error);

  struct Image {
    std::string name;  // "Im1"
    int width = 0, height = 0;
    int id = 0;
  };
  // nullptr with `error` set (at the image file) when the file is missing or not a PNG.
  const Image* image(const std::filesystem::path& file, std::optional<Diagnostic>& error);

  // The name of a form XObject that fills the glyph's outline (in thousandths of an em, in the
  // current fill colour), written once per glyph; nullptr when the glyph has no outline.
  const std::string* outline(const Font& font, std::uint32_t glyph);

  // Writes the fonts (subset to what the pages drew) and the resource dictionary; what went
  // wrong, if anything.
  std::optional<Diagnostic> finish();
  int id() const { return id_; }

 private:
  PdfObjects& pdf_;
  FaceLookup lookup_;
  int id_;
  std::map<FaceId, Font> fonts_;
  std::map<std::filesystem::path, Image> images_;
  struct Outline {
    std::string name;  // "G1"; empty: the glyph draws nothing
    int id = 0;
  };
  std::map<std::pair<int, std::uint32_t>, Outline> outlines_;  // by (font object, glyph)
};

// The page's content stream (before compression), in PDF's coordinates (origin bottom-left).
// Its items are marked with their elements in `tree` (page `page_index`); the untagged ones
// are wrapped as /Artifact. An empty string with `error` set when a font or image cannot be used.
std::string page_content(const Page& page, std::size_t page_index, DocumentResources& resources,
                         StructureTree& tree, std::optional<Diagnostic>& error);

}  // namespace siyasa
