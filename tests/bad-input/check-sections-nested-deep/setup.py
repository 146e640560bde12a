import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# A thousand sections inside each other: kainjow would take gigabytes (issue 16).
body = "{{#num}}" * 1000 + "١" + "{{/num}}" * 1000 + "\n"
(t / "policies" / "broken.md").write_text('+++\nid = "broken"\ntitle = "سياسة"\n+++\n\n' + body, encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
