#!/usr/bin/env python3
"""The Arabic of the shared texts, as a machine can check it (issue 20).

Merges (`siyasa render --format txt`) every policy of every sample organisation and of a matrix
of generated ones — 4 kinds × 2 audiences × 2 digit systems × numbered / ordinal / year-only
approvals — and checks each text:

- the lint: none of «لا تزيد عن», «حفاظاً ل», «والتحسين التي», «تم اعتماد», «وخلافه»,
  «تحتاج استخدام», «دون الإخلال»; no heading that starts with و; no Gregorian date before the Hijri
  one; no singular pronoun after a plural audience noun (see `singular_after_plural`); no
  indefinite accusative without its tanween (مطلوبا, see `bare_tanween`); no definition that names
  the term it defines (see `circular_definitions`);
- in the matrix, the agreeing forms themselves: number (موقعه / مواقعهم …), gender (تضع / يضع,
  تُمكِّن … معها / يُمكِّن … معه), one term per person (no المراجع, طالب الدعم, المساهمين; no
  المستفيد in a text addressed to the members), the digits, and the approval sentence (Hijri
  first, «الموافق», one final full stop);
- an endowment or a foundation addressing the members is refused (exit 1, at the audience line);
- the six governance policies (issue 18) for every kind in both digit systems: the agreeing forms
  of the organisation's gender, no verb of the other gender right before its name, the general
  assembly only where there is one, articles 1…n, the review cycle, the approval sentence and the
  governance terms (GOVERNANCE_NEVER).

usage: arabic_lint.py SIYASA_BINARY      (exit 0 when every text passes)
       arabic_lint.py --self-test        (the lint finds what it must find)
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
TEMPLATES = REPO / "templates"
SAMPLE_FOLDERS = [REPO / "orgs", REPO / "tests" / "template" / "orgs"]

# Word patterns a reviewed text never contains, with the right form.
FORBIDDEN = [
    ("لا تزيد عن", "لا تزيد على"),
    ("لا يزيد عن", "لا يزيد على"),
    ("حفاظاً ل", "حفاظاً على"),
    ("حفاظا ل", "حفاظاً على"),
    ("والتحسين التي", "والتحسين اللذين يتمّان"),
    ("تم اعتماد", "اعتُمدت …"),
    ("وخلافه", "وغيرهم"),
    ("ذات العلاقة مع", "ذات العلاقة بـ"),
    ("القوانين السعودية", "الأنظمة المعمول بها في المملكة"),
    # دون before a verbal noun takes it indefinite, as «دون إخلال بالعقوبات» elsewhere.
    ("دون الإخلال", "دون إخلال"),
]
# Words that end in a bare alif and are not an indefinite accusative missing its tanween
# (every shared text writes «يوماً، مطلوباً، انتهاكاً»): pronouns ها/هما/نا, plural verbs وا,
# particles, and nouns whose alif is part of the word.
BARE_ALIF_ENDINGS = ("ها", "هما", "نا", "ما", "وا", "لا", "ذا", "يا")
BARE_ALIF_WORDS = {"رضا", "إذا", "هذا", "لذا", "كذا", "أينما", "كلما", "حيثما", "إنما", "بينما", "ربما", "طالما",
                   "كما", "لما", "مهما", "عندما", "فيما", "مما", "عما", "حينما", "دنيا", "عليا", "زكا", "سوا"}
ARABIC_WORD = re.compile(r"(?<![\u0621-\u064A\u064B-\u0652])[\u0621-\u064A][\u0621-\u064A\u064B-\u0652]*")
# A definition line of «التعريفات»: «- المصطلح: تعريفه».
DEFINITION = re.compile(r"^[-*•]\s+([^:：\n]{2,40}):\s*(.+)$", re.M)
ARABIC_LETTER = "\u0621-\u064A"


def bare_tanween(text):
    """Indefinite accusatives written without their tanween (مطلوبا for مطلوباً)."""
    found = []
    for m in ARABIC_WORD.finditer(text):
        word = m.group(0)
        if not word.endswith("ا") or len(word) < 4 or word in BARE_ALIF_WORDS or word.endswith(BARE_ALIF_ENDINGS):
            continue
        found.append(f"«{word}» without its tanween (write «{word}ً»)")
    return found


def circular_definitions(text):
    """A definition that names the term it defines («الأقارب: … والأقارب حتى الدرجة …»)."""
    found = []
    for m in DEFINITION.finditer(text):
        term, body = m.group(1).strip(), m.group(2)
        # «الجمعية: الجمعية التعاونية بالنماص.» names the organisation: its name may begin with the term.
        if not re.search("[" + ARABIC_LETTER + "]", term) or body.startswith(term + " "):
            continue
        if re.search(r"(?<![" + ARABIC_LETTER + r"])[وبلف]?" + re.escape(term) + r"(?![" + ARABIC_LETTER + r"])", body):
            found.append(f"the definition of «{term}» names «{term}» itself: «{m.group(0).strip()}»")
    return found
PLURAL_AUDIENCE = ("الأعضاء", "للأعضاء", "بالأعضاء", "أعضاء الجمعية العمومية", "لأعضاء الجمعية العمومية")
SINGULAR_AUDIENCE = ("العضو", "للعضو", "المستفيد", "للمستفيد")
# A joined pronoun on these refers to something other than the audience noun before it.
PRONOUN_EXCEPTIONS = {"عليه", "إليه", "منه", "عنه", "له", "به", "فيه", "إنه", "أنه", "بأنه", "لأنه", "وأنه", "معه"}
HIJRI = re.compile(r"[0-9٠-٩]{4}\s?هـ")
GREGORIAN = re.compile(r"[0-9٠-٩]{4}\s?م(?![\u0621-\u064A])")


def headings(text):
    """Lines of the plain text that are headings: not list items, no final punctuation, short."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or re.match(r"^([-*•]|[0-9٠-٩]+[.)])\s", line):
            continue
        if line[-1] in ".،:؛!؟" or len(line.split()) > 16:
            continue
        out.append(line)
    return out


