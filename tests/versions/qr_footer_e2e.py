#!/usr/bin/env python3
"""[publication] qr = "footer": the verification QR code in every page's footer, read back by
zbarimg from the rendered pages, and no longer under the approval block.

The example organisation, trimmed to one policy, is built into a mkdtemp folder with qr =
"footer"; every page of the policy is rendered at 150 dpi: each must hold exactly one QR code
(the footer's) with the policy's verification URL, also the last page, where the approval is.

usage: qr_footer_e2e.py SIYASA_BINARY SOURCE_DIR
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SIYASA, SOURCE = sys.argv[1], Path(sys.argv[2])
URL = "https://example.org.sa/policies/verify.html#example/beneficiary-relations/v2"
sys.path.insert(0, str(SOURCE / "tests" / "support"))
from checks import check, finish  # noqa: E402


work = Path(tempfile.mkdtemp(prefix="siyasa-qr-footer-"))
try:
    orgs = work / "orgs"
    orgs.mkdir()
    shutil.copytree(SOURCE / "orgs" / "example", orgs / "example")
    full = (SOURCE / "orgs" / "example.toml").read_text(encoding="utf-8")
    one_policy = full[:full.index("[policies.information-privacy]")] + full[full.index("[documents]"):]
    assert '\nqr = "approval"' in one_policy
    (orgs / "example.toml").write_text(one_policy.replace('\nqr = "approval"', '\nqr = "footer"', 1), encoding="utf-8")
    run = subprocess.run([SIYASA, "build", "--orgs", orgs, "--templates", SOURCE / "templates", "--fonts",
                          SOURCE / "fonts", "--out", work / "out", "--only", "pdf", "--no-sign"],
                         capture_output=True, text=True)
    check(run.returncode == 0, "build exits 0", run.stdout + run.stderr)
    pdf = work / "out" / "example" / "policies" / "beneficiary-relations.pdf"
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, work / "page"], check=True)
    pages = sorted(work.glob("page-*.png"))
    check(len(pages) >= 2, "the policy has several pages", pages)
    for page in pages:
        read = subprocess.run(["zbarimg", "-q", "--raw", page], capture_output=True, text=True)
        codes = read.stdout.split()
        check(codes == [URL], f"{page.name}: one QR code, the footer's, with the verification URL", codes)
finally:
    shutil.rmtree(work, ignore_errors=True)

finish()
