import casekit
tmp = casekit.case_tmp()
orgs = tmp / "orgs"
orgs.mkdir()
# A NUL written as a TOML escape once reached <title> and the og: tags raw (issue 16).
(orgs / "sample.toml").write_text('name = "جمعية\\u0000الاختبار"\nkind = "association"\n', encoding="utf-8")
