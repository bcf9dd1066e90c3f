// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Logging a phone enquiry (电话咨询登记) while the caller is on the line: who called, from
// which unit, a number to call back, what they asked, and to whom it was passed on (or
// that it was answered at once). One call to EnquiryService::log.
class EnquiryDialog : public QDialog
{
    Q_OBJECT
public:
    EnquiryDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QString enquiryId() const { return m_enquiryId; }
    // For tests: fills the fields and presses Log.
    void fill(const QString &name, const QString &unit, const QString &contact,
              const QString &subject, const QString &passedTo);
    void submit();
    QString errorText() const;

private:
    Database &m_db;
    Session m_session;
    QString m_enquiryId;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QLineEdit *m_contact;
    QPlainTextEdit *m_subject;
    QComboBox *m_passedTo;
    QLabel *m_error;
};
