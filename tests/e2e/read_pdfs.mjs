// Reads PDFs with the engines of the common viewers, from npm (package-lock.json pins them):
//   pdfium  (@embedpdf/pdfium: Chrome, Edge)  page text through FPDFText_GetText, and how many
//           times FPDFText_FindStart/FindNext find each of the given words;
//   pdfjs   (pdfjs-dist: Firefox)             getTextContent, items joined as its text layer
//           copies them (a line break where an item ends a line);
//   mupdf   (mupdf: MuPDF.js, current MuPDF)  structured text as plain text.
// Text is returned raw: nothing is stripped or normalised here.
//
//   node read_pdfs.mjs JOB.json OUT.json
// JOB.json: [{"pdf": "a.pdf", "words": ["word", ...]}, ...]
// OUT.json: [{"pdf": ..., "pdfium": TEXT, "pdfjs": TEXT, "mupdf": TEXT, "pdfium_hits": {word: N}}]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

async function openPdfium() {
  const { init } = await import("@embedpdf/pdfium");
  const wasm = readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm"));
  const lib = await init({ wasmBinary: wasm });
  lib.PDFiumExt_Init();
  return lib;
}

function utf16Ptr(lib, text) {
  const bytes = (text.length + 1) * 2;
  const ptr = lib.pdfium.wasmExports.malloc(bytes);
  lib.pdfium.stringToUTF16(text, ptr, bytes);
  return ptr;
}

function readPdfium(lib, bytes, words) {
  const m = lib.pdfium;
  const buffer = m.wasmExports.malloc(bytes.length);
  m.HEAPU8.set(bytes, buffer);
  const doc = lib.FPDF_LoadMemDocument(buffer, bytes.length, "");
  if (!doc) throw new Error("pdfium cannot open the document");
  const hits = Object.fromEntries(words.map((w) => [w, 0]));
  const needles = words.map((w) => [w, utf16Ptr(lib, w)]);
  let text = "";
  for (let p = 0; p < lib.FPDF_GetPageCount(doc); p++) {
    const page = lib.FPDF_LoadPage(doc, p);
    const textPage = lib.FPDFText_LoadPage(page);
    const count = lib.FPDFText_CountChars(textPage);
    const out = m.wasmExports.malloc((count + 1) * 2);
    const written = lib.FPDFText_GetText(textPage, 0, count, out);
    text += m.UTF16ToString(out, Math.max(0, written - 1) * 2) + "\n\f";
    m.wasmExports.free(out);
    for (const [word, needle] of needles) {
      const search = lib.FPDFText_FindStart(textPage, needle, 0, 0);
      while (lib.FPDFText_FindNext(search)) hits[word]++;
      lib.FPDFText_FindClose(search);
    }
    lib.FPDFText_ClosePage(textPage);
    lib.FPDF_ClosePage(page);
  }
  for (const [, needle] of needles) m.wasmExports.free(needle);
  lib.FPDF_CloseDocument(doc);
  m.wasmExports.free(buffer);
  return { text, hits };
}

async function readPdfjs(pdfjs, bytes) {
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const item of content.items) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n\f";
  }
  await doc.destroy();
  return text;
}

function readMupdf(mupdf, bytes) {
  const doc = mupdf.Document.openDocument(bytes, "application/pdf");
  let text = "";
  for (let p = 0; p < doc.countPages(); p++) {
    text += doc.loadPage(p).toStructuredText("preserve-whitespace").asText() + "\n\f";
  }
  return text;
}

async function main() {
  const [jobFile, outFile] = process.argv.slice(2);
  const jobs = JSON.parse(readFileSync(jobFile, "utf8"));
  const pdfium = await openPdfium();
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const mupdf = await import("mupdf");
  const results = [];
  for (const job of jobs) {
    const bytes = new Uint8Array(readFileSync(job.pdf));
    const { text, hits } = readPdfium(pdfium, bytes, job.words);
    results.push({
      pdf: job.pdf,
      pdfium: text,
      pdfium_hits: hits,
      pdfjs: await readPdfjs(pdfjs, bytes.slice()),
      mupdf: readMupdf(mupdf, bytes),
    });
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  writeFileSync(outFile, JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
