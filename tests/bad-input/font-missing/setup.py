import casekit
tmp = casekit.case_tmp()
(tmp / "fonts").mkdir()
(tmp / "fonts" / "fonts.toml").write_text('body = "Missing-Regular.ttf"\n', encoding="utf-8")
