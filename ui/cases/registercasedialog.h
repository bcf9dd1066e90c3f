// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casestate.h"
#include "core/customers/customer.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"

#include <QDialog>
#include <QList>
#include <QVariantMap>

class CatalogueModel;
class Database;
class FormFieldEditor;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

// Registering a case at the window (登记): the applicant (given, or looked up here by ID
// number, mobile, customer number or name), what it is (an application, a complaint or a
// petition), the matter picked from the catalogue, how the person came (visit, phone,
// letter), the signed-in staff member as first responder, the materials received (ticked)
// and the item's typed form, or for a complaint or petition what it is about. One call to
// CaseService::registerCase; a refusal is shown here and nothing is written. An application
// for a matter done on the spot that has fees is registered and paid in one go: the button
// says so, and the payment opens with what the case asks for.
class RegisterCaseDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterCaseDialog(Database &db, const Session &session, const QString &customerId,
                       QWidget *parent = nullptr);

    // The registered case (empty until then).
    QString caseNo() const { return m_caseNo; }

    // For tests and keyboard-wedge devices.
    bool selectItem(const QString &code);
    QString selectedItem() const { return m_itemCode; }
    void setKind(CaseKind kind);
    void setChannel(const QString &channel); // visit, phone, letter
    bool setMaterialReceived(const QString &material, bool received);
    void setSubject(const QString &text);
    FormFieldEditor *form() const { return m_form; }
    // Looks the applicant up as if typed into the search and picks the first match.
    bool findApplicant(const QString &text);
    QString applicantId() const { return m_customer.customerId; }
    void submit();
    QString errorText() const;
    // Starts with the matter itemCode chosen, its form's fields filled from values (by key)
    // and the keyboard at the field focusKey (empty: the first field still empty; a top-up:
    // the applicant's mobile filled in, the amount to type). False when the catalogue has no
    // such matter. A phone field is always filled with the applicant's live mobile line.
    Q_INVOKABLE bool prefill(const QString &itemCode, const QVariantMap &values,
                             const QString &focusKey);
    // Whether registering opens the payment straight away.
    bool paysOnRegister() const;

signals:
    void caseRegistered(const QString &caseNo);

private:
    QGroupBox *buildApplicantGroup();
    QHBoxLayout *buildKindRow();
    QHBoxLayout *buildBody();
    QVBoxLayout *buildItemList();
    void buildDetailPages();
    QWidget *buildApplicationPage();
    QWidget *buildComplaintPage();
    QDialogButtonBox *buildButtons();
    void startWithApplicant(const QString &customerId);
    void showItem(const QString &code);
    void showApplicant(const Customer &customer);
    void searchApplicants();
    void updateKind();
    void updateSummary();
    void showError(const QString &text);
    void updateRegisterButton();
    void focusFirstEmptyField();
    void fillApplicantMobile();
    void takePayment();

    Database &m_db;
    Session m_session;
    Customer m_customer;
    QString m_itemCode;
    CatalogueItem m_item;
    QString m_caseNo;
    QString m_dayClosed; // the closed business day's message, shown until the dialog closes
    QList<Customer> m_matches;

    QLabel *m_applicant;
    QLineEdit *m_applicantSearch;
    QComboBox *m_applicantMatches;
    QWidget *m_lookup;
    QButtonGroup *m_kinds;
    QComboBox *m_channel;
    QLineEdit *m_itemSearch;
    CatalogueModel *m_catalogue;
    QTableView *m_items;
    QLabel *m_itemSummary;
    QStackedWidget *m_details;
    QListWidget *m_materials;
    FormFieldEditor *m_form;
    QPlainTextEdit *m_subject;
    QLabel *m_error;
    QPushButton *m_register;
};
