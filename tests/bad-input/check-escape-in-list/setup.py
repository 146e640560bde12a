import casekit
tmp = casekit.case_tmp()
# An ESC in an option's list item (a terminal escape sequence pasted in).
casekit.org_adopting(tmp, '[policies.beneficiary-relations]\norder = 1\nchannels = ["الهاتف", "\\u001b[31mأحمر"]\n')
