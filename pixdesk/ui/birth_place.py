"""The birth-place part of the candidate form, as Pix Certif has it: country (France by default), then either
"Code INSEE" or "Code postal" + commune for France, or only the commune abroad. Communes come from the offline
reference data (pixdesk.reference.geography)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QRadioButton, QSizePolicy, QWidget)

from pixdesk.models.text import clean
from pixdesk.reference import geography
from pixdesk.ui.field_errors import FieldErrors, add_field

INSEE, POSTAL = "insee", "postal"
COMPLETION_LIMIT = 15


def commune_caption(commune: geography.Commune) -> str:
    return f"{commune.name} ({commune.department})"


def full_width(combo: QComboBox) -> QComboBox:
    """As wide as the form's line edits, whatever it holds, and a list wide enough for its longest name: an empty
    combo box would otherwise be sized to nothing and cut "Saint-Christophe-en-Oisans" and its error message."""
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(20)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(max(combo.width(), view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24))


class BirthPlaceFields(QObject):
    """Adds its rows to the caller's form; `values()` gives the four CandidateInput birth fields."""

    def __init__(self, form: QFormLayout, errors: FieldErrors, parent: QWidget):
        super().__init__(parent)
        self._form = form
        self.country = full_width(QComboBox(parent))
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        france = geography.find_country(geography.FRANCE_INSEE_CODE)
        names = [france.common_name] + [c.common_name for c in geography.countries()
                                        if c.code != geography.FRANCE_INSEE_CODE]
        self.country.addItems(names)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._france_name = france.common_name
        add_field(form, self.tr("* &Pays de naissance"), self.country, errors, "birth_country")

        self.mode_box = QWidget(parent)
        modes = QHBoxLayout(self.mode_box)
        modes.setContentsMargins(0, 0, 0, 0)
        self.insee_mode = QRadioButton(self.tr("Code INSEE"))
        self.postal_mode = QRadioButton(self.tr("Code postal"))
        self.insee_mode.setChecked(True)
        self.mode_group = QButtonGroup(self)
        for button in (self.insee_mode, self.postal_mode):
            self.mode_group.addButton(button)
            modes.addWidget(button)
        modes.addStretch()
        self.mode_label = QLabel(self.tr("Commune de naissance renseignée par"))
        form.addRow(self.mode_label, self.mode_box)

        self.insee = QLineEdit(maxLength=5, placeholderText=self.tr("ex. 76351"))
        self._insee_matches = QStringListModel(self)
        completer = QCompleter(self._insee_matches, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda text: self.insee.setText(text.split(" ")[0]))
        self.insee.setCompleter(completer)
        self.insee_name = QLabel()
        self.insee_name.setObjectName("muted")
        insee_row = QWidget(parent)
        insee_layout = QHBoxLayout(insee_row)
        insee_layout.setContentsMargins(0, 0, 0, 0)
        insee_layout.addWidget(self.insee, 1)
        insee_layout.addWidget(self.insee_name, 2)
        self.insee_label = add_field(form, self.tr("Code &INSEE de la commune"), insee_row, errors,
                                     "birth_insee_code")
        self.insee.setAccessibleName(self.tr("Code INSEE de la commune"))
        self._insee_row = insee_row

        self.postal = QLineEdit(maxLength=5, placeholderText=self.tr("ex. 33000"))
        self.postal_label = add_field(form, self.tr("Code p&ostal"), self.postal, errors, "birth_postal_code")
        self.city = full_width(QComboBox(parent))
        self.city.setEditable(True)
        self.city.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.city_label = add_field(form, self.tr("&Commune de naissance"), self.city, errors, "birth_city")

        self.country.currentTextChanged.connect(self._update_mode)
        self.mode_group.buttonToggled.connect(lambda _b, _on: self._update_mode())
        self.insee.textEdited.connect(self._complete_insee)
        self.postal.textChanged.connect(self._fill_cities)
        self._update_mode()

    # --- state
    def is_france(self) -> bool:
        country = geography.find_country(self.country.currentText())
        return country is not None and country.code == geography.FRANCE_INSEE_CODE

    def mode(self) -> str:
        return INSEE if self.insee_mode.isChecked() else POSTAL

    def _update_mode(self) -> None:
        france = self.is_france()
        self._form.setRowVisible(self.mode_box, france)
        self._form.setRowVisible(self._insee_row.parentWidget(), france and self.mode() == INSEE)
        self._form.setRowVisible(self.postal.parentWidget(), france and self.mode() == POSTAL)
        self._form.setRowVisible(self.city.parentWidget(), not france or self.mode() == POSTAL)
        if not france:
            self.city.clear()

    def _complete_insee(self, text: str) -> None:
        code = text.strip()
        communes = geography.search_communes(code, COMPLETION_LIMIT) if code else []
        self._insee_matches.setStringList([f"{c.insee_code} — {commune_caption(c)}" for c in communes])
        self._show_insee_name(code)

    def _show_insee_name(self, code: str) -> None:
        commune = geography.commune_by_insee(geography.pad_code(code)) if len(code) >= 4 else None
        self.insee_name.setText(f"→ {commune_caption(commune)}" if commune else "")

    def _fill_cities(self, text: str) -> None:
        if not self.is_france():
            return
        typed = self.city.currentText()
        communes = geography.communes_by_postal_code(text.strip()) if len(text.strip()) == 5 else []
        # Every commune La Poste lists for the code (38520: Huez too), by name.
        names = sorted(dict.fromkeys(c.name for c in communes if c.is_current), key=geography.normalize_name) or \
            list(dict.fromkeys(c.name for c in communes))
        self.city.clear()
        self.city.addItems(names)
        fit_popup(self.city)
        # One commune for the code: fill it in; several: let the user pick, keeping what they had typed.
        self.city.setCurrentText(names[0] if len(names) == 1 else typed)

    # --- values
    def set_values(self, country: str | None, insee: str | None, postal: str | None, city: str | None) -> None:
        found = geography.find_country(country) if country else None
        self.country.setCurrentText(found.common_name if found else (country or self._france_name))
        if self.is_france():
            (self.postal_mode if postal else self.insee_mode).setChecked(True)
            self.insee.setText(insee or "")
            self._show_insee_name(insee or "")
            self.postal.setText(postal or "")
        self._update_mode()
        self.city.setCurrentText(city or "")

    def values(self) -> dict[str, str | None]:
        country = clean(self.country.currentText())
        if not self.is_france():
            return {"birth_country": country, "birth_insee_code": None, "birth_postal_code": None,
                    "birth_city": self.city.currentText()}
        if self.mode() == INSEE:
            return {"birth_country": country, "birth_insee_code": self.insee.text(), "birth_postal_code": None,
                    "birth_city": None}
        return {"birth_country": country, "birth_insee_code": None, "birth_postal_code": self.postal.text(),
                "birth_city": self.city.currentText()}
