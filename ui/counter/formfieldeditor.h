// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/master/masterdata.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

// The typed form of a catalogue item, one input per field: text, number, date, choice
// (a list), ID number and mobile (sized and checked for what a card reader or the clerk
// types). Each value is checked as it is typed with FormValidation, the rules CaseService
// applies on registration; a wrong value is framed red with what it expects. Required
// fields are marked.
class FormFieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FormFieldEditor(QWidget *parent = nullptr);

    void setFields(const QList<FormField> &fields);
    const QList<FormField> &fields() const { return m_fields; }
    // The values by key, as typed (blank fields left out); CaseService stores them normalised.
    QJsonObject values() const;
    // For tests and scanners: puts text into the field's input (a choice by its text).
    bool setValue(const QString &key, const QString &text);
    QWidget *editor(const QString &key) const;
    // The fields whose current value is wrong (not the blank ones).
    QStringList invalidKeys() const;

signals:
    void edited();

private:
    QString text(int index) const;
    void check(int index);

    QList<FormField> m_fields;
    QList<QWidget *> m_editors;
    QList<QLabel *> m_hints;
    QFormLayout *m_layout;
    QLabel *m_empty;
};
