#!/usr/bin/env python3
"""`siyasa diff` golden test: the output of each case is compared byte for byte with its
expected file (tests/diff/expected/). The cases use their own small template (templates/) and
organisation (orgs/sanad.toml with an override file), so edits to the shared templates do not
change them.

usage: run.py SIYASA_BINARY [--update]   (--update rewrites the expected files: look at them)
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = {
    "shared": ["diff", "--templates", "templates", "--org", "orgs/sanad.toml", "--policy", "care"],
    "against": ["diff", "--templates", "templates", "--org", "orgs/sanad.toml", "--policy", "care",
                "--against", "approved.txt"],
    "unknown-policy": ["diff", "--templates", "templates", "--org", "orgs/sanad.toml", "--policy", "cares"],
}


def main() -> int:
    siyasa, update = str(Path(sys.argv[1]).resolve()), "--update" in sys.argv
    failures = 0
    for name, args in CASES.items():
        run = subprocess.run([siyasa, *args], cwd=HERE, capture_output=True, text=True)
        got = f"exit {run.returncode}\n--- stdout\n{run.stdout}--- stderr\n{run.stderr}"
        expected = HERE / "expected" / f"{name}.txt"
        if update:
            expected.parent.mkdir(exist_ok=True)
            expected.write_text(got, encoding="utf-8")
        want = expected.read_text(encoding="utf-8")
        ok = got == want
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if not ok:
            print(f"--- expected\n{want}--- got\n{got}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
