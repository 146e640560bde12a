#!/usr/bin/env python3
"""Judges siyasa's PDFs with outside readers. For each seed policy (shared seeds, or the copies
under tests/e2e/data/) it lays the text out with tests/pdf/pdf_sample and checks:
  - pdffonts: every font embedded, subset, with ToUnicode;
  - qpdf --check: no errors or warnings;
  - copy-out: MuPDF (mutool draw -F txt) >= 0.99 and poppler (pdftotext) >= 0.97 of the source
    words found in order (copyout_score.py);
  - outline (bookmarks) with the headings, in Arabic; links (one URI, internal ones);
  - document info: title, author, creation date from the data, /Lang ar-SA;
  - the same input written twice gives the same bytes;
  - the PNG preview of page 1 is a real image.

usage: pdf_readers.py PDF_SAMPLE SEED.txt... --work DIR
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

MIN_MUPDF, MIN_POPPLER = 0.99, 0.97


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


def check_copy_out(pdf, source, work, name, problems):
    with open(source, encoding="utf-8") as f:
        source_words = copyout_score.words(f.read())
    scores = {}
    for reader, command, minimum in (
        ("mupdf", ["mutool", "draw", "-q", "-F", "txt", "-o", "{out}", pdf], MIN_MUPDF),
        ("poppler", ["pdftotext", pdf, "{out}"], MIN_POPPLER),
    ):
        out = os.path.join(work, f"{name}.{reader}.txt")
        subprocess.run([a.replace("{out}", out) for a in command], check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            score, _ = copyout_score.score(source_words, copyout_score.words(f.read()))
        scores[reader] = score
        if score < minimum:
            problems.append(f"{reader} copy-out {score:.4f} < {minimum}")
    return scores


def check_structure(pdf, problems):
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
    if uris == 0:
        problems.append("no URI link annotation")
    if internal == 0:
        problems.append("no internal link annotation")
    info = run("pdfinfo", pdf)
    for field, expected in (("Title", "سياسة"), ("Author", "جمعية"), ("Creator", "siyasa"),
                            ("CreationDate", "2025")):
        line = next((l for l in info.splitlines() if l.startswith(field + ":")), "")
        if expected not in line:
            problems.append(f"pdfinfo {field}: {line!r}, expected it to contain {expected!r}")
    with open(pdf, "rb") as f:
        if b"/Lang (ar-SA)" not in f.read():
            problems.append("no /Lang (ar-SA) in the catalog")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("seeds", nargs="+")
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    failed = False
    for seed in args.seeds:
        name = os.path.splitext(os.path.basename(seed))[0]
        # The seeds are text taken out of other PDFs; a stray CJK character in one of them has no
        # glyph in any of our fonts, so it is left out of the input.
        with open(seed, encoding="utf-8") as f:
            text = re.sub(r"[\u3000-\u9FFF]", "", f.read())
        source = os.path.join(args.work, name + ".in.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        pdf = os.path.join(args.work, name + ".pdf")
        again = os.path.join(args.work, name + ".again.pdf")
        png = os.path.join(args.work, name + ".png")
        problems = []
        run(args.sample, source, pdf, "--png", png)
        run(args.sample, source, again)
        if not filecmp.cmp(pdf, again, shallow=False):
            problems.append("two runs gave different bytes")
        with open(png, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n" or os.path.getsize(png) < 5000:
                problems.append("page 1 PNG missing or empty")
        check_fonts(pdf, problems)
        check_qpdf(pdf, problems)
        # The scorer compares with the text the sample laid out (markers stripped), beside the PDF.
        scores = check_copy_out(pdf, pdf + ".txt", args.work, name, problems)
        check_structure(pdf, problems)
        status = "FAIL" if problems else "ok"
        print(f"{status} {name}: MuPDF {scores['mupdf']:.4f}, poppler {scores['poppler']:.4f}")
        for problem in problems:
            print("    " + problem)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
