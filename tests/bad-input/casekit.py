"""Helpers for the setup.py of bad-input cases: copies of the repository's folders to break."""
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def case_tmp() -> Path:
    tmp = Path(sys.argv[1]) / "tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    return tmp


def copy_templates(tmp: Path) -> Path:
    shutil.copytree(REPO / "templates", tmp / "templates")
    return tmp / "templates"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def org_adopting(tmp: Path, body: str, slug: str = "sample") -> Path:
    orgs = tmp / "orgs"
    orgs.mkdir(exist_ok=True)
    (orgs / f"{slug}.toml").write_text(
        'name = "جمعية الاختبار"\nkind = "association"\n' + body, encoding="utf-8")
    return orgs


def png(width: int, height: int, colour_type: int = 2, depth: int = 8, rows: bytes = None,
        damage=None) -> bytes:
    """A PNG file: IHDR, one IDAT of `rows` (default: every row black), IEND. `damage` may
    change the IDAT chunk's bytes after its checksum was computed."""
    import struct
    import zlib
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour_type]
    if rows is None:
        rows = (b"\0" + b"\0" * ((width * channels * depth + 7) // 8)) * height
    def chunk(kind: bytes, data: bytes, hook=None) -> bytes:
        out = struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        return hook(out) if hook else out
    ihdr = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9), damage)
            + chunk(b"IEND", b""))


def org_with_logo(tmp: Path, logo: bytes) -> Path:
    orgs = org_adopting(tmp, '[images]\nlogo = "sample/logo.png"\n')
    (orgs / "sample").mkdir()
    (orgs / "sample" / "logo.png").write_bytes(logo)
    return orgs


def _openssl(*args, cwd: Path) -> None:
    import subprocess
    subprocess.run(["openssl", *map(str, args)], cwd=cwd, check=True, capture_output=True)


def throwaway_ca(folder: Path) -> Path:
    """A certificate authority made for one test run with the openssl CLI (ca.key, ca.pem in
    `folder`): nothing of it is committed. EC P-256 keys, which are quick to make."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.txt").write_text("")
    (folder / "serial").write_text("1000\n")
    (folder / "ca.cnf").write_text(
        "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
        "default_md = sha256\npolicy = anything\nunique_subject = no\nx509_extensions = signing\n"
        "[anything]\ncommonName = supplied\norganizationName = optional\n"
        "[signing]\nbasicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature, nonRepudiation\n")
    _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=siyasa throwaway test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
             cwd=folder)
    return folder


def issue_certificate(ca: Path, name: str, start: str = None, end: str = None, passphrase: str = None,
                      common_name: str = "جمعية الاختبار") -> dict:
    """A signing key and certificate issued by the throwaway CA: NAME.key (PEM, unencrypted),
    NAME.pem (the certificate), NAME-chain.pem (it, then the CA) and, with a passphrase,
    NAME.p12. start/end: YYYYMMDDHHMMSSZ (default: from yesterday, for 30 days)."""
    import datetime
    now = datetime.datetime.now(datetime.timezone.utc)
    start = start or (now - datetime.timedelta(days=1)).strftime("%Y%m%d%H%M%SZ")
    end = end or (now + datetime.timedelta(days=30)).strftime("%Y%m%d%H%M%SZ")
    _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-utf8",
             "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={common_name}/O=siyasa tests", cwd=ca)
    _openssl("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key", "-in", f"{name}.csr",
             "-out", f"{name}.pem", "-startdate", start, "-enddate", end, "-notext", "-utf8", cwd=ca)
    (ca / f"{name}-chain.pem").write_bytes((ca / f"{name}.pem").read_bytes() + (ca / "ca.pem").read_bytes())
    files = {"key": ca / f"{name}.key", "certificate": ca / f"{name}.pem", "chain": ca / f"{name}-chain.pem"}
    if passphrase is not None:
        _openssl("pkcs12", "-export", "-inkey", f"{name}.key", "-in", f"{name}.pem", "-certfile", "ca.pem",
                 "-out", f"{name}.p12", "-passout", f"pass:{passphrase}", cwd=ca)
        files["pkcs12"] = ca / f"{name}.p12"
    return files


def org_signing(tmp: Path, signature_table: str) -> Path:
    """An organisation adopting one policy, signed as `signature_table` ([digital_signature]) says."""
    return org_adopting(tmp, "[policies.beneficiary-relations]\n\n[digital_signature]\n" + signature_table)
