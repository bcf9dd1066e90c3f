// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QWidget>

#include <functional>

class CatalogueModel;
class Database;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

// The service catalogue (事项目录) at the terminal, read only: find a matter by name, code
// or department, read its service guide (办事指南) beside the list, print it (A4, preview)
// or save it as PDF for the person at the window.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    CataloguePage(Database &db, const Session &session, QWidget *parent = nullptr);

    CatalogueModel *model() const { return m_model; }
    void setSearchText(const QString &text);
    bool selectItem(const QString &code);
    QString selectedItem() const { return m_code; }
    QString guideText() const;
    void printGuide();

    // Where the printed guide goes: Qt's print preview by default; tests write PDFs.
    using PrintHandler = std::function<void(const PrintDocument &)>;
    void setPrintHandler(PrintHandler handler) { m_printHandler = std::move(handler); }

private:
    void setUpList();
    void setUpGuide();
    void layOut();
    void connectSignals();
    void showItem(const QString &code);
    void saveGuide();

    Database &m_db;
    Session m_session;
    QString m_code;
    CatalogueModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTextBrowser *m_guide;
    QPushButton *m_print;
    QPushButton *m_save;
    PrintHandler m_printHandler;
};
