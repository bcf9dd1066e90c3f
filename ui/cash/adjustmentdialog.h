// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/payment.h"
#include "core/staff/session.h"

#include <QDialog>

#include <optional>

class ApprovalDialog;
class Database;
class QLabel;
class QLineEdit;
class ShiftGate;

// Voiding or refunding a payment at the counter: the clerk gives the reason (and for a
// refund the amount), a supervisor approves with their own credentials in the override
// dialog, and the void or refund is recorded; the payment itself stays as it was.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Void, Refund };

    AdjustmentDialog(Database &db, const Session &session, const Payment &payment, Kind kind,
                     QWidget *parent = nullptr);

    void setReason(const QString &text);
    void setAmount(const QString &text);
    // Checks the form and opens the supervisor's approval (pendingApproval()).
    void submit();
    ApprovalDialog *pendingApproval() const { return m_approval; }
    QString errorText() const;
    ShiftGate *shiftGate() const { return m_gate; }
    const std::optional<PaymentAdjustment> &adjustment() const { return m_adjustment; }

private:
    QLabel *buildIntro();
    QLabel *buildWhat();
    void record(const Session &approver);
    void showError(const QString &text);

    Database &m_db;
    Session m_session;
    Payment m_payment;
    Kind m_kind;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
    ShiftGate *m_gate = nullptr;
    ApprovalDialog *m_approval = nullptr;
    std::optional<PaymentAdjustment> m_adjustment;
};
