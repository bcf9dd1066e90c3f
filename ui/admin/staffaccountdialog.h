// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QDialog>

class Database;
class PasswordPair;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The administrator's account dialog: add a staff member with an initial password, or
// give an existing one a new temporary password. Either way the person must choose their
// own password at the next sign-in.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, ResetPassword };

    // staffNo and name identify the account to reset; unused when adding.
    StaffAccountDialog(Database &db, const Session &session, Mode mode,
                       const QString &staffNo = QString(), const QString &name = QString(),
                       QWidget *parent = nullptr);

    QString staffNo() const;
    QString errorText() const;

private:
    void submit();
    void updateOk();

    Database &m_db;
    Session m_session;
    Mode m_mode;
    QString m_targetStaffNo;
    bool m_busy = false;
    QLineEdit *m_staffNo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    PasswordPair *m_pair = nullptr;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_ok = nullptr;
};
