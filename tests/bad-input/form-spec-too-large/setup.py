import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# A valid spec padded with a 300 KB comment: refused before it is parsed.
spec = (t / "forms" / "satisfaction-survey.toml").read_text(encoding="utf-8")
(t / "forms" / "satisfaction-survey.toml").write_text(spec + "# " + "x" * (300 * 1024) + "\n", encoding="utf-8")
casekit.org_adopting(tmp, "")
