// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casequery.h"
#include "core/staff/session.h"

#include <QWidget>

class CaseDetailDialog;
class CaseListModel;
class Database;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class RegisterCaseDialog;

// The case list (办件) area: every case, complaint and petition of the branch filtered by
// kind, status, time limit (due soon, overdue), window, matter and first responder, or
// found by case number; due-soon rows yellow and overdue rows red. Enter opens the case,
// Ctrl+N registers a new one. Open cases come by due date, the others newest first.
class CasePage : public QWidget
{
    Q_OBJECT
public:
    CasePage(Database &db, const Session &session, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The filter the controls make (for tests: set the controls' data values).
    CaseFilter filter() const;
    bool setFilterControl(const QString &name, const QVariant &value);
    // Opens a case's detail as Enter does; the dialog deletes itself when closed.
    CaseDetailDialog *openCase(const QString &caseNo);
    RegisterCaseDialog *newCase();

private:
    QHBoxLayout *buildTopRow();
    void fillFilters();
    QHBoxLayout *buildFilterRow();
    void setUpView();
    void addShortcuts();
    void applyFilter();
    void openCurrent();
    void updateSummary();

    Database &m_db;
    Session m_session;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_caseNo;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_due;
    QComboBox *m_window;
    QComboBox *m_item;
    QComboBox *m_clerk;
    QLabel *m_summary;
};