def singular_after_plural(text):
    """Clauses (between . ، ؛ :) where a plural audience noun is followed by a word carrying the
    singular joined pronoun ه (…ه, not ة) with no singular audience noun between them."""
    found = []
    for clause in re.split(r"[.،؛:\n]", text):
        words = clause.split()
        plural_seen = singular_seen = False  # once one person is named, the clause speaks of him
        for i, word in enumerate(words):
            two = " ".join(words[i:i + 3])
            if word in SINGULAR_AUDIENCE:
                plural_seen, singular_seen = False, True
            elif singular_seen:
                continue
            elif word in PLURAL_AUDIENCE or any(two.startswith(p) for p in PLURAL_AUDIENCE if " " in p):
                plural_seen = True
            elif plural_seen and word.endswith("ه") and not word.endswith("اه") and word not in PRONOUN_EXCEPTIONS \
                    and len(word) > 3:
                found.append(f"«{word}» after a plural audience noun in «{clause.strip()}»")
    return found


def lint(text):
    problems = []
    for wrong, right in FORBIDDEN:
        if wrong in text:
            problems.append(f"«{wrong}» (write «{right}»)")
    # «قد تحتاج الجمعية استخدام …»: تحتاج takes إلى
    for m in re.finditer(r"[تي]حتاج ((?:(?!إلى )\S+ ){0,6})استخدام", text):
        problems.append(f"«{m.group(0)}» (write «… إلى استخدام»)")
    for heading in headings(text):
        if heading.startswith("و") and not heading.startswith(("وثيقة", "وسائل", "وصف")):
            problems.append(f"a heading starts with و: «{heading}»")
    for line in text.splitlines():
        hijri, gregorian = HIJRI.search(line), GREGORIAN.search(line)
        if hijri and gregorian and gregorian.start() < hijri.start():
            problems.append(f"a Gregorian date before the Hijri one: «{line.strip()}»")
    problems += singular_after_plural(text)
    problems += bare_tanween(text)
    problems += circular_definitions(text)
    return problems


