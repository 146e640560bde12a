#!/usr/bin/env python3
"""Signed policy PDFs end to end, through the siyasa binary and outside tools.

A throwaway certificate authority and a signing certificate are made with the openssl CLI in a
mkdtemp folder (nothing is committed); the example organisation, trimmed to one policy, is built
with [digital_signature] naming the PKCS#12 file and the passphrase in SIYASA_SIGN_PASSPHRASE.
Checks: pdfsig reports the signature valid (ETSI.CAdES.detached, the whole file signed) and a
copy with one byte changed inside the signed range invalid (MuPDF's `mutool sign -v` agrees);
`openssl cms -verify` accepts the
CMS against the CA, which carries signingCertificateV2 and no signing-time attribute; qpdf
--check passes; pdftotext reads the text and the caption; the last page renders; the widget is a
Form element of the tags; manifest.json's hash is the signed file's and `siyasa verify` accepts
it; a rebuild does not sign again; a superseded version is archived signed; the PEM key and
chain given by flags sign too; --no-sign signs nothing; neither the passphrase nor the key is
written to the output or the build's messages.

usage: sign_e2e.py SIYASA_BINARY SOURCE_DIR [KEEP_DIR]   (KEEP_DIR: where the page PNG is kept)
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SIYASA, SOURCE = sys.argv[1], Path(sys.argv[2])
sys.path.insert(0, str(SOURCE / "tests" / "bad-input"))
sys.path.insert(0, str(SOURCE / "tests" / "support"))
import casekit  # noqa: E402  (the throwaway CA)
from checks import check, finish  # noqa: E402

POLICY = "beneficiary-relations"
PASSPHRASE = "passphrase-that-must-not-leak-7d3f"


def run(*args, env=None):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, env=env)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


work = Path(tempfile.mkdtemp(prefix="siyasa-sign-"))
keep = Path(sys.argv[3]) if len(sys.argv) > 3 else work
try:
    keys = casekit.throwaway_ca(work / "keys")
    signer = casekit.issue_certificate(keys, "signer", passphrase=PASSPHRASE, common_name="جمعية المثال")
    orgs, out = work / "orgs", work / "out"
    orgs.mkdir()
    shutil.copytree(SOURCE / "orgs" / "example", orgs / "example")
    full = (SOURCE / "orgs" / "example.toml").read_text(encoding="utf-8")
    # One policy (two signed documents: its PDF, and version 1 of it in the archive).
    one_policy = full[:full.index("[policies.information-privacy]")] + full[full.index("[documents]"):]
    second = one_policy.index("[[policies.beneficiary-relations.versions]]\nversion = 2")
    only_first = one_policy[:second] + one_policy[one_policy.index("[documents]"):]
    table = f'\n[digital_signature]\npkcs12 = "{signer["pkcs12"]}"\n'
    org_file = orgs / "example.toml"
    env = {**os.environ, "SIYASA_SIGN_PASSPHRASE": PASSPHRASE}
    messages = []

    def build(*extra, expect=0):
        r = run(SIYASA, "build", "--orgs", orgs, "--templates", SOURCE / "templates", "--fonts", SOURCE / "fonts",
                "--out", out, "--only", "pdf", "--only", "web", *extra, env=env)
        messages.append(r.stdout + r.stderr)
        check(r.returncode == expect, f"build {' '.join(map(str, extra))} exits {expect}", r.stdout + r.stderr)
        return r

    pdf = out / "example" / "policies" / f"{POLICY}.pdf"
    archived = out / "example" / "archive" / POLICY / "v1.pdf"

    def pdfsig(path):
        return run("pdfsig", path).stdout

    # Version 1, signed; then version 2 replaces it: the archive keeps the signed v1.
    org_file.write_text(only_first + table, encoding="utf-8")
    build()
    v1 = pdf.read_bytes()
    check("Signature is Valid." in pdfsig(pdf), "version 1 is signed")
    org_file.write_text(one_policy + table, encoding="utf-8")
    build()
    check(archived.read_bytes() == v1, "the archive holds the signed version 1, byte for byte")
    check("Signature is Valid." in pdfsig(archived), "pdfsig: the archived version's signature is valid")

    sig = pdfsig(pdf)
    print(sig)
    check("Signature Validation: Signature is Valid." in sig, "pdfsig: the signature is valid", sig)
    check("Signature Type: ETSI.CAdES.detached" in sig, "pdfsig: ETSI.CAdES.detached", sig)
    check("Total document signed" in sig, "pdfsig: the whole file is signed", sig)
    check("جمعية المثال" in sig, "pdfsig: the signer's name", sig)

    data = pdf.read_bytes()
    ranges = [int(n) for n in re.search(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]", data).groups()]
    check(ranges[0] == 0 and ranges[2] + ranges[3] == len(data), "/ByteRange covers the file but /Contents",
          ranges)
    check(data.count(b"startxref") == 2 and b"/Prev " in data[ranges[2]:], "an incremental update with /Prev")
    contents = data[ranges[1] + 1:ranges[2] - 1].rstrip(b"0")
    cms = work / "signature.der"
    cms.write_bytes(bytes.fromhex((contents + b"0" * (len(contents) % 2)).decode()))
    signed = work / "signed-bytes"
    signed.write_bytes(data[:ranges[1]] + data[ranges[2]:])
    verified = run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", cms, "-content", signed,
                   "-CAfile", keys / "ca.pem", "-purpose", "any", "-out", os.devnull)
    check(verified.returncode == 0, "openssl cms -verify: the CMS verifies against the throwaway CA",
          verified.stderr)
    printed = run("openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", cms).stdout
    check("signingCertificateV2" in printed or "id-smime-aa-signingCertificateV2" in printed,
          "the CMS has the signingCertificateV2 attribute (CAdES)", printed[:3000])
    check("signingTime" not in printed, "the CMS has no signing-time attribute (baseline B: the time is /M)")

    tampered = work / "tampered.pdf"
    at = data.index(b"/Producer (siyasa)") + len(b"/Producer (siya")
    tampered.write_bytes(data[:at] + b"S" + data[at + 1:])
    check(at < ranges[1], "the changed byte is inside the signed range")
    bad = pdfsig(tampered)
    check("Signature is Valid." not in bad and ("Invalid" in bad or "Mismatch" in bad),
          "pdfsig: a copy with one byte changed is invalid", bad)

    mupdf = run("mutool", "sign", "-v", pdf).stdout
    check("The document is unchanged since signing." in mupdf, "MuPDF: the document is unchanged since signing",
          mupdf)
    mupdf = run("mutool", "sign", "-v", tampered).stdout
    check("unchanged since signing" not in mupdf and "Signature invalidated" in mupdf,
          "MuPDF: the changed copy invalidates the signature", mupdf)

    qpdf = run("qpdf", "--check", pdf)
    check(qpdf.returncode == 0, "qpdf --check passes", qpdf.stdout + qpdf.stderr)
    text = run("pdftotext", pdf, "-").stdout
    check("اعتماد مجلس الإدارة" in text and "وُقّعت هذه الوثيقة رقميًا" in text, "pdftotext reads the text and the caption",
          text[-800:])
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf).stdout).group(1))
    render = run("pdftoppm", "-r", "80", "-png", "-f", pages, "-l", pages, pdf, keep / "signed-page")
    pngs = list(keep.glob("signed-page*.png"))
    check(render.returncode == 0 and pngs and pngs[0].stat().st_size > 5000, "the signed page renders", render.stderr)
    struct = run("pdfinfo", "-struct", pdf).stdout
    check(re.search(r"^\s*Form\b", struct, re.M) is not None, "the signature widget is a Form element of the structure tree", struct[-500:])

    manifest = json.loads((out / "example" / "site" / "manifest.json").read_text(encoding="utf-8"))
    hashes = json.dumps(manifest)
    check(sha(pdf) in hashes, "manifest.json publishes the signed file's SHA-256")
    check(sha(archived) in hashes, "manifest.json publishes the archived signed file's SHA-256")
    verify = run(SIYASA, "verify", pdf, "--site", out / "example" / "site")
    check(verify.returncode == 0, "siyasa verify accepts the signed PDF", verify.stdout + verify.stderr)

    before = pdf.read_bytes()
    again = build()
    check(pdf.read_bytes() == before and "0 documents built" in again.stdout,
          "a rebuild signs nothing again (the signed file is up to date)", again.stdout)

    # A PEM key and chain by flag, instead of the organisation file's [digital_signature].
    pem = casekit.issue_certificate(keys, "pem-signer", common_name="Example signing key")
    build("--sign-key", pem["key"], "--sign-cert", pem["chain"])
    sig = pdfsig(pdf)
    check("Signature is Valid." in sig and "Example signing key" in sig, "--sign-key/--sign-cert (PEM) sign", sig)
    build("--no-sign")
    check("does not contain any signatures" in run("pdfsig", pdf).stdout + run("pdfsig", pdf).stderr,
          "--no-sign builds an unsigned PDF")

    key_body = b"".join(signer["key"].read_bytes().splitlines()[1:-1])
    leaked = [p for p in out.rglob("*") if p.is_file() and (PASSPHRASE.encode() in p.read_bytes()
                                                          or key_body in p.read_bytes().replace(b"\n", b""))]
    check(not leaked, "no output file holds the passphrase or the key", leaked)
    check(not any(PASSPHRASE in m for m in messages), "no build message holds the passphrase")
finally:
    shutil.rmtree(work, ignore_errors=True)  # the throwaway keys with it

finish()
