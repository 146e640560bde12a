// The stages after the text engine, on the longest sample policy (rahah-coop's booklet: two
// policies, cover and contents): merge, Markdown, page layout and PDF writing, each alone, with
// pages per second where pages are made.
//   cmake --preset bench && cmake --build --preset bench --target pipeline_bench -j2
//   build/bench/bench/pipeline_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "data/org.h"
#include "layout/document.h"
#include "layout/paragraph.h"
#include "markdown/doctree.h"
#include "pdf/pdf_writer.h"
#include "template/policy.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

const std::filesystem::path kRoot = SIYASA_SOURCE_DIR;

template <class T>
T must(Result<T> r) {
  if (!r.ok()) std::abort();
  return std::move(*r);
}

struct Sample {
  std::shared_ptr<const FontSet> fonts = must(load_fonts(kRoot / "fonts"));
  OrgData org = must(load_org(kRoot / "orgs" / "rahah-coop.toml"));
  std::vector<MergedPolicy> policies = [this] {
    std::vector<MergedPolicy> out;
    for (const auto& p : org.policies) out.push_back(must(merge_policy(org, p.id, kRoot / "templates")));
    return out;
  }();
};

const Sample& sample() {
  static const Sample s;
  return s;
}

void BM_MergePolicies(benchmark::State& state) {
  const Sample& s = sample();
  for (auto _ : state) {
    for (const auto& p : s.org.policies) benchmark::DoNotOptimize(merge_policy(s.org, p.id, kRoot / "templates"));
  }
}
BENCHMARK(BM_MergePolicies)->Unit(benchmark::kMillisecond);

void BM_ParseMarkdown(benchmark::State& state) {
  const Sample& s = sample();
  for (auto _ : state) {
    for (const auto& p : s.policies) benchmark::DoNotOptimize(parse_markdown(p.markdown, "bench.md"));
  }
}
BENCHMARK(BM_ParseMarkdown)->Unit(benchmark::kMicrosecond);

// What is kept between iterations: nothing, the shaping results (as text_bench's
// "Remembered"), or also whole paragraph layouts (as a batch has for a template paragraph that
// comes back unchanged).
enum class Kept { nothing, shapes, paragraphs };

void lay_out_booklet(benchmark::State& state, Kept kept) {
  const Sample& s = sample();
  std::size_t pages = 0;
  for (auto _ : state) {
    if (kept != Kept::paragraphs) {
      state.PauseTiming();
      forget_paragraph_layouts();
      if (kept == Kept::nothing) forget_shaped_text(*s.fonts);
      state.ResumeTiming();
    }
    auto doc = must(layout_booklet_document(s.fonts, s.org, s.policies));
    pages += doc.pages.size();
  }
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
}
void BM_LayoutBooklet(benchmark::State& state) { lay_out_booklet(state, Kept::nothing); }
void BM_LayoutBookletRemembered(benchmark::State& state) { lay_out_booklet(state, Kept::shapes); }
void BM_LayoutBookletParagraphsRemembered(benchmark::State& state) { lay_out_booklet(state, Kept::paragraphs); }
BENCHMARK(BM_LayoutBooklet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutBookletRemembered)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutBookletParagraphsRemembered)->Unit(benchmark::kMillisecond);

void BM_WritePdf(benchmark::State& state) {
  const Sample& s = sample();
  const PagedDocument doc = must(layout_booklet_document(s.fonts, s.org, s.policies));
  const auto out = std::filesystem::temp_directory_path() / "siyasa-bench-booklet.pdf";
  std::size_t pages = 0;
  for (auto _ : state) {
    if (has_errors(write_pdf(doc, out))) std::abort();
    pages += doc.pages.size();
  }
  std::filesystem::remove(out);
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WritePdf)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace siyasa
