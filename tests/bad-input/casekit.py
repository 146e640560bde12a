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
