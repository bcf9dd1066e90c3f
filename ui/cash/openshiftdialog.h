// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/shiftservice.h"
#include "core/staff/session.h"

#include <QDialog>

#include <optional>

class Database;
class QLabel;
class QLineEdit;

// Opening a shift: the clerk counts the float in the drawer. When the last clerk at this
// window left cash for the next, that amount is proposed and the handover recorded.
class OpenShiftDialog : public QDialog
{
    Q_OBJECT
public:
    OpenShiftDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    void setFloat(const QString &text);
    void submit();
    QString errorText() const;
    const std::optional<Shift> &shift() const { return m_shift; }

private:
    void showError(const QString &text);

    Database &m_db;
    Session m_session;
    QLineEdit *m_float;
    QLabel *m_error;
    std::optional<Shift> m_shift;
};
