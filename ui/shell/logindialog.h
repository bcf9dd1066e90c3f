// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QDialog>

class Database;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class WindowListModel;

// Signing in at the counter: staff number, password and the window served. The password
// check is slow by design, so it runs on a worker thread while the dialog stays live.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);

    Session session() const { return m_session; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    // Prefills the staff number (after signing out, the next clerk often is the same).
    void setStaffNo(const QString &staffNo);

private:
    QHBoxLayout *buildHeader();
    QFormLayout *buildForm();
    void setUpWindowChoice();
    // Selects the window staffNo last signed in at here (none known: no choice made).
    void proposeWindow(const QString &staffNo);
    QHBoxLayout *buildButtons();
    void submit();
    void setBusy(bool busy);
    void showError(const QString &message);
    QString selectedWindow() const;

    Database &m_db;
    Session m_session;
    bool m_busy = false;
    bool m_windowPicked = false; // by hand: typing a staff number no longer changes it
    bool m_proposing = false;
    WindowListModel *m_windows;
    QLineEdit *m_staffNo;
    QLineEdit *m_password;
    QComboBox *m_window;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_quit;
};
