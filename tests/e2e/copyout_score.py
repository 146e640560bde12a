#!/usr/bin/env python3
"""Copy-out accuracy: the share of the source's words found, in order, in text a PDF reader
extracted (pdftotext, mutool draw -F txt). Both files are UTF-8; words are compared after NFC,
with punctuation stripped from their edges and tatweel removed.

usage: copyout_score.py SOURCE.txt EXTRACTED.txt [--min 0.97] [--show N]
Prints the score; with --min exits 1 when the score is lower; --show N prints N differences."""
import argparse
import difflib
import sys
import unicodedata

TATWEEL = "\u0640"
# Characters that carry no word content: format controls (bidi marks, ZWJ/ZWNJ, soft hyphen).
INVISIBLE = {c for c in map(chr, range(0x2000, 0x2070)) if unicodedata.category(c) == "Cf"}
INVISIBLE |= {"\u00ad", "\ufeff", "\u061c"}


def words(text):
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if c != TATWEEL and c not in INVISIBLE)
    result = []
    for token in text.split():
        token = token.strip("".join(c for c in token if not c.isalnum()
                                    and not unicodedata.category(c).startswith("M")))
        if token:
            result.append(token)
    return result


def score(source_words, extracted_words):
    matcher = difflib.SequenceMatcher(None, source_words, extracted_words, autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    return found / len(source_words) if source_words else 1.0, matcher


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("extracted")
    parser.add_argument("--min", type=float, default=None)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as f:
        source = words(f.read())
    with open(args.extracted, encoding="utf-8") as f:
        extracted = words(f.read())
    value, matcher = score(source, extracted)
    print(f"{value:.4f} ({len(source)} source words)")
    shown = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and shown < args.show:
            print(f"  {tag}: {' '.join(source[i1:i2])!r} -> {' '.join(extracted[j1:j2])!r}")
            shown += 1
    if args.min is not None and value < args.min:
        print(f"below the minimum {args.min}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
