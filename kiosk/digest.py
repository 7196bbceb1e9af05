"""Digests for cache keys and cache file names, without OpenSSL.

hashlib's first import loads OpenSSL's libcrypto for its constructors: 3.9 MB resident and
5.8 ms of the kiosk's start (measured with Qt loaded), for a cache key. BLAKE2 is built into
CPython itself. The fleet's release manifests keep SHA-256, a format others read; the PIN's
scrypt loads OpenSSL when the operator first types a PIN.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b as _blake2b  # CPython's own implementation
except ImportError:  # another Python: the same function, through hashlib
    from hashlib import blake2b as _blake2b

SIZE = 32  # bytes: as long as a SHA-256


def new(data: bytes = b""):
    """A digest to `update` and read with `hexdigest`, as hashlib's."""
    return _blake2b(data, digest_size=SIZE)
