#!/usr/bin/env python3
"""Judges siyasa's PDFs with outside readers. Either lays out plain-text policies with
tests/pdf/pdf_sample (--sample BIN TEXT...), or runs the real pipeline for every policy of the
given organisations with tests/pdf/policy_pdf (--policies BIN ORG.toml...), then checks each PDF:
  - pdffonts: every font embedded, subset, with ToUnicode;
  - qpdf --check: no errors or warnings;
  - copy-out: the share of the source words found in order (copyout_score.py) in the text of
    Debian's MuPDF (mutool draw -F txt) and poppler (pdftotext), at least --min-mupdf /
    --min-poppler (mutool 1.21 reads visual order backwards: give 0 to only report it);
  - outline (bookmarks) with the headings, in Arabic; links (one URI, internal ones);
  - document info: title, author, creation date from the data, /Lang ar-SA;
  - the same input written twice gives the same bytes;
  - the PNG preview of page 1 is a real image.

usage: pdf_readers.py (--sample BIN | --policies BIN) INPUT... --work DIR
                      [--min-mupdf 0.99] [--min-poppler 0.97]
"""
import argparse
import filecmp
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import copyout_score  # noqa: E402


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def check_fonts(pdf, problems):
    rows = run("pdffonts", pdf).splitlines()[2:]
    if not rows:
        problems.append("pdffonts lists no fonts")
    for row in rows:
        # name type encoding emb sub uni object ID: the three flags sit before the object number.
        flags = row.split()[-5:-2]
        if flags != ["yes", "yes", "yes"]:
            problems.append(f"font not embedded+subset+ToUnicode: {row}")


def check_qpdf(pdf, problems):
    result = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
    if result.returncode != 0 or "WARNING" in result.stdout + result.stderr:
        problems.append("qpdf --check: " + (result.stdout + result.stderr).strip()[-400:])


def check_copy_out(pdf, source, work, name, minimums, problems):
    with open(source, encoding="utf-8") as f:
        source_words = copyout_score.words(f.read())
    scores = {}
    for reader, command, minimum in (
        ("mupdf", ["mutool", "draw", "-q", "-F", "txt", "-o", "{out}", pdf], minimums[0]),
        ("poppler", ["pdftotext", pdf, "{out}"], minimums[1]),
    ):
        out = os.path.join(work, f"{name}.{reader}.txt")
        subprocess.run([a.replace("{out}", out) for a in command], check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            score, _ = copyout_score.score(source_words, copyout_score.words(f.read()))
        scores[reader] = score
        if score < minimum:
            problems.append(f"{reader} copy-out {score:.4f} < {minimum}")
    return scores


def check_structure(pdf, problems, sample):
    """sample: the PDF comes from pdf_sample, whose links and document info are known."""
    outline = run("mutool", "show", pdf, "outline")
    if not re.search(r"[\u0600-\u06FF]", outline):
        problems.append("no Arabic bookmarks in the outline: " + outline[:200])
    doc = json.loads(run("qpdf", "--json", pdf))
    objects = doc.get("qpdf", [{}, {}])[1] if "qpdf" in doc else doc.get("objects", {})
    uris, internal = 0, 0
    for value in objects.values():
        value = value.get("value", value) if isinstance(value, dict) else value
        if isinstance(value, dict) and value.get("/Subtype") == "/Link":
            action = value.get("/A", {})
            if isinstance(action, dict) and action.get("/S") == "/URI":
                uris += 1
            elif "/Dest" in value or (isinstance(action, dict) and action.get("/S") == "/GoTo"):
                internal += 1
    if sample and uris == 0:
        problems.append("no URI link annotation")
    if sample and internal == 0:
        problems.append("no internal link annotation")
    info = run("pdfinfo", pdf)
    expected_info = [("Title", "سياسة"), ("Creator", "siyasa")]
    if sample:
        expected_info += [("Author", "جمعية"), ("CreationDate", "2025")]
    for field, expected in expected_info:
        line = next((l for l in info.splitlines() if l.startswith(field + ":")), "")
        if expected not in line:
            problems.append(f"pdfinfo {field}: {line!r}, expected it to contain {expected!r}")
    with open(pdf, "rb") as f:
        if b"/Lang (ar-SA)" not in f.read():
            problems.append("no /Lang (ar-SA) in the catalog")


def check_pdf(pdf, name, work, minimums, produce, sample):
    """produce(pdf) writes the PDF (and pdf + '.txt', the logical text); returns problems."""
    problems = []
    again = os.path.join(work, name + ".again.pdf")
    produce(again)
    if not filecmp.cmp(pdf, again, shallow=False):
        problems.append("two runs gave different bytes")
    png = pdf[:-4] + ".png"
    with open(png, "rb") as f:
        if f.read(8) != b"\x89PNG\r\n\x1a\n" or os.path.getsize(png) < 5000:
            problems.append("page 1 PNG missing or empty")
    check_fonts(pdf, problems)
    check_qpdf(pdf, problems)
    scores = check_copy_out(pdf, pdf + ".txt", work, name, minimums, problems)
    check_structure(pdf, problems, sample)
    print(f"{'FAIL' if problems else 'ok'} {name}: MuPDF {scores['mupdf']:.4f}, "
          f"poppler {scores['poppler']:.4f}")
    for problem in problems:
        print("    " + problem)
    return bool(problems)


def main():
    parser = argparse.ArgumentParser()
    driver = parser.add_mutually_exclusive_group(required=True)
    driver.add_argument("--sample")
    driver.add_argument("--policies")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--work", required=True)
    parser.add_argument("--min-mupdf", type=float, default=0.99)
    parser.add_argument("--min-poppler", type=float, default=0.97)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    minimums = (args.min_mupdf, args.min_poppler)
    failed = False
    if args.sample:
        for source in args.inputs:
            name = os.path.splitext(os.path.basename(source))[0]
            pdf = os.path.join(args.work, name + ".pdf")
            run(args.sample, source, pdf, "--png", pdf[:-4] + ".png")
            failed |= check_pdf(pdf, name, args.work, minimums,
                                lambda out: run(args.sample, source, out), True)
    else:
        again_dir = os.path.join(args.work, "again")
        os.makedirs(again_dir, exist_ok=True)
        run(args.policies, args.work, *args.inputs)
        run(args.policies, again_dir, *args.inputs)
        for pdf in sorted(f for f in os.listdir(args.work)
                          if f.endswith(".pdf") and not f.endswith(".again.pdf")):
            name = pdf[:-4]
            path = os.path.join(args.work, pdf)
            failed |= check_pdf(path, name, args.work, minimums,
                                lambda out: os.replace(os.path.join(again_dir, pdf), out), False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
