import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# Six lists of 30 items inside each other: 30^6 lines, stopped at the merge bound.
items = ", ".join(f'"بند {i}"' for i in range(30))
body = "{{#options.items}}" * 6 + "- {{.}}\n" + "{{/options.items}}" * 6 + "\n"
(t / "policies" / "broken.md").write_text(
    '+++\nid = "broken"\ntitle = "سياسة"\n[options.items]\ntype = "list"\ndefault = [' + items + ']\n'
    'description = "x"\n+++\n\n' + body, encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
