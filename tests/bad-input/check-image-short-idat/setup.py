import casekit
tmp = casekit.case_tmp()
# Valid checksums, but the image data holds 10 rows where the header promises 20.
casekit.org_with_logo(tmp, casekit.png(20, 20, rows=(b"\0" + b"\0" * 60) * 10))
