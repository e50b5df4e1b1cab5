"""Adding a candidate, or changing one (e.g. completing a candidate imported without sex), like Pix Certif's form."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from pixdesk.models.candidate_rules import (BILLING_MODES, COMPLEMENTARY_CERTIFICATIONS, EXTRA_TIME_MAX_EXCLUSIVE,
                                            MAX_NAME_LENGTH, CandidateInput, CentrePolicy, billing_label,
                                            certification_label, validate_candidate)
from pixdesk.models.errors import DomainError
from pixdesk.models.formats import format_date
from pixdesk.services import candidates
from pixdesk.services.candidates import CandidateRecord
from pixdesk.store import Database
from pixdesk.ui.birth_place import BirthPlaceFields
from pixdesk.ui.dialogs import form_buttons
from pixdesk.ui.field_errors import FieldErrors, add_field, error_label

LIVE_FIELDS = ("last_name", "first_name", "birthdate", "email", "result_recipient_email", "external_id",
               "prepayment_code")


class CandidateDialog(QDialog):
    def __init__(self, db: Database, session_id: int, policy: CentrePolicy,
                 candidate: CandidateRecord | None = None, parent=None):
        super().__init__(parent)
        self._db, self._session_id, self._policy, self._candidate = db, session_id, policy, candidate
        self._touched: set[str] = set()
        self.saved: CandidateRecord | None = None
        adding = candidate is None
        self.setWindowTitle(self.tr("Ajouter un candidat") if adding else self.tr("Modifier un candidat"))
        self.setMinimumWidth(820)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Inscrire un candidat") if adding else self.tr("Modifier le candidat"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        mandatory = QLabel(self.tr("Les champs marqués * sont obligatoires."))
        mandatory.setObjectName("muted")
        layout.addWidget(mandatory)
        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            # Captions above their inputs: the platform's long captions would otherwise squeeze the fields.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setVerticalSpacing(4)
            columns.addLayout(form, 1)
        layout.addLayout(columns)

        self.last_name = QLineEdit(maxLength=MAX_NAME_LENGTH)
        self.first_name = QLineEdit(maxLength=MAX_NAME_LENGTH)
        add_field(left, self.tr("* &Nom de naissance"), self.last_name, self.errors, "last_name")
        add_field(left, self.tr("* &Prénom"), self.first_name, self.errors, "first_name")
        self.sex_box = QWidget()
        sex_row = QHBoxLayout(self.sex_box)
        sex_row.setContentsMargins(0, 0, 0, 0)
        self.female = QRadioButton(self.tr("Femme"))
        self.male = QRadioButton(self.tr("Homme"))
        self.sex_group = QButtonGroup(self)
        for button in (self.female, self.male):
            self.sex_group.addButton(button)
            sex_row.addWidget(button)
        sex_row.addStretch()
        add_field(left, self.tr("* Sexe"), self.sex_box, self.errors, "sex")
        self.birthdate = QLineEdit(maxLength=10, placeholderText=self.tr("JJ/MM/AAAA"))
        add_field(left, self.tr("* &Date de naissance"), self.birthdate, self.errors, "birthdate")
        self.birth_place = BirthPlaceFields(left, self.errors, self)

        self.result_recipient_email = QLineEdit()
        add_field(right, self.tr("E-mail du &destinataire des résultats (optionnel)"), self.result_recipient_email,
                  self.errors, "result_recipient_email", hint=self.tr("Formateur, enseignant…"))
        self.email = QLineEdit()
        add_field(right, self.tr("&E-mail de convocation (optionnel)"), self.email, self.errors, "email")
        self.external_id = QLineEdit()
        add_field(right, self.tr("Identifiant &local (optionnel)"), self.external_id, self.errors, "external_id")
        self.extra_time = QSpinBox()
        self.extra_time.setRange(0, EXTRA_TIME_MAX_EXCLUSIVE - 1)
        self.extra_time.setSuffix(" %")
        self.extra_time.setSpecialValueText(self.tr("Aucun"))
        add_field(right, self.tr("&Temps majoré (optionnel)"), self.extra_time, self.errors, "extra_time_percentage")

        # Parented to the dialog even when the centre's policy leaves them out of the form (then hidden).
        self.billing_mode = QComboBox(self)
        self.billing_mode.addItem(self.tr("Non renseignée"), None)
        for mode in BILLING_MODES:
            self.billing_mode.addItem(billing_label(mode), mode)
        self.prepayment_code = QLineEdit(self, placeholderText=self.tr("ex. 12345678912345/FACT12345"))
        if not policy.billing_forbidden:
            caption = self.tr("Tarification part &Pix") if not policy.billing_required \
                else self.tr("* Tarification part &Pix")
            add_field(right, caption, self.billing_mode, self.errors, "billing_mode")
            add_field(right, self.tr("&Code de prépaiement"), self.prepayment_code, self.errors, "prepayment_code")
            self.billing_mode.currentIndexChanged.connect(self._update_prepayment)
        else:
            self.billing_mode.hide()
            self.prepayment_code.hide()
        self.complementary = QComboBox(self)
        self.complementary.addItem(self.tr("Aucune"), None)
        for key in policy.habilitations:
            if key in COMPLEMENTARY_CERTIFICATIONS:
                self.complementary.addItem(certification_label(key), key)
        if self.complementary.count() > 1:
            add_field(right, self.tr("Certification complé&mentaire"), self.complementary, self.errors,
                      "complementary_certification")
        else:
            self.complementary.hide()
        layout.addStretch()

        buttons, self.save_button, self.cancel_button = form_buttons(
            self, self.tr("Inscrire le candidat") if adding else self.tr("Enregistrer"))
        layout.addWidget(buttons)

        if candidate is not None:
            self._fill(candidate)
        self._update_prepayment()
        self._connect_live_checks()

    # --- filling and reading
    def _fill(self, c: CandidateRecord) -> None:
        self.last_name.setText(c.last_name)
        self.first_name.setText(c.first_name)
        if c.sex == "F":
            self.female.setChecked(True)
        elif c.sex == "M":
            self.male.setChecked(True)
        self.birthdate.setText(format_date(c.birthdate))
        foreign = c.birth_insee_code and c.birth_insee_code.startswith("99")
        self.birth_place.set_values(c.birth_country, None if foreign else c.birth_insee_code, c.birth_postal_code,
                                    c.birth_city)
        self.email.setText(c.email or "")
        self.result_recipient_email.setText(c.result_recipient_email or "")
        self.external_id.setText(c.external_id or "")
        self.extra_time.setValue(c.extra_time_percentage or 0)
        self.billing_mode.setCurrentIndex(max(0, self.billing_mode.findData(c.billing_mode)))
        self.prepayment_code.setText(c.prepayment_code or "")
        self.complementary.setCurrentIndex(max(0, self.complementary.findData(c.complementary_certification)))

    def form_input(self) -> CandidateInput:
        sex = "F" if self.female.isChecked() else "M" if self.male.isChecked() else None
        return CandidateInput(
            last_name=self.last_name.text(), first_name=self.first_name.text(), sex=sex,
            birthdate=self.birthdate.text(), **self.birth_place.values(),
            email=self.email.text(), result_recipient_email=self.result_recipient_email.text(),
            external_id=self.external_id.text(), extra_time_percentage=self.extra_time.value() or None,
            billing_mode=self.billing_mode.currentData(), prepayment_code=self.prepayment_code.text(),
            complementary_certification=self.complementary.currentData(),
        )

    def _update_prepayment(self) -> None:
        prepaid = self.billing_mode.currentData() == "PREPAID"
        self.prepayment_code.setEnabled(prepaid)
        if not prepaid:
            self.prepayment_code.clear()

    # --- checks
    def _connect_live_checks(self) -> None:
        for name in LIVE_FIELDS:
            widget = getattr(self, name)
            widget.editingFinished.connect(lambda name=name: self._touch(name))
            widget.textEdited.connect(lambda _text, name=name: self._recheck(name))
        self.sex_group.buttonToggled.connect(lambda _b, _on: self._touch("sex"))
        place = self.birth_place
        place.country.activated.connect(lambda _i: self._touch("birth_country"))
        place.insee.editingFinished.connect(lambda: self._touch("birth_insee_code"))
        place.postal.editingFinished.connect(lambda: self._touch("birth_postal_code"))
        place.city.activated.connect(lambda _i: self._touch("birth_city"))
        place.city.lineEdit().editingFinished.connect(lambda: self._touch("birth_city"))
        self.billing_mode.activated.connect(lambda _i: self._touch("billing_mode"))

    def _check(self, fields: set[str] | None) -> bool:
        try:
            validate_candidate(self.form_input(), self._policy)
        except DomainError as error:
            self.errors.show(error.problems, fields)
            return False
        self.errors.show([], fields)
        return True

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        # Birth-place rules report one problem for the group, so the group is checked as a whole.
        if name.startswith("birth_") and name != "birthdate":
            self._touched.update({"birth_country", "birth_insee_code", "birth_postal_code", "birth_city"})
        self._check(set(self._touched))

    def _recheck(self, name: str) -> None:
        if self.errors.message_of(name):
            self._check({name})

    def accept(self) -> None:
        if not self._check(None):
            self.errors.focus_first_invalid()
            return
        try:
            if self._candidate is None:
                self.saved = candidates.add_candidate(self._db, self._session_id, self.form_input())
            else:
                self.saved = candidates.update_candidate(self._db, self._session_id, self._candidate.id,
                                                         self.form_input())
        except DomainError as error:
            self.errors.show(error.problems)
            self.errors.focus_first_invalid()
            return
        super().accept()
