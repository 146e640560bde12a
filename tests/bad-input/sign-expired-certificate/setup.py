import casekit
tmp = casekit.case_tmp()
ca = casekit.throwaway_ca(tmp / "orgs" / "keys")
casekit.issue_certificate(ca, "signer", start="20200101000000Z", end="20210101000000Z", passphrase="pass")
casekit.org_signing(tmp, 'pkcs12 = "keys/signer.p12"\n')
(tmp / "passphrase").write_text("pass\n")
