// Stage "layout": the items' places in the document's logical structure (paged_document.h).
#include "layout/paged_document.h"

namespace siyasa {

void tag_items(std::vector<PageItem>& items, std::size_t from, int node) {
  for (std::size_t i = from; i < items.size(); ++i) {
    if (auto* text = std::get_if<TextItem>(&items[i]); text && text->tag == kArtifact) text->tag = node;
    if (auto* image = std::get_if<ImageItem>(&items[i]); image && image->tag == kArtifact) image->tag = node;
  }
}

void tag_items_as_artifacts(std::vector<PageItem>& items) {
  for (PageItem& item : items) {
    if (auto* text = std::get_if<TextItem>(&item)) text->tag = kArtifact;
    if (auto* image = std::get_if<ImageItem>(&item)) image->tag = kArtifact;
    if (auto* box = std::get_if<BoxItem>(&item)) box->tag = kArtifact;
  }
}

}  // namespace siyasa
