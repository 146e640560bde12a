import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
# 200 fields of 25 options each: the most a spec may hold.
options = ", ".join(f'"خيار رقم {i}"' for i in range(1, 26))
fields = "".join(f'[[sections.fields]]\nid = "f{i}"\nkind = "choice"\nlabel = "سؤال {i}"\noptions = [{options}]\n'
                 for i in range(1, 201))
# In place of a form kiswa offers (its beneficiary-relations policy refers to the survey).
(t / "forms" / "satisfaction-survey.toml").write_text('title = "نموذج"\n[[sections]]\ntitle = "قسم"\n' + fields,
                                                      encoding="utf-8")
