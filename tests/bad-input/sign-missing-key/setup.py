import casekit
tmp = casekit.case_tmp()
casekit.org_signing(tmp, 'pkcs12 = "keys/nowhere.p12"\n')
(tmp / "passphrase").write_text("pass\n")
