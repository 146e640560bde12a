import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# A site partial that includes itself once crashed render and build with SIGSEGV (issue 16).
header = t / "site" / "header.mustache"
header.write_text(header.read_text(encoding="utf-8") + "{{> header}}\n", encoding="utf-8")
casekit.org_adopting(tmp, "")
