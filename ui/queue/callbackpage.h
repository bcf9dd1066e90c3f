// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class CallbackModel;
class Database;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Callbacks (回访): the open ones by due date, overdue ones highlighted, and the selected
// one's details with its attempts. The clerk records a call as reached (with the outcome)
// or not reached (tried again at another time of day, closed after the third).
class CallbackPage : public QWidget
{
    Q_OBJECT
public:
    CallbackPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    CallbackModel *model() const { return m_model; }
    QString selectedId() const { return m_selected; }
    void select(int row);
    QString message() const;
    // Records a call on the selected callback, as the buttons do.
    void record(bool reached, const QString &outcome, const QString &notes);

private:
    void setUpView();
    QGroupBox *buildDetailGroup();
    void layOutPage(QLabel *legend, QGroupBox *detail);
    void connectSignals();
    void showSelected();

    Database &m_db;
    Session m_session;
    CallbackModel *m_model;
    QTableView *m_view;
    QCheckBox *m_showDone;
    QLabel *m_details;
    QLabel *m_phone;
    QPushButton *m_revealPhone;
    QComboBox *m_outcome;
    QPlainTextEdit *m_notes;
    QPushButton *m_reached;
    QPushButton *m_notReached;
    QLabel *m_message;
    QString m_selected;
};
