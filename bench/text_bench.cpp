// Layout throughput of the text engine (glyphs per second) on a long policy paragraph: the
// policy paragraphs of tests/text/data/paragraphs.txt joined into one (~4 KB of Arabic with
// Latin, digits, an IBAN, a URL and brackets), laid out at a typical A4 measure.
//   cmake --preset bench && cmake --build --preset bench --target text_bench -j2
//   build/bench/bench/text_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "layout/paragraph.h"
#include "text/fonts.h"

namespace siyasa {
namespace {

const FontSet& bench_fonts() {
  static std::shared_ptr<const FontSet> fonts = [] {
    auto r = load_fonts(std::string(SIYASA_SOURCE_DIR) + "/fonts");
    if (!r.ok()) std::abort();
    return *r;
  }();
  return *fonts;
}

std::string long_paragraph() {
  std::ifstream in(std::string(SIYASA_SOURCE_DIR) + "/tests/text/data/paragraphs.txt");
  std::string all, line;
  while (std::getline(in, line)) {
    if (!all.empty()) all += ' ';
    all += line;
  }
  return all;
}

std::size_t count_glyphs(const ParagraphLayout& layout) {
  std::size_t n = 0;
  for (const Line& line : layout.lines)
    for (const GlyphRun& run : line.runs) n += run.glyphs.size();
  return n;
}

// `remembered`: shaping results kept from one iteration to the next, as in a batch where the
// same template paragraph comes back; otherwise every iteration shapes afresh. The whole
// paragraph's layout is never kept (layout_paragraph would hand back a copy of it): every
// iteration itemizes, breaks and justifies.
void lay_out(benchmark::State& state, Align align, bool kashida, bool total_fit,
             bool remembered = false) {
  ParagraphSpec spec;
  spec.spans.push_back({long_paragraph(), {FontRole::body, 13, false, ""}});
  spec.width = 453;  // A4 with 2.5 cm margins
  spec.align = align;
  spec.kashida = kashida;
  spec.total_fit = total_fit;
  const FontSet& fonts = bench_fonts();
  std::size_t glyphs = 0, lines = 0;
  for (auto _ : state) {
    state.PauseTiming();
    forget_paragraph_layouts();
    if (!remembered) forget_shaped_text(fonts);
    state.ResumeTiming();
    ParagraphLayout layout = layout_paragraph(fonts, spec);
    glyphs += count_glyphs(layout);
    lines += layout.lines.size();
    benchmark::DoNotOptimize(layout);
  }
  state.counters["glyphs/s"] = benchmark::Counter(static_cast<double>(glyphs),
                                                  benchmark::Counter::kIsRate);
  state.counters["lines"] = static_cast<double>(lines) / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * spec.spans[0].text.size()));
}

void BM_Ragged(benchmark::State& s) { lay_out(s, Align::start, false, false); }
void BM_JustifyGreedy(benchmark::State& s) { lay_out(s, Align::justify, false, false); }
void BM_JustifyTotalFit(benchmark::State& s) { lay_out(s, Align::justify, false, true); }
void BM_JustifyKashida(benchmark::State& s) { lay_out(s, Align::justify, true, true); }
void BM_JustifyKashidaRemembered(benchmark::State& s) {
  lay_out(s, Align::justify, true, true, /*remembered=*/true);
}

BENCHMARK(BM_Ragged)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JustifyGreedy)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JustifyTotalFit)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JustifyKashida)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JustifyKashida)->Unit(benchmark::kMicrosecond)->Threads(2)->UseRealTime();
BENCHMARK(BM_JustifyKashidaRemembered)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace siyasa
