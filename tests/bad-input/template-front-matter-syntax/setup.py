import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = سياسة\n+++\n\n## تمهيد\n', encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
