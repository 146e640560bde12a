import casekit
tmp = casekit.case_tmp()
# 16-bit RGBA under 25 MP still decodes to 8 bytes a pixel: 24 MP × 8 = 192 MB.
casekit.org_with_logo(tmp, casekit.png(6000, 4000, colour_type=6, depth=16, rows=b"\0"))
