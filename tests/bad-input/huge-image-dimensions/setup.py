import struct, zlib
import casekit
tmp = casekit.case_tmp()
orgs = casekit.org_adopting(tmp, '[images]\nlogo = "sample/logo.png"\n')
(orgs / "sample").mkdir()
ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
(orgs / "sample" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b""))
