"""Access codes and invigilator passwords, drawn as the platform draws them (reference section 1)."""

from __future__ import annotations

import secrets
from collections.abc import Callable

ACCESS_CODE_LETTERS = "BCDFGHJKMPQRTVWXY"
ACCESS_CODE_DIGITS = "2346789"
INVIGILATOR_PASSWORD_ALPHABET = "23456789bcdfghjkmpqrstvwxyBCDFGHJKMPQRSTVWXY!*?"
INVIGILATOR_PASSWORD_LENGTH = 6
MAX_DRAWS = 10_000


def draw_access_code() -> str:
    letters = "".join(secrets.choice(ACCESS_CODE_LETTERS) for _ in range(4))
    digits = "".join(secrets.choice(ACCESS_CODE_DIGITS) for _ in range(2))
    return letters + digits


def generate_access_code(is_taken: Callable[[str], bool]) -> str:
    """A fresh code not yet used by a stored session (17^4 * 7^2 = 4 million codes)."""
    for _ in range(MAX_DRAWS):
        code = draw_access_code()
        if not is_taken(code):
            return code
    raise RuntimeError("no free access code found")


def is_valid_access_code(code: str) -> bool:
    return (
        len(code) == 6
        and all(c in ACCESS_CODE_LETTERS for c in code[:4])
        and all(c in ACCESS_CODE_DIGITS for c in code[4:])
    )


def generate_invigilator_password() -> str:
    """Six distinct characters: a partial Fisher-Yates shuffle of the alphabet with a CSPRNG."""
    pool = list(INVIGILATOR_PASSWORD_ALPHABET)
    for i in range(INVIGILATOR_PASSWORD_LENGTH):
        j = i + secrets.randbelow(len(pool) - i)
        pool[i], pool[j] = pool[j], pool[i]
    return "".join(pool[:INVIGILATOR_PASSWORD_LENGTH])
