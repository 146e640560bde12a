"""The policies each sample organisation adopts, in booklet order, from `siyasa list`."""
import re


def adopted_policies(listing: str) -> dict:
    """slug -> [policy id, ...] from the text `siyasa list` prints."""
    adopted, slug = {}, None
    for line in listing.splitlines():
        m = re.match(r"^  (\S+)\s", line)
        if m and not line.startswith("    "):
            slug = m.group(1)
        m = re.search(r"policies: (.*)$", line)
        if m and slug:
            adopted[slug] = [p.strip() for p in m.group(1).split(",") if p.strip()]
    return adopted
