import casekit
tmp = casekit.case_tmp()
(tmp / "fonts").mkdir()
# A file with a font's name that holds no font: a download that failed, saved as an HTML page.
(tmp / "fonts" / "Broken-Regular.ttf").write_text("<html><body>404 Not Found</body></html>\n", encoding="utf-8")
(tmp / "fonts" / "fonts.toml").write_text('body = "Broken-Regular.ttf"\nlatin = "NotoSans-Regular.ttf"\n', encoding="utf-8")
