// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

// The few inputs one step of a case needs (a reason, an office, the extra days, the
// materials brought), built by the case detail for its step. Pressing OK runs the step
// (setAction); a refusal from core is shown here and the dialog stays open with what was
// typed, until the step calls finish().
class CaseStepDialog : public QDialog
{
    Q_OBJECT
public:
    using Options = QList<QPair<QString, QString>>; // shown text, value

    CaseStepDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    void addText(const QString &key, const QString &label, const QString &placeholder = {});
    void addLongText(const QString &key, const QString &label, const QString &placeholder = {});
    // editable: the person may type something not in the list (the value is the text).
    void addChoice(const QString &key, const QString &label, const Options &options,
                   bool editable = false);
    void addNumber(const QString &key, const QString &label, int minimum, int maximum, int value,
                   const QString &suffix = {});
    void addChecklist(const QString &key, const QString &label, const QStringList &items,
                      const QStringList &checked);

    // QString for texts and choices, int for numbers, QStringList for checklists.
    QVariant value(const QString &key) const;
    bool setValue(const QString &key, const QVariant &value);

    void setAction(std::function<void(CaseStepDialog &)> action);
    void showError(const QString &text);
    QString errorText() const;
    void setBusy(bool busy);
    // The step is done: closes the dialog as accepted.
    void finish() { accept(); }
    // Presses OK (tests).
    void submit();

private:
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_inputs;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<void(CaseStepDialog &)> m_action;
};
