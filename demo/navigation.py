"""Where to send a visitor next: only ever a path on this site."""

from __future__ import annotations

from urllib.parse import urlsplit


def local_path(target: str | None) -> str | None:
    """`target` if it is a path on this site ("/journal/…"), else None.

    Rejects absolute URLs, scheme-relative "//host" and backslash tricks, so a
    link from elsewhere cannot turn a redirect into a jump to another site.
    """
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in target):
        return None  # a newline would end up in the Location header
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target:
        return None
    return target
