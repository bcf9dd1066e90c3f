// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/customer.h"
#include "core/customers/subscription.h"
#include "core/staff/session.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class ScanBurstFilter;
class ServiceDonePanel;

// Opens a service for a registered customer (开户/新装, SubscriptionService::open): the
// kind, the number, a plan the catalogue offers, the SIM card (scannable), a contract and
// long distance. The catalogue item's required materials and conditions are shown for the
// clerk to check. Hashing the initial password runs in the background; then the form
// number, the initial password and the print buttons are shown.
class OpenServiceDialog : public QDialog
{
    Q_OBJECT
public:
    OpenServiceDialog(Database &db, const Session &session, const Customer &holder,
                      QWidget *parent = nullptr);

    // Opens with what the fields hold (the OK button); submitted() says how it went.
    void submit();
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    // After success: what was recorded.
    const ServiceOutcome &outcome() const { return m_outcome; }
    ServiceDonePanel *donePanel() const { return m_done; }

signals:
    void submitted(bool ok);

private:
    QLabel *buildHolderLabel(QWidget *form);
    QLabel *buildItemCheck(QWidget *form);
    QFormLayout *buildFields();
    QDialogButtonBox *buildButtons(QWidget *form);
    void connectSignals();
    void updateKind();
    void setBusy(bool busy);

    Database &m_db;
    Session m_session;
    Customer m_holder;
    ServiceOutcome m_outcome;
    bool m_busy = false;
    ScanBurstFilter *m_scan;
    QStackedWidget *m_pages;
    QComboBox *m_kind;
    QLineEdit *m_number;
    QComboBox *m_plan;
    QLabel *m_simLabel;
    QLineEdit *m_sim;
    QComboBox *m_contract;
    QCheckBox *m_longDistance;
    QLabel *m_error;
    QPushButton *m_ok;
    ServiceDonePanel *m_done;
};