# ── the matrix ──────────────────────────────────────────────────────────────────────────────
KINDS = {
    "association": ("جمعية النور الخيرية", "feminine"),
    "endowment": ("وقف البر والإحسان", "masculine"),
    "cooperative": ("الجمعية التعاونية بالنماص", "feminine"),
    "foundation": ("مؤسسة الخير الأهلية", "feminine"),
}
APPROVALS = {
    "numbered": 'meeting = 12\nsession = "الثانية"\ndate = 2024-03-11\nsupersedes = true\n'
                'supersedes_what = "جميع السياسات السابقة"\n',
    "ordinal": 'meeting = "الأول"\nsession = "الأولى"\ndate = 2021-06-13\n',
    "year-only": 'meeting = "الأول"\ndate = 2023\nyear_only = true\n',
}
# Words that refer back to the audience's generic noun: singular (beneficiaries) → plural (members).
NUMBER_FORMS = [("من موقعه", "من مواقعهم"), ("حفاظاً على وقته", "حفاظاً على أوقاتهم"),
                ("لظروفه", "لظروفهم"), ("لإنجاز خدمته", "لإنجاز خدماتهم"),
                ("لإنهاء معاملاته", "لإنهاء معاملاتهم"), ("جميع استفساراته", "جميع استفساراتهم"),
                ("ومنحه الوقت", "ومنحهم الوقت")]
NEVER = ["المراجع", "طالب الدعم", "المساهمين", "لجنة البحث الاجتماعي"]


