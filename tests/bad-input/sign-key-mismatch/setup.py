import casekit
tmp = casekit.case_tmp()
ca = casekit.throwaway_ca(tmp / "orgs" / "keys")
casekit.issue_certificate(ca, "signer")
casekit.issue_certificate(ca, "other")
# The key of one certificate with the chain of another.
casekit.org_signing(tmp, 'key = "keys/other.key"\ncertificates = "keys/signer-chain.pem"\n')
(tmp / "passphrase").write_text("")
