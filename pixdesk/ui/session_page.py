"""One session, as seed 004 shows it: "Session 307", its date and start time, then the Détails and Candidats tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.session_rules import status_label
from pixdesk.services import centres, finalisation, sessions
from pixdesk.services.sessions import SessionSummary
from pixdesk.store import Database
from pixdesk.ui import settings
from pixdesk.ui.candidates_tab import CandidatesTab
from pixdesk.ui.dialogs import confirm, refuse
from pixdesk.ui.finalisation_wizard import FinalisationWizard
from pixdesk.ui.i18n import locale
from pixdesk.ui.icons import icon
from pixdesk.ui.session_details import SessionDetails
from pixdesk.ui.session_form import SessionFormDialog

DETAILS_TAB, CANDIDATES_TAB = 0, 1


class SessionPage(QWidget):
    back_requested = Signal()
    changed = Signal(int)  # session id, so the list refreshes
    deleted = Signal(int)
    message = Signal(str)
    room_requested = Signal(int)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self.session: SessionSummary | None = None
        self.form: SessionFormDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 12)
        layout.setSpacing(6)
        self.back_button = QPushButton(icon("back"), self.tr("Toutes les sessions"))
        self.back_button.setFlat(True)
        self.back_button.setToolTip(self.tr("Revenir à la liste des sessions (Alt+Gauche)"))
        self.back_button.clicked.connect(self.back_requested)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch()
        layout.addLayout(back_row)

        header = QHBoxLayout()
        header.setSpacing(16)
        self.title = QLabel()
        self.title.setObjectName("sessionTitle")
        self.when = QLabel()
        self.when.setObjectName("muted")
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        header.addWidget(self.title)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch()
        header.addWidget(self.when, 0, Qt.AlignmentFlag.AlignVCenter)
        self.room_button = QPushButton(icon("room", "highlighted_text"), self.tr("Surveiller la salle"))
        self.room_button.setProperty("primary", True)
        self.room_button.setToolTip(self.tr("La vue de la salle pour le jour de l'examen : présence, temps, "
                                            "signalements (Ctrl+Maj+S)"))
        self.room_button.clicked.connect(lambda: self.room_requested.emit(self.session.id))
        header.addWidget(self.room_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.finalise_button = QPushButton(self.tr("Finaliser la session"))
        self.finalise_button.clicked.connect(self.open_finalisation)
        header.addWidget(self.finalise_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)
        self.finalise_reason = QLabel()
        self.finalise_reason.setObjectName("muted")
        self.finalise_reason.setWordWrap(True)
        self.finalise_reason.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.finalise_reason)
        self.wizard: FinalisationWizard | None = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details = SessionDetails()
        self.candidates = CandidatesTab(db)
        self.tabs.addTab(self.details, self.tr("Détails"))
        self.tabs.addTab(self.candidates, "")
        self.tabs.currentChanged.connect(lambda index: settings.app_settings().setValue(settings.LAST_TAB, index))
        layout.addWidget(self.tabs, 1)

        self.details.edit_requested.connect(self.edit_session)
        self.details.delete_requested.connect(self.delete_session)
        self.details.message.connect(self.message)
        self.candidates.message.connect(self.message)
        self.candidates.changed.connect(self._candidates_changed)

    def show_session(self, session_id: int) -> None:
        self.session = sessions.get_session(self._db, session_id)
        policy = centres.policy_of(centres.get_centre(self._db))
        self._render()
        self.candidates.show_session(self.session, policy)
        last_tab = settings.app_settings().value(settings.LAST_TAB, DETAILS_TAB)
        self.tabs.setCurrentIndex(int(last_tab) if str(last_tab).isdigit() else DETAILS_TAB)

    def _render(self) -> None:
        session = self.session
        self.title.setText(self.tr("Session %1").replace("%1", str(session.id)))
        day = locale().toString(session.date, "dddd d MMMM yyyy")
        self.when.setText(self.tr("%1 · début à %2 (heure locale)").replace("%1", day).replace("%2", session.time))
        self.status.setText(status_label(session.status))
        self.details.show_session(session)
        self.tabs.setTabText(CANDIDATES_TAB, self.tr("Candidats (%1)").replace("%1", str(session.candidate_count)))
        self._render_finalisation()

    def _render_finalisation(self) -> None:
        """"Finaliser la session" once candidates started (per the room's journal); why not, when not."""
        session = self.session
        if session.finalized:
            self.finalise_button.setText(self.tr("Voir la finalisation"))
            self.finalise_button.setEnabled(True)
            self.finalise_reason.setText(self.tr("Session finalisée : elle ne peut plus être modifiée."))
            return
        self.finalise_button.setText(self.tr("Finaliser la session"))
        reason = finalisation.availability(self._db, session.id)
        self.finalise_button.setEnabled(reason is None)
        self.finalise_reason.setText("" if reason is None else self.tr(
            "Finalisation impossible pour l'instant : aucun candidat n'a commencé son test d'après le journal de la "
            "salle."))
        self.finalise_reason.setVisible(reason is not None or session.finalized)

    def open_finalisation(self) -> FinalisationWizard:
        dialog = FinalisationWizard(self._db, self.session.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finalised.connect(self._finalised)
        dialog.finished.connect(lambda _r: setattr(self, "wizard", None))
        self.wizard = dialog
        dialog.open()
        return dialog

    def _finalised(self, session_id: int) -> None:
        self.session = sessions.get_session(self._db, session_id)
        self._render()
        self.changed.emit(session_id)
        self.message.emit(self.tr("Session %1 finalisée.").replace("%1", str(self.session.number)))

    def _candidates_changed(self) -> None:
        self.session = sessions.get_session(self._db, self.session.id)
        self._render()
        self.changed.emit(self.session.id)

    def edit_session(self) -> SessionFormDialog:
        dialog = SessionFormDialog(self._db, self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edited(dialog.saved))
        dialog.finished.connect(lambda _r: setattr(self, "form", None))
        self.form = dialog
        dialog.open()
        return dialog

    def _edited(self, saved: SessionSummary) -> None:
        self.session = saved
        self._render()
        self.changed.emit(saved.id)
        self.message.emit(self.tr("Session %1 modifiée.").replace("%1", str(saved.id)))

    def delete_session(self) -> None:
        session = self.session
        if session.started:
            refuse(self, self.tr("Supprimer la session"), Problem("SESSION_STARTED_DELETION_ERROR").message())
            return
        if not confirm(self, self.tr("Supprimer la session"),
                       self.tr("Supprimer la session %1 ?").replace("%1", str(session.id)), self.tr("Supprimer"),
                       self.tr("La session et ses %1 candidat(s) seront supprimés définitivement.")
                       .replace("%1", str(session.candidate_count))):
            return
        try:
            sessions.delete_session(self._db, session.id)
        except DomainError as error:
            refuse(self, self.tr("Supprimer la session"), "\n".join(error.messages()))
            return
        self.message.emit(self.tr("Session %1 supprimée.").replace("%1", str(session.id)))
        self.deleted.emit(session.id)