def org_file(folder, kind, audience, numerals, approval):
    name, _ = KINDS[kind]
    text = (f'name = "{name}"\nkind = "{kind}"\n\n[typesetting]\nnumerals = "{numerals}"\n\n'
            f'[policies.beneficiary-relations]\norder = 1\naudience = "{audience}"\n\n'
            f'[policies.beneficiary-relations.approval]\n{APPROVALS[approval]}\n'
            f'[policies.information-privacy]\norder = 2\n\n[policies.information-privacy.approval]\n{APPROVALS[approval]}')
    path = Path(folder) / f"{kind}-{audience}-{numerals}-{approval}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def render(siyasa, org, policy):
    r = subprocess.run([siyasa, "render", "--org", str(org), "--policy", policy, "--templates", str(TEMPLATES),
                        "--format", "txt", "-o", "-"], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def has_words(text, words):
    """`words` end a word of `text` (لظروفه is not in لظروفهم; وقته is in لوقته)."""
    return re.search(re.escape(words) + r"(?![\u0621-\u064A])", text) is not None


def expect(cond, problems, message):
    if not cond:
        problems.append(message)


def check_matrix_text(text, kind, audience, numerals, approval, policy):
    p = []
    feminine = KINDS[kind][1] == "feminine"
    ascii_digits, indic_digits = re.search(r"[0-9]", text), re.search(r"[٠-٩]", text)
    if numerals == "arab":
        expect(not ascii_digits, p, "Western digits in an arab-numerals text")
    else:
        expect(not indic_digits, p, "Arabic-Indic digits in a latn-numerals text")
    for word in NEVER:
        expect(word not in text, p, f"«{word}»: not a term of the glossary")
    if policy == "beneficiary-relations":
        for singular, plural in NUMBER_FORMS:
            want, unwanted = (plural, singular) if audience == "members" else (singular, plural)
            expect(has_words(text, want), p, f"«{want}» missing ({audience})")
            expect(not has_words(text, unwanted), p, f"«{unwanted}» does not agree with the {audience}")
        if audience == "members":
            expect("المستفيد" not in text, p, "«المستفيد» in a text addressed to the members")
            expect("من أعضاء الجمعية العمومية والداعمين والمتطوعين وغيرهم" in text, p, "the parties of the members")
            expect("الداخلي" not in text, p, "members are not internal or external")
        else:
            expect("الأعضاء" not in text and "العضو" not in text, p, "members in a text addressed to the beneficiaries")
            expect("للمستفيدين الداخليين والخارجيين" in text, p, "«الداخليين والخارجيين»")
        expect(("\nتضع " if feminine else "\nيضع ") in text, p, "تضع/يضع does not agree")
        expect(("وتوليها أولوية" if feminine else "ويوليها أولوية") in text, p, "تولي/يولي does not agree")
        expect(("وانتمائهم إليها" if feminine else "وانتمائهم إليه") in text, p, "انتمائهم إليها/إليه")
        expect("\nآلية التعامل مع" in text, p, "the procedures heading")
    else:
        expect(("تُمكِّن" if feminine else "يُمكِّن") in text, p, "تُمكِّن/يُمكِّن")
        expect(("المتعاملين معها" if feminine else "المتعاملين معه") in text, p, "المتعاملين معها/معه")
        has_members = kind in ("association", "cooperative")
        expect(("الأعضاء أو المستفيدين" in text) == has_members, p,
               "«الأعضاء» in the privacy policy only where there is a general assembly")
        expect("لنا" not in text.split() and "لنا،" not in text.split(), p, "the first person «لنا»")
        for n in range(1, 9):
            digit = str(n) if numerals == "latn" else "٠١٢٣٤٥٦٧٨٩"[n]
            expect(f"المادة ({digit})" in text, p, f"المادة ({digit})")
    check_approval(text, kind, approval, p)
    return p


def board(kind):
    """The council that approves the policies, by kind (org.board), and its construct form."""
    return ("مجلس الأمناء", "مجلس أمناء") if kind == "foundation" else ("مجلس الإدارة", "مجلس إدارة")


def check_approval(text, kind, approval, p):
    """One approval sentence: Hijri first, «الموافق», one final full stop."""
    council, council_of = board(kind)
    lines = [l for l in text.splitlines() if l.startswith(("اعتُمدت هذه السياسة", f"اعتمد {council_of}", "بناءً على محضر"))]
    expect(len(lines) == 1, p, f"one approval sentence, found {len(lines)}")
    if lines:
        line = lines[0]
        if approval == "year-only":
            expect(line.startswith(f"بناءً على محضر الاجتماع الأول ل{council} لعام "), p, "year-only approval")
        else:
            expect(line.endswith(".") and line.count(".") == 1, p, f"one final full stop: «{line}»")
            expect("الموافق" in line and HIJRI.search(line) and GREGORIAN.search(line)
                   and HIJRI.search(line).start() < line.index("الموافق") < GREGORIAN.search(line).start(), p,
                   f"Hijri, الموافق, Gregorian: «{line}»")
            if approval == "numbered":
                expect(line.startswith(f"اعتُمدت هذه السياسة في اجتماع {council} رقم ("), p, f"«{line}»")
                expect("، وتحل هذه السياسة محل جميع السياسات السابقة." in line, p, "، وتحل …")
            else:
                self_name = {"endowment": "الوقف", "foundation": "المؤسسة"}.get(kind, "الجمعية")
                expect(line.startswith(f"اعتمد {council_of} {self_name} في الاجتماع (الأول) في دورته (الأولى) هذه السياسة بتاريخ"),
                       p, f"«{line}»")


def run_matrix(siyasa, folder):
    failures, count = [], 0
    for kind in KINDS:
        for audience in ("beneficiaries", "members"):
            for numerals in ("arab", "latn"):
                for approval in APPROVALS:
                    org = org_file(folder, kind, audience, numerals, approval)
                    for policy in ("beneficiary-relations", "information-privacy"):
                        if policy == "information-privacy" and audience == "members":
                            continue  # the privacy policy has no audience: once per kind is enough
                        status, out = render(siyasa, org, policy)
                        count += 1
                        label = f"{org.stem} {policy}"
                        refused = policy == "beneficiary-relations" and audience == "members" and \
                            kind in ("endowment", "foundation")
                        if refused:
                            if status != 1 or "general assembly" not in out or f"{org}:" not in out:
                                failures.append(f"{label}: not refused (exit {status})\n{out}")
                            continue
                        if status != 0:
                            failures.append(f"{label}: exit {status}\n{out}")
                            continue
                        problems = lint(out) + check_matrix_text(out, kind, audience, numerals, approval, policy)
                        failures += [f"{label}: {x}" for x in problems]
    return failures, count


# ── the governance policies (issue 18) ─────────────────────────────────────────────────────
# Each with its options' defaults, for every kind in both digit systems: the agreeing forms of
# the organisation's gender (feminine, masculine), the general assembly only where there is one,
# articles numbered without a gap, the review cycle the front matter gives, and the approval.
GOVERNANCE = {
    # policy: (default review cycle as worded, [(feminine, masculine) forms that follow the organisation])
    "conflict-of-interest": ("كل سنتين", [("وحماية سمعتها", "وحماية سمعته"), ("تكون الجمعية طرفاً", "يكون الوقف طرفاً")]),
    "whistleblowing": ("كل سنتين", [("لوائحها وسياساتها", "لوائحه وسياساته"), ("وتعزيز النزاهة والمساءلة في أعمالها", "وتعزيز النزاهة والمساءلة في أعماله")]),
    "records-retention": ("كل {3} سنوات", [("تنشئه الجمعية أو تتسلمه", "ينشئه الوقف أو يتسلمه"), ("في أثناء عملها", "في أثناء عمله")]),
    "fundraising": ("كل سنتين", [("لا تتلقى الجمعية", "لا يتلقى الوقف"), ("ترفض الجمعية كل تبرع", "يرفض الوقف كل تبرع")]),
    "volunteers": ("كل سنتين", [("تتيح الجمعية", "يتيح الوقف"), ("تعلن الجمعية", "يعلن الوقف")]),
    "anti-money-laundering": ("كل سنة،", [("لا تقبل الجمعية", "لا يقبل الوقف"), ("تحفظ الجمعية سجلات", "يحفظ الوقف سجلات")]),
}
# Terms of the governance policies' glossary (templates/README.md) and the words they replace.
# («المراجع» stays out: there it is the external auditor, المراجع الخارجي, not a person served.)
# The board is the organisation's own (board(kind)): the other council never appears.
GOVERNANCE_NEVER = ["صاحب البلاغ", "الإبلاغات", "استلام", "مجلس النظارة", "النموذج السنوي",
                    "الإبلاغ قيد"]  # the report is البلاغ: «أن البلاغ قيد الدراسة»
GOVERNANCE_NEVER_WORDS = ["المبلّغ", "المبلِّغ"]
ARTICLE = re.compile(r"^المادة \(([0-9٠-٩]+)\)", re.M)


def governance_org_file(folder, kind, numerals, approval):
    name, _ = KINDS[kind]
    text = (f'name = "{name}"\nkind = "{kind}"\n\n[contact]\nwebsite = "https://example.org.sa"\n\n'
            f'[typesetting]\nnumerals = "{numerals}"\n')
    for order, policy in enumerate(GOVERNANCE, start=1):
        text += f'\n[policies.{policy}]\norder = {order}\n\n[policies.{policy}.approval]\n{APPROVALS[approval]}'
    path = Path(folder) / f"governance-{kind}-{numerals}-{approval}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def self_word(kind, text_feminine):
    """The matrix's own wording of a form, for an organisation of `kind` («الجمعية» → «المؤسسة»)."""
    return text_feminine.replace("الجمعية", "المؤسسة") if kind == "foundation" else text_feminine


def check_governance_text(text, kind, numerals, approval, policy):
    p = []
    feminine = KINDS[kind][1] == "feminine"
    self_name = {"endowment": "الوقف", "foundation": "المؤسسة"}.get(kind, "الجمعية")
    ascii_digits, indic_digits = re.search(r"[0-9]", text), re.search(r"[٠-٩]", text)
    if numerals == "arab":
        expect(not ascii_digits, p, "Western digits in an arab-numerals text")
    else:
        expect(not indic_digits, p, "Arabic-Indic digits in a latn-numerals text")
    council = board(kind)[0]
    other_council = board("association" if kind == "foundation" else "foundation")
    for word in [w for w in NEVER if w != "المراجع"] + GOVERNANCE_NEVER + list(other_council):
        expect(word not in text, p, f"«{word}»: not a term of the glossary")
    for word in GOVERNANCE_NEVER_WORDS:
        expect(not re.search(r"(?<![\u0621-\u064A])" + word + r"(?![\u0621-\u064A])", text), p,
               f"«{word}»: not a term of the glossary (مقدّم البلاغ)")
    review, forms = GOVERNANCE[policy]
    digits = "0123456789" if numerals == "latn" else "٠١٢٣٤٥٦٧٨٩"
    review = re.sub(r"\{(\d)\}", lambda m: digits[int(m.group(1))], review)
    expect(f"يراجع {council} هذه السياسة" in text and review in text, p, f"the review cycle «{review}»")
    for fem, masc in forms:
        want, unwanted = (self_word(kind, fem), masc) if feminine else (masc, fem)
        expect(has_words(text, want), p, f"«{want}» missing ({kind})")
        expect(not has_words(text, unwanted), p, f"«{unwanted}» does not agree with the {kind}")
    # A verb right before the organisation's name agrees with it: no يـ before الجمعية, no تـ before الوقف.
    wrong_prefix = "ي" if feminine else "ت"
    for m in re.finditer(r"(\S+) " + self_name + r"(?![\u0621-\u064A])", text):
        word = m.group(1).lstrip("و")
        expect(not (word.startswith(wrong_prefix) and len(word) > 2), p, f"«{m.group(0)}»: the verb does not agree")
    has_assembly = kind in ("association", "cooperative")
    if not has_assembly:
        expect("الجمعية العمومية" not in text, p, f"a general assembly for an organisation of kind {kind}")
    elif policy in ("conflict-of-interest", "records-retention"):
        expect("الجمعية العمومية" in text, p, "the general assembly's article or row")
    numbers = [int(n.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))) for n in ARTICLE.findall(text)]
    expect(len(numbers) >= 10 and numbers == list(range(1, len(numbers) + 1)), p, f"articles numbered 1…n: {numbers}")
    check_approval(text, kind, approval, p)
    return p


