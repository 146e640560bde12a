#!/usr/bin/env python3
"""The bad-input catalogue: every folder here is one thing an administrator might feed siyasa.

A case folder holds:
  args      the command line after `siyasa`, one argument per line; {case} is the case folder,
            {out} a fresh output folder, {repo} the repository (for its templates and fonts)
  expected  the first line siyasa must print on stderr; {case} is replaced as in args. Several
            lines: any one of them (a build whose documents may fail in either order)
  exit      optional, the expected exit status (default 1)
  setup.py  optional, run as `python3 setup.py CASE_DIR` first to make inputs too large or too
            odd to commit (huge images, 50,000-character lines); it writes only under {case}/tmp
            (casekit.py has the helpers it imports)
  tmpfs     optional, a size such as 48k: {out} is a tmpfs that small, so the disk fills up
            (needs root to mount; the case is skipped with a message where that is refused)

Every broken organisation file of tests/data/bad/ (NAME.toml with NAME.expected, and a NAME/
folder of images where it has one) is a case too: it is run through `siyasa build` alone in an
orgs folder, and its expected line is prefixed with that folder's name.

Every case runs under a memory cap: an address-space limit (setrlimit) of 4 GiB for a plain
build; for a build with AddressSanitizer, which reserves terabytes of address space up front,
ASan's own hard_rss_limit_mb of 3 GiB (siyasa's worker processes have their own cap, see
--memory-limit).

For every case the runner checks: the exit status, the first line of stderr, that siyasa did
not crash (no signal, no sanitizer report), that the folder of the case is unchanged (nothing
the user wrote is overwritten), that nothing was written outside {out}, and that {out} holds no
partial or temporary file and still holds the earlier output placed there before the run.
"""
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PREVIOUS = "previous-good-output.pdf"


MEMORY_CAP = 4 << 30


@functools.lru_cache(maxsize=None)
def sanitized(binary: str) -> bool:
    """Whether the binary is built with AddressSanitizer (linked to libasan, or with it inside)."""
    deps = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
    if "libasan" in deps or "libclang_rt.asan" in deps:
        return True
    nm = subprocess.run(["nm", binary], capture_output=True, text=True).stdout
    return "__asan_init" in nm


def capped_run(siyasa: str, args: list, **kwargs):
    """Runs siyasa under the memory cap (see the module's docstring)."""
    if sanitized(siyasa):
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS", ""), "hard_rss_limit_mb=3072"]))
        return subprocess.run([siyasa, *args], env=env, **kwargs)

    def cap():
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    return subprocess.run([siyasa, *args], preexec_fn=cap, **kwargs)


def snapshot(folder: Path) -> dict:
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "tmp" not in path.relative_to(folder).parts:
            result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def repo_snapshot() -> dict:
    return {name: snapshot(REPO / name) for name in ("orgs", "templates", "fonts")}


def org_fixture_cases(siyasa: str) -> list:
    """(name, problems) for each broken organisation file of tests/data/bad/."""
    results = []
    bad = REPO / "tests" / "data" / "bad"
    for fixture in sorted(bad.glob("*.toml")):
        expected_file = fixture.with_suffix(".expected")
        if not expected_file.exists():
            continue
        with tempfile.TemporaryDirectory(prefix="siyasa-badorg-") as tmp:
            case = Path(tmp) / "case"
            (case / "orgs").mkdir(parents=True)
            shutil.copy(fixture, case / "orgs" / fixture.name)
            assets = fixture.with_suffix("")
            if assets.is_dir():
                shutil.copytree(assets, case / "orgs" / assets.name)
            (case / "args").write_text("\n".join(
                ["build", "--orgs", "{case}/orgs", "--templates", "{repo}/templates",
                 "--fonts", "{repo}/fonts", "--out", "{out}"]) + "\n", encoding="utf-8")
            expected = expected_file.read_text(encoding="utf-8").splitlines()[0]
            (case / "expected").write_text("{case}/orgs/" + expected + "\n", encoding="utf-8")
            results.append(("org:" + fixture.stem, run_case(siyasa, case)))
    return results


def run_case(siyasa: str, case: Path) -> list:
    problems = []
    if (case / "setup.py").exists():
        subprocess.run([sys.executable, str(case / "setup.py"), str(case)], check=True,
                       env={**os.environ, "PYTHONPATH": str(HERE)})
    before_case = snapshot(case)
    before_repo = repo_snapshot()
    with tempfile.TemporaryDirectory(prefix="siyasa-bad-") as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        mounted = False
        if (case / "tmpfs").exists():
            size = (case / "tmpfs").read_text().strip()
            mount = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(out)],
                                   capture_output=True, text=True)
            if mount.returncode != 0:
                print(f"skip {case.name}: cannot mount a small tmpfs ({mount.stderr.strip()})")
                return []
            mounted = True
        (out / "sample").mkdir(parents=True)
        (out / "sample" / PREVIOUS).write_bytes(b"%PDF-1.5 earlier good output")

        def fill(text: str) -> str:
            return text.replace("{case}", str(case)).replace("{out}", str(out)).replace("{repo}", str(REPO))

        args = [fill(a) for a in (case / "args").read_text(encoding="utf-8").splitlines() if a]
        expected_file = case / "expected"
        expected = ([fill(line) for line in expected_file.read_text(encoding="utf-8").strip("\n").splitlines()]
                    if expected_file.exists() else None)
        want_exit = int((case / "exit").read_text().strip()) if (case / "exit").exists() else 1
        try:
            proc = capped_run(siyasa, args, cwd=tmp, capture_output=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            proc = None
        finally:
            if mounted:
                listing = sorted(p.name for p in out.rglob("*"))
                subprocess.run(["umount", str(out)], check=True)
        if proc is None:
            return ["did not finish within 120 s"]
        stderr = proc.stderr.decode("utf-8", "replace")
        first = stderr.splitlines()[0] if stderr else ""
        if proc.returncode < 0:
            problems.append(f"killed by signal {-proc.returncode}")
        if "Sanitizer" in stderr or "runtime error:" in stderr:
            problems.append("sanitizer report:\n" + stderr[:2000])
        if proc.returncode != want_exit:
            problems.append(f"exit status {proc.returncode}, expected {want_exit}")
        if expected is None or first not in expected:
            problems.append(f"first line of stderr:\n    got      {first!r}\n    expected {' or '.join(map(repr, expected or []))}")
        names = listing if mounted else [p.name for p in Path(tmp).rglob("*")]
        leftovers = [n for n in names if ".tmp" in n]
        if leftovers:
            problems.append(f"temporary files left behind: {leftovers}")
        if PREVIOUS not in names:
            problems.append("earlier output was removed")
        outside = [p.name for p in Path(tmp).iterdir() if p.name != "out"]
        if outside:
            problems.append(f"written outside the output folder: {outside}")
    if snapshot(case) != before_case:
        problems.append("the case's own files were changed")
    if repo_snapshot() != before_repo:
        problems.append("the repository's orgs/ or templates/ were changed")
    tmpdir = case / "tmp"
    if tmpdir.exists():
        shutil.rmtree(tmpdir)
    return problems


def main() -> int:
    siyasa = str(Path(sys.argv[1]).resolve())
    only = sys.argv[2:]
    cases = sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "args").exists())
    if only:
        cases = [c for c in cases if c.name in only]
    results = [(case.name, run_case(siyasa, case)) for case in cases]
    if not only:
        results += org_fixture_cases(siyasa)
    passed = failed = 0
    for name, problems in results:
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
