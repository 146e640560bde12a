import casekit
tmp = casekit.case_tmp()
# The whole orgs/sample/ folder is a link to a folder outside.
orgs = casekit.org_adopting(tmp, '[images]\nlogo = "sample/logo.png"\n')
(tmp / "elsewhere").mkdir()
(tmp / "elsewhere" / "logo.png").write_bytes(casekit.png(4, 4))
(orgs / "sample").symlink_to("../elsewhere")
