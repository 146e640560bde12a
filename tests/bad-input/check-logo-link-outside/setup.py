import casekit
tmp = casekit.case_tmp()
# The logo is a link to a PNG outside the organisations folder: the path text stays inside,
# the file does not (issue 16: it was published as site/assets/logo.png).
orgs = casekit.org_adopting(tmp, '[images]\nlogo = "sample/logo.png"\n')
(tmp / "outside.png").write_bytes(casekit.png(4, 4))
(orgs / "sample").mkdir()
(orgs / "sample" / "logo.png").symlink_to("../../outside.png")
