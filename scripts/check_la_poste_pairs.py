#!/usr/bin/env python3
"""Counts the (postal code, name) pairs of La Poste's base, as one codes-postaux version packages it, that the
candidate rules refuse, and the platform's 48 PARIS/LYON/MARSEILLE rows. The goal is zero everywhere.

    python scripts/check_la_poste_pairs.py [--version 4.1.2]

Fetches the package with `npm pack` into a temporary folder (the npm registry only).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pixdesk.models.candidate_rules import CandidateInput, validate_candidate  # noqa: E402
from pixdesk.models.errors import ValidationError  # noqa: E402

PLATFORM_ROWS = [("75000", "PARIS"), ("69000", "LYON"), ("13000", "MARSEILLE"),
                 *((f"750{n:02d}", "PARIS") for n in range(1, 21)), *((f"6900{n}", "LYON") for n in range(1, 10)),
                 *((f"130{n:02d}", "MARSEILLE") for n in range(1, 17))]


def accepted(postal_code: str, city: str) -> bool:
    try:
        validate_candidate(CandidateInput(last_name="Martin", first_name="Léa", sex="F", birthdate="2001-05-06",
                                          birth_country="France", birth_postal_code=postal_code, birth_city=city))
        return True
    except ValidationError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default="4.1.2")
    version = parser.parse_args().version
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["npm", "pack", "--silent", f"codes-postaux@{version}"], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(next(Path(folder).glob("*.tgz"))) as archive:
            entries = json.load(archive.extractfile("package/codes-postaux.json"))
    refused_total = 0
    for field, label in (("nomCommune", "commune name"), ("libelleAcheminement", "routing name")):
        pairs = sorted({(e["codePostal"], e[field]) for e in entries})
        refused = [p for p in pairs if not accepted(*p)]
        refused_total += len(refused)
        print(f"(postal code, {label}) pairs of codes-postaux {version}: {len(refused)} of {len(pairs)} refused"
              + (f", e.g. {refused[:5]}" if refused else ""))
    refused = [p for p in PLATFORM_ROWS if not accepted(*p)]
    refused_total += len(refused)
    print(f"the platform's PARIS/LYON/MARSEILLE rows: {len(refused)} of {len(PLATFORM_ROWS)} refused")
    return 1 if refused_total else 0


if __name__ == "__main__":
    sys.exit(main())
