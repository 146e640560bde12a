import casekit
tmp = casekit.case_tmp()
ca = casekit.throwaway_ca(tmp / "orgs" / "keys")
casekit.issue_certificate(ca, "signer", passphrase="the right one")
casekit.org_signing(tmp, 'pkcs12 = "keys/signer.p12"\n')
(tmp / "passphrase").write_text("a wrong one\n")
