// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class EnquiryDialog;
class EnquiryModel;
class QTableView;

// The phone enquiry log (电话咨询登记), newest first: log a call (Ctrl+N) and see who called
// about what and to whom it went.
class EnquiryPage : public QWidget
{
    Q_OBJECT
public:
    EnquiryPage(Database &db, const Session &session, QWidget *parent = nullptr);

    EnquiryModel *model() const { return m_model; }
    EnquiryDialog *logEnquiry();

private:
    Database &m_db;
    Session m_session;
    EnquiryModel *m_model;
    QTableView *m_view;
};
