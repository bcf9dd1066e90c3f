// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

#include <functional>

class CustomerCard;
class CustomerListModel;
class Database;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class ScanBurstFilter;

// The clerk's screen at the window (营业员台席), built for speed: one search box, focused
// from the start, that finds a customer by ID number, mobile, customer number or name,
// listing as it is typed (numbers from their fourth digit: the start of an ID number, the
// last four of a mobile, the start of a case or customer number); reading an ID card
// opens the customer (or registers a new one with the number read); the results list; and
// the customer card with the services held and the open cases. The card closes when the
// customer has gone (clearCustomer) and when a search finds nobody.
// Every action has a key, shown in the buttons' tooltips:
//   F3 / Ctrl+F  search          F2  register a customer     F4  edit the customer
//   F6  open a service           F7  change the service      Ctrl+P  print the form again
//   F8  new case (once the case area is wired in)            Enter  open the customer
//   F10 top-up / bill payment: the matter whose form takes a mobile number and the amount
//       to charge, the customer's mobile filled in, the amount to type
// Other areas add their per-customer lists as tabs of the card (addCustomerTab).
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    // Makes a dialog about a customer or a case (parent: the main window), for the entry
    // points of the case area: RegisterCaseDialog(db, session, customerId, parent) and
    // CaseDetailDialog(db, session, caseNo, parent).
    using DialogFactory = std::function<QDialog *(const QString &key, QWidget *parent)>;

    CounterPage(Database &db, const Session &session, QWidget *parent = nullptr);

    // Adds a tab to the customer card. If the tab has a slot setCustomerId(QString), it is
    // called with the open customer now and whenever it changes (empty: none is open).
    void addCustomerTab(QWidget *tab, const QString &title);
    // Wires in the case area: "New case" (F8) and opening an open case from the card.
    void setCaseDialogs(DialogFactory registerCase, DialogFactory caseDetail);

    QString currentCustomerId() const;
    CustomerCard *card() const { return m_card; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *resultsView() const { return m_results; }
    CustomerListModel *results() const { return m_model; }
    QString statusText() const;

public slots:
    void focusSearch();
    // The customer has gone (their service ended, another ticket is called): the card
    // closes, the search box empties and the list shows the newest customers again.
    void clearCustomer();
    // Runs the search for what the box holds now (Enter).
    void search();
    void openCustomer(const QString &customerId);
    void registerCustomer(const QString &idNumber = QString());
    void editCustomer();
    void openService();
    void changeService();
    void printForm();
    // Entry points of the case area (see setCaseDialogs).
    void registerCase();
    void openCase(const QString &caseNo);
    // Top-up or bill payment for the open customer (F10).
    void topUp();

signals:
    void customerChanged(const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpSearch();
    void setUpResults();
    void layOut();
    void connectSearch();
    void connectCard();
    void addShortcuts();
    void searchSoon();
    void showMatches();
    void foundNothing(const QString &text);
    QString foundText() const;
    void idCardRead(const QString &text);
    void showStatus(const QString &text, bool problem = false);
    static QString newestCaption();
    void resultActivated();
    QDialog *prepare(QDialog *dialog);

    Database &m_db;
    Session m_session;
    CustomerListModel *m_model;
    ScanBurstFilter *m_scan;
    QTimer *m_typing;
    QLineEdit *m_search;
    QPushButton *m_register;
    QLabel *m_status;
    QTableView *m_results;
    CustomerCard *m_card;
    DialogFactory m_registerCase;
    DialogFactory m_caseDetail;
};
