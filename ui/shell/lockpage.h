// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QList>
#include <QWidget>

class Database;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Covers the work areas of an unattended counter. Only the signed-in staff member can
// unlock it (their password is checked like a sign-in, and recorded as one); anybody can
// sign that person out instead.
class LockPage : public QWidget
{
    Q_OBJECT
public:
    LockPage(Database &db, const Session &session, QWidget *parent = nullptr);

    // Clears the password and any old message, ready for the next unlock.
    void prepare();
    QString errorText() const;
    bool isBusy() const { return m_busy; }

signals:
    void unlocked();
    void signOutRequested();

private:
    QFrame *buildCard();
    QList<QLabel *> buildCardTexts(QFrame *card);
    void styleInputs();
    void submit();
    void setBusy(bool busy);

    Database &m_db;
    Session m_session;
    bool m_busy = false;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};
