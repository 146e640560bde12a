import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
body = "- " * 10000 + "بند\n"
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = "سياسة"\n+++\n\n' + body, encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
