"""argparse's own messages in French: a missing or mistyped option is bad input too, and gets the user's language."""

from __future__ import annotations

import argparse
import gettext

from pixdesk import language

FRENCH = {
    "usage: ": "utilisation : ",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "option %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "ces options sont obligatoires : %s",
    "unrecognized arguments: %s": "options inconnues : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choix possibles : %(choices)s)",
    "expected one argument": "une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "one of the arguments %s is required": "l'une de ces options est obligatoire : %s",
    "not allowed with argument %s": "incompatible avec l'option %s",
    "show this help message and exit": "affiche cette aide",
    "positional arguments": "arguments",
    "options": "options",
}


def _translate(message: str) -> str:
    if language.current() == "fr":
        return FRENCH.get(message, message)
    return gettext.gettext(message)


def install() -> None:
    """argparse looks its texts up through its module-level `_` each time it formats one."""
    argparse._ = _translate
    argparse.ngettext = lambda singular, plural, n: _translate(singular if n == 1 else plural)
