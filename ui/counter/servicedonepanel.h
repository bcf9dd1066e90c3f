// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/subscription.h"
#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;

// What a service dialog shows once the opening or change is recorded: the form number,
// the new holder's initial password when there is one (told once, never stored or
// printed), and the buttons to print the form the customer signs or save it as PDF.
class ServiceDonePanel : public QWidget
{
    Q_OBJECT
public:
    ServiceDonePanel(Database &db, const Session &session, QWidget *parent = nullptr);

    void present(const ServiceOutcome &outcome, const QString &summary);
    QString changeId() const { return m_changeId; }
    QString text() const;
    QPushButton *printButton() const { return m_print; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void closeRequested();

private:
    Database &m_db;
    Session m_session;
    QString m_changeId;
    QLabel *m_summary;
    QLabel *m_password;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_close;
};
