#!/usr/bin/env python3
"""Tagged PDF, judged by poppler: a sample policy (with logo, signature and stamp) and a sample
form are written by siyasa, then read back with `pdfinfo -struct-text` and `pdfinfo -struct`;
then every sample policy and booklet (siyasa build of orgs/), for the text of its tree.

Checks:
- qpdf --check passes, and the catalog says /MarkInfo << /Marked true >>, /Lang, a
  /StructTreeRoot, /DisplayDocTitle true, and XMP metadata with the PDF/UA-1 identifier;
- the tree: a Document root; the policy has H1 (its title), H2 headings, lists (L, LI, Lbl, LBody),
  the contents (TOC, TOCI with Link), three Figures (logo, signature, stamp), each with /Alt;
  the form has H1, H2, paragraphs and its members table (Table, TR, TH, TD);
- the text of the tree, in the tree's order, is the policy's logical text: the share of the
  source's words found in order (copyout_score) is at least --min; for the form, whose reference
  text is its printed lines top to bottom (form_text), every word is there and the sections come
  in order. Letterhead (of a policy), footer and page numbers are artifacts, so no page label
  ("صفحة ١ من ٤") is in it.

poppler prints each marked-content sequence in the order its glyphs are drawn, and siyasa draws a
line's glyphs left to right (as every viewer needs, see src/pdf/cluster_order.h); a sequence is
one line's stretch of one element. So each printed sequence with Arabic in it is turned back to
logical order here (reversed, then its left-to-right runs of digits and Latin letters reversed
back) before the words are compared; the order of sequences is the tree's, taken as it is.

usage: struct_text.py --siyasa BIN --form-text BIN --source-dir DIR --work DIR [--min 0.99]"""
import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from copyout_score import score, words  # noqa: E402
from sample_listing import adopted_policies  # noqa: E402

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
PAGE_LABEL = re.compile(r"صفحة\W*[0-9\u0660-\u0669]+\W*من\W*[0-9\u0660-\u0669]+")  # "صفحة ١ من ٤"
LTR_RUN = re.compile(r"[0-9\u0660-\u0669A-Za-z](?:[0-9\u0660-\u0669A-Za-z/.:,@_\-]*[0-9\u0660-\u0669A-Za-z])?")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def logical(sequence):
    """One marked-content sequence as poppler prints it (drawing order) in logical order."""
    if not ARABIC.search(sequence):
        return sequence
    return LTR_RUN.sub(lambda m: m.group(0)[::-1], sequence[::-1])


