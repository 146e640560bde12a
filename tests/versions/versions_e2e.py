#!/usr/bin/env python3
"""Approved versions end to end, through the siyasa binary and outside tools.

The example organisation is built first with only version 1 of beneficiary-relations in its
register, then with version 2 added: the earlier PDF must move to archive/beneficiary-relations/
v1.pdf, stay byte for byte through rebuilds, --force and stale-output removal, and never be
overwritten. The site's manifest.json lists both versions with the SHA-256 of their files, the
policy page's revision history links the archived PDF, `siyasa verify` accepts every published
PDF and rejects one with one byte changed, poppler reads the version from the PDF's XMP, zbarimg
reads the QR code's URL off the rendered page, and verify.html does the same check in headless
Chromium (tests/browser/verify_page.mjs; a screenshot goes to WORK/verify.png).

usage: versions_e2e.py SIYASA_BINARY SOURCE_DIR WORK_DIR
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SIYASA, SOURCE, WORK = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
POLICY = "beneficiary-relations"
QR_URL = "https://example.org.sa/policies/verify.html#example/beneficiary-relations/v2"
sys.path.insert(0, str(SOURCE / "tests" / "support"))
from checks import check, finish  # noqa: E402


def siyasa(*args, expect=0):
    run = subprocess.run([SIYASA, *map(str, args)], capture_output=True, text=True)
    if run.returncode != expect:
        check(False, f"siyasa {' '.join(map(str, args[:2]))} exits {expect}", run.stdout + run.stderr)
    return run


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


shutil.rmtree(WORK, ignore_errors=True)
orgs, out = WORK / "orgs", WORK / "out"
orgs.mkdir(parents=True)
shutil.copytree(SOURCE / "orgs" / "example", orgs / "example")
full = (SOURCE / "orgs" / "example.toml").read_text(encoding="utf-8")
second = full.index("[[policies.beneficiary-relations.versions]]\nversion = 2")
end = full.index("[policies.information-privacy]")
only_first = full[:second] + full[end:]
org_file = orgs / "example.toml"


def build(*extra):
    return siyasa("build", "--orgs", orgs, "--templates", SOURCE / "templates", "--fonts", SOURCE / "fonts",
                  "--out", out, "--only", "pdf", "--only", "web", "--jobs", "2", "--quiet", *extra)


current = out / "example" / "policies" / f"{POLICY}.pdf"
archive = out / "example" / "archive" / POLICY
site = out / "example" / "site"

# 1. Version 1 only: nothing archived, the history lists it without an archive link.
org_file.write_text(only_first, encoding="utf-8")
build()
v1_hash = sha(current)
check(not archive.exists(), "a first build archives nothing")
page = (site / f"{POLICY}.html").read_text(encoding="utf-8")
check("سجل التعديلات" in page and "archive/" not in page, "the history lists version 1 without archive links")

# 2. Version 2 approved: the version 1 PDF is archived as it was.
org_file.write_text(full, encoding="utf-8")
build()
check((archive / "v1.pdf").is_file() and sha(archive / "v1.pdf") == v1_hash,
      "the superseded PDF moves to archive/beneficiary-relations/v1.pdf unchanged")
check(sha(current) != v1_hash, "the current PDF is version 2")
manifest = (site / "manifest.json").read_text(encoding="utf-8")
check(f'"id": "example/{POLICY}/v1"' in manifest and f'"sha256": "{v1_hash}"' in manifest
      and f'"sha256": "{sha(current)}"' in manifest, "manifest.json lists both versions with their SHA-256", manifest)
page = (site / f"{POLICY}.html").read_text(encoding="utf-8")
check(f'href="archive/{POLICY}/v1.pdf"' in page and sha(site / "archive" / POLICY / "v1.pdf") == v1_hash,
      "the revision history links the site's copy of the archived PDF")
archived_stat = (archive / "v1.pdf").stat()

# 3. Rebuilds, --force and stale-output removal leave the archive alone.
build()
build("--force")
org_file.write_text(full[:end], encoding="utf-8")  # information-privacy dropped: its PDF is stale
build()
check(not (out / "example" / "policies" / "information-privacy.pdf").exists(), "the dropped policy's PDF is removed")
check((archive / "v1.pdf").stat().st_mtime_ns == archived_stat.st_mtime_ns and sha(archive / "v1.pdf") == v1_hash,
      "the archive survives rebuilds, --force and stale-output removal")
# Back to version 1 and forward again: the archived v1.pdf is never overwritten.
marker = (archive / "v1.pdf").read_bytes()
org_file.write_text(only_first, encoding="utf-8")
build()
org_file.write_text(full, encoding="utf-8")
build()
check((archive / "v1.pdf").read_bytes() == marker, "an archived file is never overwritten")

# 4. siyasa verify: accepted as published, rejected with one byte changed.
ok = siyasa("verify", current, "--site", site)
check("approved version 2" in ok.stdout and "the current version" in ok.stdout, "verify accepts the built PDF", ok.stdout)
old = siyasa("verify", archive / "v1.pdf", "--manifest", site / "manifest.json")
check("approved version 1" in old.stdout and "superseded" in old.stdout, "verify names an archived PDF superseded", old.stdout)
tampered = WORK / "tampered.pdf"
data = bytearray(current.read_bytes())
data[len(data) // 2] ^= 0x01
tampered.write_bytes(bytes(data))
bad = siyasa("verify", tampered, "--site", out, expect=1)
check("NOT a published version" in bad.stdout, "verify rejects the PDF with one byte changed", bad.stdout)

# 5. The PDF itself: XMP and Info dictionary, a QR code that reads back as the verification URL.
meta = subprocess.run(["pdfinfo", "-meta", current], capture_output=True, text=True).stdout
check("<xmpMM:VersionID>2</xmpMM:VersionID>" in meta and "<siyasa:effective>2024-06-16</siyasa:effective>" in meta,
      "the XMP metadata carries version 2 and its effective date", meta)
raw = current.read_bytes()
check(b"/SiyasaVersion (2)" in raw and b"/SiyasaApproved (2024-05-30)" in raw, "the Info dictionary carries the version")
check(subprocess.run(["qpdf", "--check", current], capture_output=True).returncode == 0, "qpdf --check passes")
text = subprocess.run(["pdftotext", "-enc", "UTF-8", current, "-"], capture_output=True, text=True).stdout
text = re.sub("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]", "", text)  # bidi marks
# poppler puts a space on each side of a number it embeds inside Arabic brackets ("( 2 )"); the
# copy-out itself is scored by tests/e2e (viewer_text), this checks what the block says.
text = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))
check("وهذا هو الإصدار (2) من السياسة" in text and "محل الإصدار (1)" in text and "16/06/2024" in text,
      "the approval block names the version, the one it replaces and the effective date", text[-1500:])
pages = int(next(l.split()[-1] for l in subprocess.run(["pdfinfo", current], capture_output=True, text=True)
                 .stdout.splitlines() if l.startswith("Pages:")))
subprocess.run(["pdftoppm", "-r", "150", "-f", str(pages), "-l", str(pages), "-png", current, WORK / "last"], check=True)
png = next(WORK.glob("last*.png"))
if shutil.which("zbarimg"):
    qr = subprocess.run(["zbarimg", "-q", "--raw", png], capture_output=True, text=True).stdout.strip()
    check(qr == QR_URL, "zbarimg reads the QR code as the verification URL", qr)
else:
    check(False, "zbarimg is installed (Debian zbar-tools; scripts/setup installs it)")

# 5b. The same version built again with other bytes (the letterhead's reference number changed): the copy
# handed out before still verifies, as an earlier copy of version 2, and the list of earlier
# copies only grows.
handed_out = WORK / "handed-out.pdf"
shutil.copyfile(current, handed_out)
org_file.write_text(full.replace('number = "1446/ج/17"', 'number = "1446/ج/18"'), encoding="utf-8")
build()
check(sha(current) != sha(handed_out), "the changed reference number gives version 2 other bytes")
printings = (archive / "v2.sha256").read_text(encoding="utf-8").split()
check(sha(handed_out) in printings and sha(current) not in printings,
      "archive/beneficiary-relations/v2.sha256 keeps the SHA-256 of the copy it replaced", printings)
manifest = (site / "manifest.json").read_text(encoding="utf-8")
v2_line = next((l for l in manifest.splitlines() if f'"id": "example/{POLICY}/v2"' in l), "")
check(f'"sha256": "{sha(current)}"' in v2_line and f'"earlier_sha256": ["{sha(handed_out)}"' in v2_line,
      "manifest.json lists the earlier copy under version 2", v2_line)
earlier = siyasa("verify", handed_out, "--site", site)
check("approved version 2" in earlier.stdout and "an earlier copy of this version" in earlier.stdout,
      "verify accepts the earlier copy as version 2 and says it is an earlier copy", earlier.stdout)
check("an earlier copy" not in siyasa("verify", current, "--site", site).stdout, "the rebuilt copy is the site's own")
build("--force")
check((archive / "v2.sha256").read_text(encoding="utf-8").split()[:len(printings)] == printings,
      "a forced rebuild keeps every earlier copy's SHA-256")

# 6. verify.html in headless Chromium.
browser = SOURCE / "tests" / "browser"
if not (browser / "node_modules" / "playwright-core").is_dir():
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=browser, check=False)
page_check = subprocess.run(["node", browser / "verify_page.mjs", site, current, tampered, WORK / "verify.png",
                             handed_out],
                            capture_output=True, text=True)
print(page_check.stdout, end="")
if page_check.returncode == 77:
    print("skip verify.html: Chromium not found")
else:
    check(page_check.returncode == 0, "verify.html accepts the built PDF and its earlier copy and rejects the tampered one",
          page_check.stderr)

finish()
