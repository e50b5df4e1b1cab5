"""The refresh token's home: the operating system's keyring (service "PixDesk", account "e-mail@server"), and
nowhere else — never the SQLite store, the settings file or a log.

Where no real keyring works (a bare Linux session: keyring's `fail` or `null` backend, or only keyrings.alt's
file backends, whose EncryptedKeyring prompts on the terminal and whose PlaintextKeyring writes the secret in
base64), `keyring_status()` says so and nothing is stored: the password is then asked at each sync (or read from
`PIXDESK_PASSWORD` on the command line). A backend is never given a chance to prompt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

SERVICE = "PixDesk"
# Backends that are no keyring at all, or that would prompt or keep the secret in a plain file.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_lock = threading.Lock()  # keyring backends are not all thread-safe (D-Bus, Keychain)


class KeyringUnavailable(Exception):
    """No usable keyring: the caller asks for the password instead of storing anything."""


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # module.Class of the backend keyring picked, for messages and the self-test


def account_name(email: str, server_url: str) -> str:
    """"e-mail@server": the server's host, with its port when it is not the scheme's default."""
    parts = urlsplit(server_url)
    host = parts.hostname or server_url
    if parts.port and parts.port != {"https": 443, "http": 80}.get(parts.scheme):
        host = f"{host}:{parts.port}"
    return f"{email.strip().lower()}@{host}"


def _name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _acceptable(backend: object) -> bool:
    module = type(backend).__module__
    if any(module == refused or module.startswith(refused + ".") for refused in _REFUSED_MODULES):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # noqa: BLE001 - a backend whose priority check itself fails is not usable
        return False


def _usable_backend():
    """The keyring to use, or None: the chainer's best acceptable member, never a refused one."""
    import keyring
    from keyring.backends import chainer

    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        members = [b for b in backend.backends if _acceptable(b)]
        return max(members, key=lambda b: b.priority) if members else None
    return backend if _acceptable(backend) else None


def keyring_status() -> KeyringStatus:
    import keyring

    with _lock:
        backend = _usable_backend()
        return KeyringStatus(backend is not None, _name(backend if backend is not None else keyring.get_keyring()))


def save_token(account: str, token: str) -> None:
    """Raises KeyringUnavailable when there is no keyring, or when it refuses (a locked or absent D-Bus
    collection): the token is then not stored anywhere."""
    with _lock:
        backend = _usable_backend()
        if backend is None:
            raise KeyringUnavailable(_name_of_default())
        try:
            backend.set_password(SERVICE, account, token)
        except Exception as error:  # noqa: BLE001 - any backend failure means "not stored"
            raise KeyringUnavailable(f"{_name(backend)}: {type(error).__name__}") from None


def load_token(account: str) -> str | None:
    with _lock:
        backend = _usable_backend()
        if backend is None:
            return None
        try:
            return backend.get_password(SERVICE, account)
        except Exception:  # noqa: BLE001 - an unreadable keyring is as good as an empty one: sign in again
            return None


def delete_token(account: str) -> None:
    with _lock:
        backend = _usable_backend()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, account)
        except Exception:  # noqa: BLE001 - nothing stored (PasswordDeleteError) or keyring gone: nothing to do
            pass


def _name_of_default() -> str:
    import keyring

    return _name(keyring.get_keyring())
