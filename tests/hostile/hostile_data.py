#!/usr/bin/env python3
"""Nothing an organisation file holds can run in a visitor's browser (issue 9).

Takes orgs/example.toml (it uses every key), appends markup and script to every free-text value
— names, lines of the letterhead, bank, chairman, letterhead fields, the policy's lists and
wording options, the approval — builds everything, and checks every HTML page siyasa wrote: no
<script> but the forms' own (templates/forms/form.js, byte for byte, once), no event-handler
attribute, no javascript: URL, no <img>, <iframe> or <svg> that came from the data. The PDFs must
build too.

usage: hostile_data.py SIYASA_BINARY
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
PAYLOAD = ' <script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>[x](javascript:alert(4))'
FREE_TEXT = {"name", "short_name", "country_line", "city", "authority", "licence", "title",
             "attachments", "referral", "review_body", "session", "supersedes_what"}
OUR_SCRIPT = "<script>\n" + (REPO / "templates" / "forms" / "form.js").read_text(encoding="utf-8") + "</script>"


def without_own_scripts(html: str, name, problems: list) -> str:
    """verify.html runs one script of its own (templates/site/verify.mustache, byte for byte) and
    embeds the manifest as JSON data; both are taken out before the checks, and the JSON must
    parse and hold no "<" that an HTML parser could see."""
    template = (REPO / "templates" / "site" / "verify.mustache").read_text(encoding="utf-8")
    own = re.search(r"<script>\n.*?</script>", template, re.S).group(0)
    if html.count(own) != 1:
        problems.append(f"{name}: its script is not exactly the template's")
    html = html.replace(own, "")
    data = re.search(r'<script type="application/json" id="manifest">(.*?)</script>', html, re.S)
    if not data:
        problems.append(f"{name}: no manifest data")
        return html
    if "<" in data.group(1) or json.loads(data.group(1)).get("documents") is None:
        problems.append(f"{name}: the manifest data is not plain JSON")
    return html.replace(data.group(0), "")


def poison(text: str) -> str:
    out = []
    in_list = False
    for line in text.splitlines():
        key = re.match(r'^\s*([a-z_]+)\s*=\s*"', line)
        if key and key.group(1) in FREE_TEXT:
            line = re.sub(r'"([^"]*)"', lambda m: '"' + m.group(1) + PAYLOAD.replace('"', "'") + '"', line, count=1)
        if re.match(r'^\s*(channels|tools)\s*=\s*\[', line):
            in_list = True
        elif in_list and line.strip().startswith('"'):
            line = re.sub(r'"([^"]*)"', lambda m: '"' + m.group(1) + PAYLOAD + '"', line, count=1)
        elif in_list and line.strip().startswith("]"):
            in_list = False
        out.append(line)
    return "\n".join(out) + "\n"


def main() -> int:
    siyasa = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory(prefix="siyasa-hostile-") as tmp:
        orgs = Path(tmp) / "orgs"
        orgs.mkdir()
        (orgs / "hostile.toml").write_text(poison((REPO / "orgs" / "example.toml").read_text(encoding="utf-8")),
                                            encoding="utf-8")
        shutil.copytree(REPO / "orgs" / "example", orgs / "example")
        out = Path(tmp) / "out"
        build = subprocess.run([siyasa, "build", "--orgs", str(orgs), "--templates", str(REPO / "templates"),
                                "--fonts", str(REPO / "fonts"), "--out", str(out), "--quiet"],
                               capture_output=True, text=True)
        if build.returncode != 0:
            problems.append(f"siyasa build exited {build.returncode}:\n{build.stderr[:3000]}")
        pages = sorted(out.rglob("*.html"))
        if len(pages) < 5:
            problems.append(f"only {len(pages)} pages were written")
        for page in pages:
            html = page.read_text(encoding="utf-8")
            name = page.relative_to(out)
            if page.parent.name == "forms":
                if html.count(OUR_SCRIPT) != 1:
                    problems.append(f"{name}: the form's own script is not there exactly once")
                html = html.replace(OUR_SCRIPT, "")
            elif name.name == "verify.html":
                html = without_own_scripts(html, name, problems)
            lowered = html.lower()
            for needle in ("<script", "<img src=x", "<svg onload", "<iframe"):
                if needle in lowered:
                    problems.append(f"{name}: contains {needle!r}")
            # The payload's words may show as text; never as a link target.
            for attr in re.findall(r'(?:href|src|action|formaction)\s*=\s*["\']?\s*javascript:', lowered):
                problems.append(f"{name}: javascript: URL in {attr!r}")
            for handler in re.findall(r'\son[a-z]+\s*=\s*"[^"]*"', html):
                problems.append(f"{name}: event handler {handler.strip()!r}")
            if "alert(1)" not in html and "hostile" in str(name) and name.name == "index.html":
                problems.append(f"{name}: the payload text is not even shown (was the data used?)")
        pdfs = sorted(out.rglob("*.pdf"))
        if not pdfs:
            problems.append("no PDF was written")
    for p in problems:
        print("FAIL " + p)
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
