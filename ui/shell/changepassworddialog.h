// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QDialog>

class Database;
class PasswordPair;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// A staff member changes their own password. Forced after signing in with an initial or
// reset password: then the only other way out is signing out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, const Session &session, bool forced,
                         QWidget *parent = nullptr);

    QString errorText() const;

private:
    void submit();
    void updateOk();

    Database &m_db;
    Session m_session;
    bool m_busy = false;
    QLineEdit *m_current;
    PasswordPair *m_pair = nullptr;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_ok;
};
