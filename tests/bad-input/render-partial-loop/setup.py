import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# A loop through two partials: footer includes head, head includes footer.
for name, other in (("footer", "head"), ("head", "footer")):
    f = t / "site" / f"{name}.mustache"
    f.write_text(f.read_text(encoding="utf-8") + "{{> " + other + "}}\n", encoding="utf-8")
casekit.org_adopting(tmp, "[policies.beneficiary-relations]\norder = 1\n")
