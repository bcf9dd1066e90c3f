// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/casestepdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CaseStepDialog::CaseStepDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseStepDialog"));
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setObjectName(QStringLiteral("stepIntro"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(10);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseStepDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

void CaseStepDialog::addText(const QString &key, const QString &label, const QString &placeholder)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(QStringLiteral("step_") + key);
    line->setPlaceholderText(placeholder);
    m_form->addRow(label, line);
    m_inputs.insert(key, line);
    if (m_inputs.size() == 1)
        line->setFocus();
}

void CaseStepDialog::addLongText(const QString &key, const QString &label,
                                 const QString &placeholder)
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("step_") + key);
    text->setPlaceholderText(placeholder);
    text->setTabChangesFocus(true);
    text->setMinimumHeight(110);
    m_form->addRow(label, text);
    m_inputs.insert(key, text);
    if (m_inputs.size() == 1)
        text->setFocus();
}

void CaseStepDialog::addChoice(const QString &key, const QString &label, const Options &options,
                               bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("step_") + key);
    combo->setEditable(editable);
    for (const auto &[text, value] : options)
        combo->addItem(text, value);
    m_form->addRow(label, combo);
    m_inputs.insert(key, combo);
    if (m_inputs.size() == 1)
        combo->setFocus();
}

void CaseStepDialog::addNumber(const QString &key, const QString &label, int minimum, int maximum,
                               int value, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QStringLiteral("step_") + key);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(suffix);
    m_form->addRow(label, spin);
    m_inputs.insert(key, spin);
    if (m_inputs.size() == 1)
        spin->setFocus();
}

void CaseStepDialog::addChecklist(const QString &key, const QString &label,
                                  const QStringList &items, const QStringList &checked)
{
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("step_") + key);
    for (const QString &item : items) {
        auto *entry = new QListWidgetItem(item, list);
        entry->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        entry->setCheckState(checked.contains(item) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumHeight(qMin(260, 34 * int(items.size()) + 12));
    m_form->addRow(label, list);
    m_inputs.insert(key, list);
    if (m_inputs.size() == 1)
        list->setFocus();
}

QVariant CaseStepDialog::value(const QString &key) const
{
    QWidget *w = m_inputs.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        // An editable choice gives what was typed unless it is one of the list's texts.
        const int index = combo->findText(combo->currentText());
        return combo->isEditable() && index < 0 ? combo->currentText()
                                                : combo->itemData(index).toString();
    }
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return spin->value();
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked.append(list->item(i)->text());
        }
        return checked;
    }
    return {};
}

bool CaseStepDialog::setValue(const QString &key, const QVariant &value)
{
    QWidget *w = m_inputs.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
        text->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int index = combo->findData(value.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(value.toString());
        else
            return false;
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value.toInt());
    } else if (auto *list = qobject_cast<QListWidget *>(w)) {
        const QStringList checked = value.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(checked.contains(list->item(i)->text()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    } else {
        return false;
    }
    return true;
}

void CaseStepDialog::setAction(std::function<void(CaseStepDialog &)> action)
{
    m_action = std::move(action);
}

void CaseStepDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString CaseStepDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CaseStepDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

void CaseStepDialog::submit()
{
    showError(QString());
    if (m_action)
        m_action(*this);
    else
        accept();
}
