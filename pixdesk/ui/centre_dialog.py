"""The centre's settings: name, type (which decides the billing fields) and complementary accreditations."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from pixdesk.models.candidate_rules import COMPLEMENTARY_CERTIFICATIONS, certification_label
from pixdesk.models.errors import DomainError
from pixdesk.models.incidents import GRIDS, grid_name
from pixdesk.services import centres
from pixdesk.services.room import set_incident_grid
from pixdesk.store import Database
from pixdesk.ui.field_errors import FieldErrors, add_field, error_label


class CentreDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Centre de certification"))
        self.setMinimumWidth(460)
        centre = centres.get_centre(db)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = QLabel(self.tr("Centre de certification"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.general_error = error_label()
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.name = QLineEdit(centre.name)
        add_field(form, self.tr("&Nom du centre"), self.name, self.errors, "name")
        self.type = QComboBox()
        self.type.addItem(self.tr("Non précisé"), "")
        for key, label in (("SCO", self.tr("SCO : établissement scolaire")),
                           ("SUP", self.tr("SUP : enseignement supérieur")),
                           ("PRO", self.tr("PRO : organisme professionnel"))):
            self.type.addItem(label, key)
        self.type.setCurrentIndex(max(0, self.type.findData(centre.type or "")))
        add_field(form, self.tr("&Type de centre"), self.type, self.errors, "type",
                  hint=self.tr("Hors SCO, la tarification part Pix est demandée pour chaque candidat."))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        owned = {k for k in centre.habilitations.split(",") if k}
        self.habilitations: dict[str, QCheckBox] = {}
        for key in COMPLEMENTARY_CERTIFICATIONS:
            check = QCheckBox(certification_label(key))
            check.setChecked(key in owned)
            column.addWidget(check)
            self.habilitations[key] = check
        add_field(form, self.tr("Habilitations"), box, self.errors, "habilitations")
        self.incident_grid = QComboBox()
        for grid in GRIDS:
            self.incident_grid.addItem(grid_name(grid), grid)
        self.incident_grid.setCurrentIndex(max(0, self.incident_grid.findData(centre.incident_grid)))
        add_field(form, self.tr("&Grille des signalements"), self.incident_grid, self.errors, "incident_grid",
                  hint=self.tr("Les codes que la salle propose ; ceux de l'autre grille restent compris."))
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        save = buttons.addButton(self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            centres.update_centre(self._db, name=self.name.text(), type=self.type.currentData() or "NONE",
                                  habilitations=[k for k, check in self.habilitations.items() if check.isChecked()])
            set_incident_grid(self._db, self.incident_grid.currentData())
        except DomainError as error:
            self.errors.show(error.problems)
            return
        super().accept()
