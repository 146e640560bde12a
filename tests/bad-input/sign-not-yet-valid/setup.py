import casekit
tmp = casekit.case_tmp()
ca = casekit.throwaway_ca(tmp / "orgs" / "keys")
casekit.issue_certificate(ca, "signer", start="20990101000000Z", end="21000101000000Z")
casekit.org_signing(tmp, 'key = "keys/signer.key"\ncertificates = "keys/signer-chain.pem"\n')
(tmp / "passphrase").write_text("")