def parse_tree(text):
    """pdfinfo -struct-text output as (elements, sequences): elements are (depth, type) in
    order, sequences the quoted texts in order."""
    elements, sequences = [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        if stripped.startswith('"') and stripped.endswith('"'):
            sequences.append(stripped[1:-1])
        elif re.match(r"^[A-Za-z][A-Za-z0-9]*( \((block|inline)\))?:?$", stripped):
            elements.append((depth, stripped.split(" ")[0].rstrip(":")))
    return elements, sequences


def decode_text_string(hex_digits):
    data = bytes.fromhex(hex_digits.decode("ascii"))
    return data[2:].decode("utf-16-be") if data[:2] == b"\xfe\xff" else data.decode("latin-1")


def check_list_items(judge, name, elements):
    """Every list item is its marker (Lbl) and then its body (LBody), nothing else (PDF/UA 7.6)."""
    items = [[t for d, t in elements[i + 1:next((j for j in range(i + 1, len(elements))
                                                  if elements[j][0] <= depth), len(elements))]
              if d == depth + 1]
             for i, (depth, kind) in enumerate(elements) if kind == "LI"]
    wrong = [kids for kids in items if kids != ["Lbl", "LBody"]]
    judge.check(not wrong, f"{name}: each of its {len(items)} LI is a Lbl then an LBody {wrong[:3]}")


class Judge:
    def __init__(self):
        self.failures = []

    def check(self, ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            self.failures.append(what)


def judge_pdf(judge, name, pdf, source_text, minimum, expect, in_order=True):
    """`in_order`: the source is in reading order (a policy's text), so words must come in its
    order; otherwise (a form's printed lines, top to bottom, where a field's label comes below
    the captions of its cells) every word must be there, in any order."""
    run("qpdf", "--check", pdf)  # raises on a damaged file
    with open(pdf, "rb") as f:
        raw = f.read()
    for needle in (b"/MarkInfo << /Marked true >>", b"/StructTreeRoot", b"/DisplayDocTitle true",
                   b"/Lang (ar-SA)", b"<pdfuaid:part>1</pdfuaid:part>", b"/StructParents 0"):
        judge.check(needle in raw, f"{name}: {needle.decode()}")
    fonts = run("pdffonts", pdf).splitlines()[2:]
    judge.check(fonts and all(" yes yes yes " in line for line in fonts),
                f"{name}: every font embedded, subset, with ToUnicode")

    elements, sequences = parse_tree(run("pdfinfo", "-struct-text", pdf))
    types = [t for _, t in elements]
    judge.check(elements[:1] == [(0, "Document")], f"{name}: the tree's root is Document")
    for kind, count in expect.items():
        judge.check(types.count(kind) >= count, f"{name}: at least {count} {kind} (found {types.count(kind)})")
    # Only the standard structure types (no role map is written).
    standard = {"Document", "Part", "Sect", "Div", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl",
                "LBody", "Table", "TR", "TH", "TD", "Figure", "BlockQuote", "TOC", "TOCI", "Link", "Span"}
    judge.check(set(types) <= standard, f"{name}: standard types only ({sorted(set(types) - standard)})")
    check_list_items(judge, name, elements)
    alts = [decode_text_string(h) for h in re.findall(rb"/S /Figure [^>]*?/Alt <([0-9A-F]+)>", raw)]
    judge.check(len(alts) == types.count("Figure") and all(alts),
                f"{name}: every Figure has /Alt ({', '.join(alts)})")

    text = "\n".join(logical(s) for s in sequences)
    judge.check(not PAGE_LABEL.search(text), f"{name}: page labels are artifacts, not in the tree")
    source, extracted = words(source_text), words(text)
    if in_order:
        value, matcher = score(source, extracted)
        judge.check(value >= minimum, f"{name}: words in the tree's order {value:.4f} >= {minimum}")
        if value < minimum:
            for tag, i1, i2, j1, j2 in [op for op in matcher.get_opcodes() if op[0] != "equal"][:8]:
                print(f"      {tag}: {' '.join(source[i1:i2])!r} -> {' '.join(extracted[j1:j2])!r}")
    else:
        left = list(extracted)
        missing = []
        for word in source:
            if word in left:
                left.remove(word)
            else:
                missing.append(word)
        value = 1 - len(missing) / len(source)
        judge.check(value >= minimum, f"{name}: words in the tree {value:.4f} >= {minimum} (missing {missing[:10]})")
    return text


def tree_words(judge, name, pdf, source_text, minimum):
    """The words of the tree of `pdf`, in its order, against the source's."""
    run("qpdf", "--check", pdf)
    elements, sequences = parse_tree(run("pdfinfo", "-struct-text", pdf))
    check_list_items(judge, name, elements)
    text = "\n".join(logical(s) for s in sequences)
    value, _ = score(words(source_text), words(text))
    judge.check(elements[:1] == [(0, "Document")] and not PAGE_LABEL.search(text) and value >= minimum,
                f"{name}: words in the tree's order {value:.4f} >= {minimum}, no page labels")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--siyasa", required=True)
    parser.add_argument("--form-text", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--min", type=float, default=0.99)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    src = args.source_dir
    common = ["--templates", os.path.join(src, "templates"), "--fonts", os.path.join(src, "fonts")]
    org = os.path.join(src, "orgs", "example.toml")
    judge = Judge()

    policy_pdf, policy_txt = os.path.join(args.work, "policy.pdf"), os.path.join(args.work, "policy.txt")
    run(args.siyasa, "render", "--org", org, "--policy", "beneficiary-relations", *common, "-o", policy_pdf)
    run(args.siyasa, "render", "--org", org, "--policy", "beneficiary-relations", "--format", "txt",
        *common, "-o", policy_txt)
    with open(policy_txt, encoding="utf-8") as f:
        source = f.read()
    text = judge_pdf(judge, "policy", policy_pdf, source, args.min,
                     {"H1": 1, "H2": 2, "H3": 2, "P": 10, "L": 2, "LI": 6, "Lbl": 6, "LBody": 6, "TOC": 1, "TOCI": 3,
                      "Link": 3, "Figure": 3})
    title = source.strip().splitlines()[0]
    judge.check(text.startswith(title) or text.split("\n")[0] == title or title in text.split("\n")[:3],
                f"policy: the title comes first ({title})")

    form_pdf = os.path.join(args.work, "form.pdf")
    form = "beneficiary-support-request"
    run(args.siyasa, "form", "--org", org, "--form", form, *common, "-o", form_pdf)
    printed = run(args.form_text, org, form, os.path.join(src, "templates"), os.path.join(src, "fonts"))
    # The footer of every page ("… — جمعية المثال صفحة ١ من ٣") is an artifact.
    form_source = "\n".join(line for line in printed.splitlines() if not PAGE_LABEL.search(line))
    # 0.98: a label and its note ("مصادر الدخل" "(يمكن …)") are two runs 0.3 em apart with no space
    # character between, one marked-content sequence, which poppler prints as one word.
    form_text = judge_pdf(judge, "form", form_pdf, form_source, min(args.min, 0.98),
                          {"H1": 1, "H2": 3, "P": 10, "Figure": 1, "Table": 1, "TR": 4, "TH": 4, "TD": 12},
                          in_order=False)
    # Its sections in the order of the printed form.
    sections = [line for line in printed.splitlines() if re.match(r"^(أولاً|ثانياً|ثالثاً|رابعاً|خامساً):", line)]
    plain = " ".join(words(form_text))
    found = [plain.find(" ".join(words(line))) for line in sections]
    judge.check(len(sections) >= 3 and -1 not in found and found == sorted(found),
                f"form: its {len(sections)} section headings in order")

    # Every sample policy and booklet: the tree's text in reading order, artifacts kept out.
    out = os.path.join(args.work, "build")
    run(args.siyasa, "build", "--orgs", os.path.join(src, "orgs"), *common, "--out", out, "--only", "pdf", "-q")
    # Each organisation's policies in booklet order, as `siyasa list` gives them.
    adopted = adopted_policies(run(args.siyasa, "list", "--orgs", os.path.join(src, "orgs"),
                                   "--templates", os.path.join(src, "templates")))
    for slug in sorted(os.listdir(out)):
        texts = []
        for policy in adopted.get(slug, []):
            pdf = os.path.join(out, slug, "policies", policy + ".pdf")
            texts.append(run(args.siyasa, "render", "--org", os.path.join(src, "orgs", slug + ".toml"),
                             "--policy", policy, "--format", "txt", *common, "-o", "-"))
            tree_words(judge, f"{slug}/{policy}", pdf, texts[-1], args.min)
        booklet = os.path.join(out, slug, "booklet.pdf")
        if texts and os.path.exists(booklet):
            tree_words(judge, f"{slug}/booklet", booklet, "\n".join(texts), args.min)

    if judge.failures:
        print(f"{len(judge.failures)} failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
