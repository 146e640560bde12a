#!/usr/bin/env python3
"""Word-sequence similarity between siyasa's text of a document and its seed.

usage: fidelity.py SEED.txt CORRECTIONS.tsv GENERATED.txt [GENERATED.txt ...]

The seed text gets its known extraction errors corrected (CORRECTIONS.tsv: seed-prefix, wrong,
right). Both texts are then reduced to words: list markers at line starts and punctuation
dropped, digits made Western, tatweel and harakat removed, spelling variants unified (alef
with hamza, alef maqsura, Persian yeh and kaf, ta marbuta written as ha, مسئول/مسؤول).
Prints the difflib ratio (0..1) of the two word sequences, in order. Used by the template stage's
txt test and by the PDF fidelity test (pdftotext output as GENERATED).
"""
import difflib
import os
import re
import sys

LIST_MARKER = re.compile(r"^\s*(?:[-*•]|[0-9٠-٩]+\s*[-.)]|[0-9٠-٩]+\s*-)\s*")
HARAKAT = re.compile("[\u064B-\u0652\u0670\u0640]")  # harakat, superscript alef, tatweel


def corrections_for(seed_path, table_path):
    prefix = os.path.basename(seed_path)[:3]
    pairs = []
    with open(table_path, encoding="utf-8") as table:
        for line in table:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            scope, wrong, right = line.split("\t")
            if scope in ("*", prefix):
                pairs.append((wrong, right))
    return pairs


def words(text):
    out = []
    for line in text.splitlines():
        line = LIST_MARKER.sub("", line)
        line = HARAKAT.sub("", line)
        line = line.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآىیکۀ", "0123456789" "0123456789" "ااايي" "كه"))
        line = line.replace("ة", "ه").replace("مسئول", "مسؤول")
        line = re.sub(r"[^\w]+", " ", line)
        out.extend(w for w in line.split() if w)
    return out


def ratio(seed_text, generated_text):
    a, b = words(seed_text), words(generated_text)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    seed_path, table_path, generated = argv[1], argv[2], argv[3:]
    with open(seed_path, encoding="utf-8") as f:
        seed = f.read()
    for wrong, right in corrections_for(seed_path, table_path):
        seed = seed.replace(wrong, right)
    text = "\n".join(open(p, encoding="utf-8").read() for p in generated)
    print(f"{ratio(seed, text):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
