"""The questions of a survey while an administrator edits them: code, kind, Korean and English text.

Texts and codes are edited in place; the kind is chosen when a question is added. Nothing is
stored until the editor publishes the list as a new version.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.feedback import QUESTION_KIND_LABELS, Question

_ModelIndex = QModelIndex | QPersistentModelIndex
CODE, KIND, KOREAN, ENGLISH = range(4)


class SurveyQuestionModel(QAbstractTableModel):
    def __init__(self, questions: list[Question] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions: list[Question] = list(questions or [])

    def questions(self) -> list[Question]:
        return list(self._questions)

    def set_questions(self, questions: list[Question]) -> None:
        self.beginResetModel()
        self._questions = list(questions)
        self.endResetModel()

    def add(self, question: Question) -> int:
        row = len(self._questions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._questions.append(question)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._questions):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._questions[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._questions) and 0 <= target < len(self._questions)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._questions.insert(target, self._questions.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's idiom
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._questions) or not 0 <= index.column() < 4:
            return None
        question = self._questions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == KIND:
                return QCoreApplication.translate("Feedback", QUESTION_KIND_LABELS[question.kind])
            return (question.code, "", question.text_ko, question.text_en)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (KOREAN, ENGLISH):
            return (question.text_ko, question.text_en)[index.column() - KOREAN]
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        q = self._questions[index.row()]
        text = str(value)
        column = index.column()
        self._questions[index.row()] = (
            replace(q, code=text.strip())
            if column == CODE
            else replace(q, text_ko=text)
            if column == KOREAN
            else replace(q, text_en=text)
        )
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Code"), self.tr("Kind"), self.tr("Question (Korean)"), self.tr("Question (English)"))[section]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags if index.column() == KIND else flags | Qt.ItemFlag.ItemIsEditable
