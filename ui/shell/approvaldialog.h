// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/role.h"
#include "core/staff/session.h"

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The supervisor's override at a clerk's counter (void, refund, extension, waiver): the
// dialog says first who may approve (ApprovalRule: another supervisor, or for a
// supervisor's own request also an administrator); the approver types their own staff
// number and password here, checked off the GUI thread by StaffService::authoriseApproval. After
// exec() returns Accepted, approver() is the approving staff member; the dialog itself writes
// nothing but failed attempts.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    // what: one sentence naming what is approved ("Void receipt R-…").
    ApprovalDialog(Database &db, const Session &requester, const QString &what,
                   Permission permission = Permission::Approve, QWidget *parent = nullptr);

    const Session &approver() const { return m_approver; }
    // For tests: fills the fields and presses OK.
    void submit(const QString &staffNo, const QString &password);
    QString errorText() const;

private:
    void check();
    void showError(const QString &text);
    void setBusy(bool busy);

    Database &m_db;
    Session m_requester;
    Permission m_permission;
    Session m_approver;
    QLineEdit *m_staffNo;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
