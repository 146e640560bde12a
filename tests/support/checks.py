"""The report of an end-to-end script: one line per check, "ok" or "FAIL" with what went wrong,
and a last line; the script exits 1 when a check failed. Shared by tests/versions and tests/sign.

    sys.path.insert(0, str(SOURCE / "tests" / "support"))
    from checks import check, finish
"""
import sys

failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok or not detail else "\n    " + str(detail)[:2000]))
    if not ok:
        failures.append(what)


def finish():
    print("FAILED: " + ", ".join(failures) if failures else "all passed")
    sys.exit(1 if failures else 0)
