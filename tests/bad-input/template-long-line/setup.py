import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
body = "ب" * 50000
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = "سياسة"\n+++\n\n' + body + "\n", encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
