"""argparse's own messages in French: a missing or mistyped option is bad input too, and gets the user's language."""

from __future__ import annotations

import argparse
import gettext

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

# argparse's own (English) message -> PixDesk's French source text; other languages from the catalogue.
MESSAGES = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "utilisation : "),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP("argparse", "%(prog)s : erreur : %(message)s\n"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("argparse", "option %(argument_name)s : %(message)s"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("argparse", "ces options sont obligatoires : %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "options inconnues : %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP("argparse", "choix invalide : %(value)r (choix possibles : %(choices)s)"),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "une valeur est attendue"),
    "expected at least one argument": QT_TRANSLATE_NOOP("argparse", "au moins une valeur est attendue"),
    "expected at most one argument": QT_TRANSLATE_NOOP("argparse", "une valeur au plus est attendue"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP("argparse", "option ambiguë : %(option)s peut désigner %(matches)s"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("argparse", "valeur invalide : %(value)r"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP("argparse", "l'une de ces options est obligatoire : %s"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("argparse", "incompatible avec l'option %s"),
    "show this help message and exit": QT_TRANSLATE_NOOP("argparse", "affiche cette aide"),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "arguments"),
    "options": QT_TRANSLATE_NOOP("argparse", "options"),
}


def _translate(message: str) -> str:
    source = MESSAGES.get(message)
    return translate("argparse", source) if source else gettext.gettext(message)


def install() -> None:
    """argparse looks its texts up through its module-level `_` each time it formats one."""
    argparse._ = _translate
    argparse.ngettext = lambda singular, plural, n: _translate(singular if n == 1 else plural)
