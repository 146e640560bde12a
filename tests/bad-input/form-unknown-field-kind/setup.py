import casekit
tmp = casekit.case_tmp()
t = casekit.copy_templates(tmp)
casekit.replace_in(t / "forms" / "satisfaction-survey.toml", 'kind = "', 'kind = "slider', )
casekit.org_adopting(tmp, "")
