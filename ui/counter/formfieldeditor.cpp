// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/formfieldeditor.h"

#include "core/master/formvalidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

const char *const kBadStyle = "border: 2px solid #c62828; border-radius: 3px;";

} // namespace

FormFieldEditor::FormFieldEditor(QWidget *parent)
    : QWidget(parent), m_layout(new QFormLayout), m_empty(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setHorizontalSpacing(12);
    m_layout->setVerticalSpacing(6);
    outer->addLayout(m_layout);
    m_empty->setText(tr("This matter has no form to fill in."));
    m_empty->setStyleSheet(QStringLiteral("color: #666;"));
    outer->addWidget(m_empty);
    outer->addStretch();
}

void FormFieldEditor::setFields(const QList<FormField> &fields)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_hints.clear();
    m_fields = fields;
    m_empty->setVisible(fields.isEmpty());
    for (int i = 0; i < fields.size(); ++i) {
        const FormField &f = fields.at(i);
        QWidget *input = nullptr;
        if (f.type == QLatin1String("choice")) {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("(choose)"), QString());
            for (const QString &option : f.options)
                combo->addItem(option, option);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
                check(i);
                emit edited();
            });
            input = combo;
        } else {
            auto *line = new QLineEdit(this);
            if (f.type == QLatin1String("id_number")) {
                line->setMaxLength(18);
                line->setPlaceholderText(tr("18 characters, last may be X"));
                // A card reader types a lower-case x now and then.
                connect(line, &QLineEdit::textEdited, line, [line](const QString &t) {
                    if (t != t.toUpper()) {
                        const int pos = line->cursorPosition();
                        line->setText(t.toUpper());
                        line->setCursorPosition(pos);
                    }
                });
            } else if (f.type == QLatin1String("phone")) {
                line->setMaxLength(13);
                line->setPlaceholderText(tr("11-digit mobile"));
                line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
            } else if (f.type == QLatin1String("date")) {
                line->setMaxLength(10);
                line->setPlaceholderText(tr("YYYY-MM-DD"));
                line->setValidator(new QRegularExpressionValidator(
                    QRegularExpression(QStringLiteral("[0-9-]{0,10}")), line));
            } else if (f.type == QLatin1String("number")) {
                line->setPlaceholderText(tr("%1 to %2")
                                             .arg(QString::number(f.minimum, 'g', 15),
                                                  QString::number(f.maximum, 'g', 15)));
                line->setToolTip(FormValidation::expectation(f));
                line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
            }
            connect(line, &QLineEdit::textChanged, this, [this, i] {
                check(i);
                emit edited();
            });
            input = line;
        }
        input->setObjectName(QStringLiteral("field_") + f.key);
        input->setMinimumWidth(220);
        auto *hint = new QLabel(this);
        hint->setStyleSheet(QStringLiteral("color: #c62828;"));
        hint->setWordWrap(true);
        hint->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(input);
        cellLayout->addWidget(hint);
        const QString label = f.label.isEmpty() ? f.key : f.label;
        m_layout->addRow(f.required ? tr("%1 *").arg(label) : label, cell);
        m_editors.append(input);
        m_hints.append(hint);
    }
}

QString FormFieldEditor::text(int index) const
{
    QWidget *w = m_editors.at(index);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    return static_cast<QLineEdit *>(w)->text();
}

void FormFieldEditor::check(int index)
{
    const FormField &f = m_fields.at(index);
    const QString t = text(index);
    QString problem;
    if (!t.trimmed().isEmpty()) {
        const Result<QJsonValue> v = FormValidation::value(f, QJsonValue(t));
        if (!v)
            problem = tr("Expected %1.").arg(FormValidation::expectation(f));
    }
    m_editors.at(index)->setStyleSheet(problem.isEmpty() ? QString()
                                                         : QString::fromLatin1(kBadStyle));
    m_hints.at(index)->setText(problem);
    m_hints.at(index)->setVisible(!problem.isEmpty());
}

QJsonObject FormFieldEditor::values() const
{
    QJsonObject form;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString t = text(i).trimmed();
        if (!t.isEmpty())
            form.insert(m_fields.at(i).key, t);
    }
    return form;
}

QWidget *FormFieldEditor::editor(const QString &key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == key)
            return m_editors.at(i);
    }
    return nullptr;
}

bool FormFieldEditor::setValue(const QString &key, const QString &value)
{
    QWidget *w = editor(key);
    if (!w)
        return false;
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int index = combo->findData(value);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }
    static_cast<QLineEdit *>(w)->setText(value);
    return true;
}

QStringList FormFieldEditor::invalidKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_hints.at(i)->text().isEmpty())
            keys.append(m_fields.at(i).key);
    }
    return keys;
}
