#!/usr/bin/env python3
"""Copy-out and search in the PDF engines of the common viewers, for every sample PDF.

Builds the repository's organisations (`siyasa build --only pdf --only forms`), then reads every
policy, booklet and form PDF with
  pdfium   (Chrome, Edge)            @embedpdf/pdfium, through read_pdfs.mjs
  pdfjs    (Firefox)                 pdfjs-dist, through read_pdfs.mjs
  mupdf    (MuPDF.js, current MuPDF) mupdf, through read_pdfs.mjs
  poppler  (Evince, Okular)          pdftotext
  mutool   (Debian's MuPDF 1.21)     reported, not required: it reads visual order backwards
and scores the RAW text of each (nothing stripped, no invisible character removed):
  - copy-out: the share of the source's words found in order. The source of a policy is
    `siyasa render --format txt`, of a booklet its policies' texts one after another, of a form
    the text of its printed lines (tests/forms/form_text). Words are split at white space and
    compared after NFC, with punctuation trimmed from their ends only. A form's labels, choices
    and cells stand side by side in a grid that each reader walks in its own order, so a form
    is scored by its words in any order (each word whole and as often as printed);
  - invisible: words with U+2060, U+200B-U+200F, U+FFFD or a bidi control (U+061C, the isolates
    U+2066-U+2069) inside, or a tatweel the source does not have;
  - search: every occurrence of each source word is found, by pdfium's FPDFText_FindStart and
    by a plain substring search of each engine's text (at least as many hits as the source has).
With --pdf-dir DIR it judges PDFs built before (no build).

usage: viewer_text.py --siyasa BIN --form-text BIN --source-dir DIR --work DIR
                      [--min ENGINE=SCORE...] [--min-find 0.99] [--report FILE]
                      [--extra PDF:TXT ... --extra-min ENGINE=SCORE... --extra-min-find S] [--pdf-dir DIR] [--show N]
Exit 1 when a required engine scores below its minimum, gives a source word with an invisible
character inside, puts a bidi isolate (U+2066-U+2069) or ALM anywhere in its text, or a search
finds fewer than --min-find of the source's occurrences.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from difflib import SequenceMatcher

from sample_listing import adopted_policies

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = ("pdfium", "pdfjs", "mupdf", "poppler")
REPORTED = ("mutool",)
# The embeddings U+202A-U+202E are not counted: pdftotext itself writes LRE/RLE ... PDF around
# every stretch of the other direction, for any PDF.
INVISIBLE = {"\u2060", "\ufffd", "\u061c"} | {chr(c) for c in [*range(0x200B, 0x2010), *range(0x2066, 0x206A)]}
ISOLATES = (0x061C, 0x2066, 0x2067, 0x2068, 0x2069)
TATWEEL = "\u0640"


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs).stdout


def trim(token):
    """Punctuation (and any other character that is neither a letter, a digit nor a mark) off
    both ends of a word."""
    def keeps(c):
        return c.isalnum() or unicodedata.category(c).startswith("M")
    start, end = 0, len(token)
    while start < end and not keeps(token[start]):
        start += 1
    while end > start and not keeps(token[end - 1]):
        end -= 1
    return token[start:end]


def words(text):
    out = []
    for token in unicodedata.normalize("NFC", text).split():
        token = trim(token)
        if token:
            out.append(token)
    return out


def bag_score(source_words, read_words):
    """The share of the source's words the reader has, each as often, in any order."""
    from collections import Counter
    have = Counter(read_words)
    found = sum(min(n, have[w]) for w, n in Counter(source_words).items())
    return found / len(source_words) if source_words else 1.0


