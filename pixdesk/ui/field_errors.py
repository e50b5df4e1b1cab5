"""Showing domain Problems under the input of their field (the platform's wording, in the user's language)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from pixdesk.models.errors import Problem


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def add_field(form: QFormLayout, caption: str, widget: QWidget, errors: FieldErrors, field: str,
              hint: str | None = None) -> QLabel:
    """A labelled row: the input, an optional hint, then its error line; the caption names the input for
    screen readers."""
    label = QLabel(caption)
    label.setBuddy(widget)
    widget.setAccessibleName(caption.replace("&", ""))
    block = QWidget()
    column = QVBoxLayout(block)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint:
        hint_label = QLabel(hint)
        hint_label.setObjectName("muted")
        hint_label.setWordWrap(True)
        column.addWidget(hint_label)
    message = error_label()
    column.addWidget(message)
    form.addRow(label, block)
    errors.register(field, widget, message)
    return label


class FieldErrors:
    def __init__(self, general: QLabel):
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def alias(self, field: str, target: str) -> None:
        """Problems about `field` show at the input registered as `target`."""
        self._fields[field] = self._fields[target]

    def show(self, problems: Iterable[Problem], fields: set[str] | None = None) -> None:
        """Replace what is shown; with `fields`, only those fields are updated (the others keep their state)."""
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.field in self._fields:
                by_field.setdefault(problem.field, []).append(problem.message())
            else:
                general.append(problem.message())
        shown_labels: dict[int, list[str]] = {}
        for field, (_widget, label) in self._fields.items():
            if fields is not None and field not in fields:
                continue
            shown_labels.setdefault(id(label), [])
            shown_labels[id(label)].extend(by_field.get(field, []))
        for field, (_widget, label) in self._fields.items():
            if id(label) in shown_labels:
                self.set_message(field, "\n".join(dict.fromkeys(shown_labels.pop(id(label)))))
        if fields is None:
            self._general.setText("\n".join(general))
            self._general.setVisible(bool(general))

    def set_message(self, field: str, text: str) -> None:
        widget, label = self._fields[field]
        label.setText(text)
        label.setVisible(bool(text))
        widget.setProperty("invalid", bool(text))
        widget.setAccessibleDescription(text)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def clear(self) -> None:
        self.show([])

    def message_of(self, field: str) -> str:
        return self._fields[field][1].text() if field in self._fields else ""

    def focus_first_invalid(self) -> None:
        widget = self.first_invalid()
        if widget is not None:
            widget.setFocus()

    def first_invalid(self) -> QWidget | None:
        for widget, label in self._fields.values():
            if label.isVisible() or label.text():
                return widget
        return None
