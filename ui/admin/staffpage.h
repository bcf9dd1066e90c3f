// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class StaffModel;

// The "Staff" area, for administrators: the accounts of this branch, adding staff,
// resetting passwords and disabling or enabling accounts. Core checks the permission
// again on every call.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    StaffPage(Database &db, const Session &session, QWidget *parent = nullptr);

    StaffModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString resultText() const;

private:
    QString selectedStaffNo() const;
    void updateButtons();
    void addStaff();
    void resetPassword();
    void toggleActive();
    void showResult(const QString &text, bool ok);

    Database &m_db;
    Session m_session;
    StaffModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_toggle;
    QLabel *m_result;
    bool m_busy = false;
};
