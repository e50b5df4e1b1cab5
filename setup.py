"""Build hook: the top-level resources/ folder (reference data, fonts, translations, icons) goes into the wheel as
pixdesk/resources, so that `pip install .` works without the source tree. Everything else is in pyproject.toml.

The folder stays at the top of the repository (translators and the reference-data script work there); a source
checkout and an editable install read it in place (pixdesk.paths.resources_root)."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
SKIPPED = {"SOURCES.md"}  # how the data was made: for developers, not needed at run time


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "pixdesk" / "resources"
        for source in sorted(RESOURCES.rglob("*")):
            if source.is_file() and source.name not in SKIPPED:
                destination = target / source.relative_to(RESOURCES)
                self.mkpath(str(destination.parent))
                self.copy_file(str(source), str(destination))


setup(cmdclass={"build_py": BuildWithResources})