def run_governance(siyasa, folder):
    failures, count = [], 0
    for kind in KINDS:
        for numerals, approval in (("arab", "numbered"), ("latn", "ordinal"), ("arab", "year-only")):
            org = governance_org_file(folder, kind, numerals, approval)
            for policy in GOVERNANCE:
                status, out = render(siyasa, org, policy)
                count += 1
                label = f"{org.stem} {policy}"
                if status != 0:
                    failures.append(f"{label}: exit {status}\n{out}")
                    continue
                failures += [f"{label}: {x}" for x in lint(out) + check_governance_text(out, kind, numerals, approval, policy)]
    return failures, count


def run_samples(siyasa):
    failures, count = [], 0
    for folder in SAMPLE_FOLDERS:
        for org in sorted(folder.glob("*.toml")):
            text = org.read_text(encoding="utf-8")
            for policy in re.findall(r"^\[policies\.([a-z0-9-]+)\]", text, re.M):
                status, out = render(siyasa, org, policy)
                count += 1
                if status != 0:
                    failures.append(f"{org.name} {policy}: exit {status}\n{out}")
                    continue
                failures += [f"{org.name} {policy}: {x}" for x in lint(out)]
    return failures, count


def self_test():
    """The lint must find the errors the issue found in the seeds' wording."""
    bad = {
        "تقديم خدمة للأعضاء من موقعه حفاظاً لوقته وتقديراً لظروفه وسرعة إنجاز خدمته.": 3,  # singular after plural
        "يتم التعامل مع الأعضاء على مختلف المستويات لإنهاء معاملاته بالشكل التالي:": 1,
        "ويتم التعامل مع المستفيد على مختلف المستويات لإنهاء معاملاته بالشكل التالي": 1,
        "والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات.": 1,
        "قد تحتاج الجمعية استخدام البيانات المقدمة لها.": 1,
        "خلال مدة لا تزيد عن أسبوعين.": 1,
        "تم اعتماد السياسة الداخلية لوقف مفاتيح الخير في اجتماع مجلس الإدارة رقم (١٦١).": 1,
        "اعتمد مجلس إدارة الجمعية هذه السياسة في ١٣ / ٦ / ٢٠٢١ م الموافق ٣ / ١١ / ١٤٤٢ هـ.": 1,
        "ويُبلَّغ مقدّم البلاغ بانتهاء دراسته دون الإخلال بسرية التحقيق.": 1,
        "ولن يُفصَح عنها إلا إذا كان ذلك مطلوبا بموجب الأنظمة، ولا يُعدّ ذلك انتهاكا لخصوصيتها.": 2,
        "- الأقارب: الزوج والزوجة، والأقارب حتى الدرجة الرابعة.": 1,
        "- مدة الحفظ: المدة التي تبقى فيها الوثيقة محفوظة، وتبدأ مدة الحفظ من تاريخها.": 1,
    }
    good = [
        "تقديم الخدمة للأعضاء من مواقعهم حفاظاً على أوقاتهم، وتقديراً لظروفهم، وتسريعاً لإنجاز خدماتهم.",
        "آلية التعامل مع الأعضاء على مختلف المستويات لإنهاء معاملاتهم",
        "التوضيح للعضو أن طلبه سيُرفع للجنة البحث لدراسته والرد عليه.",
        "اعتمد مجلس إدارة الجمعية هذه السياسة بتاريخ ٣ / ١١ / ١٤٤٢ هـ الموافق ١٣ / ٦ / ٢٠٢١ م.",
        "زيادة ثقة الأعضاء بالوقف وانتمائهم إليه من خلال تبنّي أفضل المعايير:",
        "دون إخلال بالعقوبات. إذا كان ذلك مطلوباً، ولا يُعدّ ذلك انتهاكاً، كلما دعت الحاجة إليها وإلى رضا المستفيد، إذا كانوا قاصرين.",
        "- الأقارب: زوج المنسوب أو زوجته، ومن تربطه به قرابة نسب أو مصاهرة حتى الدرجة الرابعة.",
        "- التبرع المقيّد: التبرع الذي يحدد المتبرع وجه صرفه.",
        "- الجهات المختصة: الإدارة العامة للتحريات المالية، وغيرهما من الجهات.",
        "- الجمعية: الجمعية التعاونية متعددة الأغراض بالرهاة.",
    ]
    failures = []
    for text, count in bad.items():
        found = lint(text)
        if len(found) < count:
            failures.append(f"missed in «{text}»: found {found}")
    for text in good:
        if lint(text):
            failures.append(f"false alarm in «{text}»: {lint(text)}")
    # The governance checks: a verb of the other gender before the name, a masculine form after
    # the feminine one (سمعته in سمعتها is not a mistake), the assembly of an endowment.
    found = check_governance_text("يلتزم الوقف بذلك، وحماية سمعته. تلتزم الوقف بذلك. تعرض على الجمعية العمومية.",
                                  "endowment", "arab", "numbered", "conflict-of-interest")
    for must in ("«تلتزم الوقف»: the verb does not agree", "a general assembly for an organisation of kind endowment"):
        if not any(must in x for x in found):
            failures.append(f"the governance check missed {must}: {found}")
    if any("يلتزم الوقف" in x or "does not agree with the endowment" in x for x in found):
        failures.append(f"false alarm in the governance check: {found}")
    found = check_governance_text("وحماية سمعتها. تكون الجمعية طرفاً.", "association", "arab", "numbered",
                                  "conflict-of-interest")
    if any("does not agree" in x or "missing" in x for x in found):
        failures.append(f"false alarm in the governance check: {found}")
    return failures


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        failures = self_test()
        print("\n".join(failures) or "self-test: ok")
        return 1 if failures else 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    failures = self_test()
    with tempfile.TemporaryDirectory(prefix="siyasa-arabic-") as folder:
        matrix, n_matrix = run_matrix(argv[1], folder)
        governance, n_governance = run_governance(argv[1], folder)
    samples, n_samples = run_samples(argv[1])
    failures += matrix + governance + samples
    for f in failures:
        print("FAIL", f)
    print(f"{n_matrix} matrix texts, {n_governance} governance texts, {n_samples} sample texts, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
