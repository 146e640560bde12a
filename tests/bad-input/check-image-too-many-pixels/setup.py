import casekit
tmp = casekit.case_tmp()
# 8000×8000 RGBA (256 MP of memory once decoded) fits under 10000 px a side but not 25 MP.
casekit.org_with_logo(tmp, casekit.png(8000, 8000, colour_type=6, rows=b"\0"))  # refused before decoding
