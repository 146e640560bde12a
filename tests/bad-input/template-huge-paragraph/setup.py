import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
body = ("تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية " * 8000)[: 1024 * 1024]
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = "سياسة"\n+++\n\n' + body + "\n", encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
