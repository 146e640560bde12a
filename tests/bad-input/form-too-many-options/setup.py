import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
options = ", ".join(f'"خيار رقم {i}"' for i in range(1, 4001))
(t / "forms" / "broken.toml").write_text(
    'title = "نموذج"\n[[sections]]\ntitle = "قسم"\n[[sections.fields]]\nid = "city"\nkind = "choice"\n'
    'label = "المدينة"\noptions = [' + options + ']\n', encoding="utf-8")
casekit.org_adopting(tmp, "")
