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
