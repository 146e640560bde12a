import casekit
tmp = casekit.case_tmp()
casekit.copy_templates(tmp)
casekit.org_adopting(tmp, "[policies.volunteer-management]\norder = 1\n[policies.volunteer-management.approval]\nmeeting = \"الأول\"\ndate = 2024-01-10\n")
