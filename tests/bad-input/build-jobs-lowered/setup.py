import casekit
tmp = casekit.case_tmp()
# One policy that offers two forms, and an association's assembly proxy: a site and three form
# pages, four documents, no more than the cap of four per core on any machine, so the note names
# the documents.
casekit.org_adopting(tmp, '\n[policies.beneficiary-relations]\n')
