// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/customer.h"
#include "core/customers/subscription.h"
#include "core/staff/session.h"

#include <QDialog>

class Database;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class ScanBurstFilter;
class ServiceDonePanel;

// Changes a service the customer holds (SubscriptionService::change): plan, suspend,
// resume, transfer to a new owner, new SIM card, long distance, password, cancel. Only the
// changes the state machine allows in the service's status are offered. The holder proves
// who they are with the ID card (read or typed) or, where the change allows it, their own
// service password; the initial password is never offered. When the customer is under
// contract, a warning says until when and the change goes ahead only once the clerk has
// ticked that the customer was told and confirms. The check of the password runs in the
// background; then the form number and the print buttons are shown.
class ServiceChangeDialog : public QDialog
{
    Q_OBJECT
public:
    ServiceChangeDialog(Database &db, const Session &session, const Subscription &service,
                        ServiceChange change = ServiceChange::Plan, QWidget *parent = nullptr);

    ServiceChange change() const;
    void setChange(ServiceChange change);
    bool isUnderContract() const { return !m_contracts.isEmpty(); }
    // Changes with what the fields hold (the OK button); submitted() says how it went.
    void submit();
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    const ServiceOutcome &outcome() const { return m_outcome; }
    ServiceDonePanel *donePanel() const { return m_done; }

signals:
    void submitted(bool ok);
    // The transfer's new owner is not registered: the counter registers them (the ID
    // number read so far is passed on) and calls newOwnerRegistered().
    void registerNewOwnerRequested(const QString &idNumber);

public slots:
    void newOwnerRegistered(const QString &idNumber);

private:
    void loadHolder();
    QLabel *buildHeader(QWidget *form);
    void buildChangeChoice();
    QGroupBox *buildIdentityGroup(QWidget *form);
    void buildContractWarning();
    void buildErrorLabel();
    QDialogButtonBox *buildButtons(QWidget *form);
    void layOutForm(QWidget *form, const QList<QWidget *> &top, QGroupBox *identity,
                    QDialogButtonBox *buttons);
    void connectSignals();
    // One page of fields per change.
    QWidget *buildChangePage(ServiceChange change);
    QStringList reasonChoices(ServiceChange change) const;
    void buildPlanFields(QWidget *page, QFormLayout *form);
    void buildSuspendFields(QWidget *page, QFormLayout *form);
    void buildTransferFields(QWidget *page, QFormLayout *form);
    void buildSimFields(QWidget *page, QFormLayout *form);
    void buildLongDistanceFields(QWidget *page, QFormLayout *form);
    void buildCancelFields(QWidget *page, QFormLayout *form);
    void buildPasswordFields(QWidget *page, QFormLayout *form);
    void updateChange();
    void updateIdentity();
    void updateOk();
    void lookUpNewOwner();
    void scanned(const QString &text, QLineEdit *field);
    void setBusy(bool busy);
    void proofChanged();
    ServiceChangeRequest request() const;

    Database &m_db;
    Session m_session;
    Subscription m_service;
    Customer m_holder;
    QList<Subscription> m_contracts;
    ServiceOutcome m_outcome;
    bool m_busy = false;
    bool m_errorAboutProof = false; // the error shown is about the holder's proof
    ScanBurstFilter *m_scan;
    QStackedWidget *m_pages;
    QComboBox *m_change;
    QStackedWidget *m_details;
    QLabel *m_ruleNote;
    // The change's own fields.
    QComboBox *m_plan = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_newOwnerId = nullptr;
    QLabel *m_newOwner = nullptr;
    QPushButton *m_registerOwner = nullptr;
    QLineEdit *m_newSim = nullptr;
    QComboBox *m_simReason = nullptr;
    QRadioButton *m_longDistanceOn = nullptr;
    QComboBox *m_refund = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    // Identity.
    QRadioButton *m_byId;
    QRadioButton *m_byPassword;
    QLineEdit *m_proofId;
    QLineEdit *m_proofPassword;
    QLabel *m_passwordNote;
    // Contract.
    QLabel *m_contractWarning;
    QCheckBox *m_contractConfirmed;
    QLabel *m_error;
    QPushButton *m_ok;
    ServiceDonePanel *m_done;
};
