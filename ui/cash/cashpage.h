// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cash/shiftservice.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QWidget>

#include <optional>

class AdjustmentDialog;
class CloseShiftDialog;
class Database;
class DayCloseDialog;
class OpenShiftDialog;
class PaymentDialog;
class PaymentListModel;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// The "Cash" area (收银): the clerk's shift (open with a float, close by counting the
// drawer), the payments of a business day with reprint, void and refund, a new payment,
// and for supervisors the day close. Core checks every permission again.
class CashPage : public QWidget
{
    Q_OBJECT
public:
    CashPage(Database &db, const Session &session, QWidget *parent = nullptr);

    PaymentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString shiftText() const;
    QString summaryText() const;
    QString resultText() const;
    void showDay(QDate day);
    bool selectReceipt(const QString &receiptNo);
    QString selectedReceipt() const;

    // The actions behind the buttons; each dialog is opened (non-modal) and returned.
    OpenShiftDialog *openShift();
    CloseShiftDialog *closeShift();
    PaymentDialog *newPayment();
    AdjustmentDialog *voidSelected();
    AdjustmentDialog *refundSelected();
    DayCloseDialog *closeDay();
    // Prints the selected receipt (reprints are marked and logged); pdfPath empty: preview.
    bool printSelected(PrintDocument::Paper paper, const QString &pdfPath = QString());
    // Prints the closing slip of the signed-in clerk's last shift closed on the day shown,
    // with the event log's chain head at its close; pdfPath empty: preview.
    bool printShiftSlip(const QString &pdfPath = QString());

private:
    void setUpControls();
    void buildReprintMenu();
    void setUpView();
    void layOut();
    void connectSignals();
    void refresh();
    void updateButtons();
    void showResult(const QString &text, bool ok);
    void saveSelectedAs(PrintDocument::Paper paper);
    AdjustmentDialog *adjust(bool refund);
    std::optional<Shift> lastClosedShift() const;

    Database &m_db;
    Session m_session;
    PaymentListModel *m_model;
    QLabel *m_shiftState;
    QPushButton *m_openShift;
    QPushButton *m_closeShift;
    QPushButton *m_shiftSlip;
    QDateEdit *m_day;
    QPushButton *m_newPayment;
    QPushButton *m_reprint;
    QPushButton *m_void;
    QPushButton *m_refund;
    QPushButton *m_closeDay;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_result;
};
