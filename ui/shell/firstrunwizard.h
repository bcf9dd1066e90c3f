// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class Database;
class EnrolForm;
class PasswordPair;
class QLabel;
class QLineEdit;
class QRadioButton;

// The first start of a new terminal: join headquarters (or work on its own for now), then
// create the first administrator, who signs in and adds the staff.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(Database &db, QWidget *parent = nullptr);
    QString administratorNo() const;

    void accept() override;

private:
    bool validateCurrentPage() override;

    Database &m_db;
    QRadioButton *m_enrolChoice;
    QRadioButton *m_aloneChoice;
    EnrolForm *m_enrolForm;
    QLineEdit *m_branchCode;
    QLineEdit *m_branchName;
    QLabel *m_branchMessage;
    QLineEdit *m_adminNo;
    QLineEdit *m_adminName;
    PasswordPair *m_password;
    QLabel *m_adminMessage;
    bool m_joined = false;
};
