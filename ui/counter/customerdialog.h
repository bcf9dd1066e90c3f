// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/customer.h"
#include "core/staff/session.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ScanBurstFilter;

// Registers a real-name customer, or corrects one (CustomerService). An ID-card reader may
// be used in any field: what it reads goes to the ID number. A number already registered
// is said at once, with the way to that customer, and refused on saving. In the edit form
// the ID number and mobile are not shown in full unless the role may see them: typing a
// new value corrects them, leaving the field empty keeps them.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // Registers a new customer.
    CustomerDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    // Edits a registered customer.
    CustomerDialog(Database &db, const Session &session, const Customer &customer,
                   QWidget *parent = nullptr);

    bool isRegistration() const { return m_original.customerId.isEmpty(); }
    // Fills the ID number (as read by a card reader) and checks it at once.
    void setIdNumber(const QString &idNumber);
    // After Accepted: the customer as registered or corrected.
    const Customer &customer() const { return m_saved; }
    // After Accepted: set when the clerk chose the customer already registered with the
    // number instead (customer() is then that customer).
    bool choseExisting() const { return m_choseExisting; }
    QString errorText() const;
    // Saves what the fields hold (the OK button).
    void submit();

private:
    void build();
    void createFields();
    void createMessages();
    void showRegistrationHints();
    void fillFromOriginal();
    QFormLayout *buildForm();
    QDialogButtonBox *buildButtons(bool registering);
    QLabel *buildIntro();
    void connectSignals();
    void checkIdNumber();
    void scanned(const QString &text, QLineEdit *field);
    void showError(const Error &error);
    void fieldChanged(QWidget *field);
    void openExisting();

    Database &m_db;
    Session m_session;
    Customer m_original;
    Customer m_saved;
    Customer m_existing; // registered with the number typed (registration only)
    bool m_choseExisting = false;
    QString m_errorText;             // the last refusal shown
    QWidget *m_errorField = nullptr; // the field it is about, if one
    ScanBurstFilter *m_scan;
    QComboBox *m_idType = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_vip = nullptr;
    QLineEdit *m_preferences = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_idHint = nullptr;
    QPushButton *m_openExisting = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};
