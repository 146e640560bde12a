import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# {{#options.x}} nested 8,500 deep once took 979 MB and passed (issue 16).
body = "{{#options.x}}" * 8500 + "نص" + "{{/options.x}}" * 8500 + "\n"
(t / "policies" / "broken.md").write_text(
    '+++\nid = "broken"\ntitle = "سياسة"\n[options.x]\ntype = "bool"\ndefault = true\n'
    'description = "x"\n+++\n\n' + body, encoding="utf-8")
casekit.org_adopting(tmp, "[policies.broken]\norder = 1\n")
