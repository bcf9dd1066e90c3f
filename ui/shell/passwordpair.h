// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;

// A new password typed twice, checked against the password policy as it is typed, so a
// clerk sees what is wrong before pressing OK. Its rows join the dialog's own form, so the
// fields line up with the others.
class PasswordPair : public QObject
{
    Q_OBJECT
public:
    // Adds "new password", "confirm" and the hint as rows of form (in parent).
    PasswordPair(QFormLayout *form, QWidget *parent);

    // The staff number the password must not contain.
    void setStaffNo(const QString &staffNo);
    // The current password as typed beside the pair: the new one must differ from it.
    void setCurrentPassword(const QString &current);
    QString password() const;
    bool isAcceptable() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }

signals:
    void acceptableChanged(bool acceptable);

private:
    void check();

    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_hint;
    QString m_staffNo;
    QString m_current;
    bool m_acceptable = false;
};
