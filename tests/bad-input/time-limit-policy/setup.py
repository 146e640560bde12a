import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# 250 paragraphs, about 220 KB (templates stop at 256 KB): far more than a tenth of a millisecond of work.
sentence = "تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية. "
body = "\n\n".join([sentence * 7] * 250)
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = "سياسة"\n+++\n\n' + body + "\n", encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
