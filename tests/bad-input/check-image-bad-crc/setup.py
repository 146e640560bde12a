import casekit
tmp = casekit.case_tmp()
# One byte of the image data changed after its checksum was written.
def flip(chunk: bytes) -> bytes:
    return chunk[:12] + bytes([chunk[12] ^ 0xFF]) + chunk[13:]
casekit.org_with_logo(tmp, casekit.png(20, 20, damage=flip))