def score(source_words, read_words):
    matcher = SequenceMatcher(None, source_words, read_words, autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    return (found / len(source_words) if source_words else 1.0), matcher


def differences(source_words, read_words, matcher, limit):
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and len(out) < limit:
            out.append(f"{tag}: {' '.join(source_words[i1:i2])[:60]!r} -> "
                       f"{' '.join(read_words[j1:j2])[:60]!r}")
    return out


def invisible_words(read_words, source_words):
    """Words of the source a reader gives with an invisible character inside, or with a tatweel
    the source does not have (words the source does not have, such as the letterhead's, are the
    copy-out score's business)."""
    known = set(source_words)
    bad = []
    for word in read_words:
        if word in known:
            continue
        bare = "".join(c for c in word if c not in INVISIBLE and c != TATWEEL)
        if bare in known or trim(bare) in known:
            bad.append(word)
    return bad


def search_words(source_text):
    """The distinct words to search for: letters or digits, two characters or more (NFC)."""
    seen = []
    for word in words(source_text):
        if len(word) >= 2 and all(c.isalnum() or unicodedata.category(c).startswith("M")
                                  for c in word) and word not in seen:
            seen.append(word)
    return seen


def judge(pdf, source_text, texts, pdfium_hits, in_order):
    """texts: engine -> raw text. Returns {engine: {...}} and whether every required passed."""
    source_words = words(source_text)
    flat_source = " ".join(unicodedata.normalize("NFC", source_text).split())
    wanted = {w: flat_source.count(w) for w in search_words(source_text)}
    result = {}
    for engine, text in texts.items():
        read_words = words(text)
        value, matcher = score(source_words, read_words)
        if not in_order:
            value = bag_score(source_words, read_words)
        # A search matches canonically equivalent text (marks in either order), as a viewer's does.
        flat = unicodedata.normalize("NFC", text)
        found = sum(min(flat.count(w), n) for w, n in wanted.items())
        result[engine] = {
            "score": value,
            "invisible": invisible_words(read_words, source_words),
            # Anywhere on the page, letterhead and footer too: the isolates layout puts around an
            # identifier steer its own bidi; a reader must not get them.
            "isolates": sum(text.count(chr(c)) for c in ISOLATES),
            "search": (found, sum(wanted.values())),
            "diff": differences(source_words, read_words, matcher, 6),
        }
    found = sum(min(pdfium_hits.get(w, 0), n) for w, n in wanted.items())
    result["pdfium"]["find"] = (found, sum(wanted.values()))
    return result


def sources(args, build, work):
    """(pdf, source text) for every sample PDF of the build."""
    siyasa = args.siyasa
    folders = ["--orgs", os.path.join(args.source_dir, "orgs"),
               "--templates", os.path.join(args.source_dir, "templates")]
    policies = adopted_policies(run(siyasa, "list", *folders))
    pairs = []
    for slug, ids in sorted(policies.items()):
        org = os.path.join(args.source_dir, "orgs", slug + ".toml")
        texts = []
        for policy in ids:
            txt = os.path.join(work, f"{slug}-{policy}.txt")
            run(siyasa, "render", "--org", org, "--policy", policy, "--format", "txt",
                "--templates", os.path.join(args.source_dir, "templates"), "-o", txt)
            with open(txt, encoding="utf-8") as f:
                texts.append(f.read())
            pairs.append((os.path.join(build, slug, "policies", policy + ".pdf"), texts[-1]))
        pairs.append((os.path.join(build, slug, "booklet.pdf"), "\n".join(texts)))
        forms_dir = os.path.join(build, slug, "forms")
        for pdf in sorted(os.listdir(forms_dir)) if os.path.isdir(forms_dir) and args.form_text else []:
            form = pdf[:-4]
            text = run(args.form_text, org, form, os.path.join(args.source_dir, "templates"),
                       os.path.join(args.source_dir, "fonts"))
            pairs.append((os.path.join(forms_dir, pdf), text))
    return pairs


def read_all(pairs, work):
    job = [{"pdf": pdf, "words": search_words(text)} for pdf, text in pairs]
    job_file, out_file = os.path.join(work, "job.json"), os.path.join(work, "engines.json")
    with open(job_file, "w", encoding="utf-8") as f:
        json.dump(job, f, ensure_ascii=False)
    subprocess.run(["node", os.path.join(HERE, "read_pdfs.mjs"), job_file, out_file], check=True)
    with open(out_file, encoding="utf-8") as f:
        read = {r["pdf"]: r for r in json.load(f)}
    for pdf, _ in pairs:
        r = read[pdf]
        r["poppler"] = run("pdftotext", "-enc", "UTF-8", pdf, "-")
        r["mutool"] = subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf],
                                     capture_output=True, text=True).stdout
    return read


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--siyasa", required=True)
    parser.add_argument("--form-text", help="tests/forms/form_text; without it forms are skipped")
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--min", nargs="*", default=[],
                        help="ENGINE=SCORE minimums, e.g. pdfium=0.99 (default 0.99 for each)")
    parser.add_argument("--extra-min", nargs="*", default=[],
                        help="ENGINE=SCORE minimums for the --extra PDFs")
    parser.add_argument("--min-for", nargs="*", default=[], metavar="REGEX:ENGINE=SCORE",
                        help="lower minimums for the PDFs whose path matches REGEX (known shortfalls, "
                             "named in the README)")
    parser.add_argument("--min-find", type=float, default=0.99,
                        help="share of the source's word occurrences each search must find")
    parser.add_argument("--extra-min-find", type=float, default=0.99)
    parser.add_argument("--report")
    parser.add_argument("--extra", nargs="*", default=[],
                        help="PDF:TXT pairs judged with the samples (e.g. fully vowelled text)")
    parser.add_argument("--pdf-dir", help="judge the PDFs already built here (no build)")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    build = args.pdf_dir or os.path.join(args.work, "build")
    if not args.pdf_dir:
        run(args.siyasa, "build", "--orgs", os.path.join(args.source_dir, "orgs"),
            "--templates", os.path.join(args.source_dir, "templates"),
            "--fonts", os.path.join(args.source_dir, "fonts"), "--out", build,
            "--only", "pdf", "--only", "forms", "--force", "--quiet", "--jobs", "2")
    pairs = sources(args, build, args.work)
    for extra in args.extra:
        pdf, txt = extra.rsplit(":", 1)
        with open(txt, encoding="utf-8") as f:
            pairs.append((pdf, f.read()))
    read = read_all(pairs, args.work)

    def minimums(pairs_):
        out = {e: 0.99 for e in REQUIRED}
        for item in pairs_:
            engine, value = item.split("=")
            out[engine] = float(value)
        return out
    sample_min, extra_min = minimums(args.min), minimums(args.extra_min)
    extras = {extra.rsplit(":", 1)[0] for extra in args.extra}
    failed = False
    rows = []
    header = f"{'PDF':52} " + " ".join(f"{e:>8}" for e in REQUIRED + REPORTED) + "  find  invisible"
    print(header)
    for pdf, text in pairs:
        r = read[pdf]
        result = judge(pdf, text, {e: r[e] for e in REQUIRED + REPORTED}, r["pdfium_hits"],
                       in_order="/forms/" not in pdf)
        name = os.path.relpath(pdf, build) if pdf.startswith(build) else os.path.basename(pdf)
        problems = []
        least = dict(extra_min if pdf in extras else sample_min)
        min_find = args.extra_min_find if pdf in extras else args.min_find
        for rule in args.min_for:  # ENGINE is an engine, or "find" for the searches
            pattern, minimum = rule.rsplit(":", 1)
            engine, value = minimum.split("=")
            if not re.search(pattern, name):
                continue
            if engine == "find":
                min_find = min(min_find, float(value))
            else:
                least[engine] = min(least[engine], float(value))
        for engine in REQUIRED:
            e = result[engine]
            if e["score"] < least[engine]:
                problems.append(f"{engine} copy-out {e['score']:.4f} < {least[engine]}")
            if e["invisible"]:
                problems.append(f"{engine}: {len(e['invisible'])} words with an invisible "
                                f"character, e.g. {e['invisible'][0]!r}")
            if e["isolates"]:
                problems.append(f"{engine}: {e['isolates']} bidi isolates or ALM in the text")
            if e["search"][0] < min_find * e["search"][1]:
                problems.append(f"{engine} substring search {e['search'][0]}/{e['search'][1]}")
        find = result["pdfium"]["find"]
        if find[0] < min_find * find[1]:
            problems.append(f"pdfium FPDFText_FindStart {find[0]}/{find[1]}")
        invisible = sum(len(result[e]["invisible"]) for e in REQUIRED)
        print(f"{name:52} " + " ".join(f"{result[e]['score']:8.4f}" for e in REQUIRED + REPORTED)
              + f"  {find[0]}/{find[1]}  {invisible}" + ("" if not problems else "  FAIL"))
        for problem in problems[:args.show or 4]:
            print("    " + problem)
        if args.show:
            for engine in REQUIRED:
                for d in result[engine]["diff"][:args.show]:
                    print(f"      {engine} {d}")
        failed |= bool(problems)
        rows.append({"pdf": name, **{e: {k: v for k, v in result[e].items() if k != "diff"}
                                     for e in REQUIRED + REPORTED}})
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
