// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/passwordpair.h"

#include "core/staff/staffservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordPair::PasswordPair(QFormLayout *form, QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_confirm(new QLineEdit(parent)),
      m_hint(new QLabel(parent))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    for (QLineEdit *edit : {m_password, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(64);
        connect(edit, &QLineEdit::textChanged, this, &PasswordPair::check);
    }
    m_hint->setWordWrap(true);

    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Confirm:"), m_confirm);
    form->addRow(QString(), m_hint);
    check();
}

void PasswordPair::setStaffNo(const QString &staffNo)
{
    m_staffNo = staffNo;
    check();
}

void PasswordPair::setCurrentPassword(const QString &current)
{
    m_current = current;
    check();
}

QString PasswordPair::password() const
{
    return m_password->text();
}

bool PasswordPair::isAcceptable() const
{
    return m_acceptable;
}

void PasswordPair::check()
{
    const QString password = m_password->text();
    QString problem;
    if (password.isEmpty()) {
        problem = tr("At least 8 characters, with letters and digits.");
    } else if (const Status verdict =
                   StaffService::checkNewPassword(m_current, password, m_staffNo);
               !verdict) {
        problem = verdict.error().message();
    } else if (m_confirm->text() != password) {
        problem = m_confirm->text().isEmpty() ? tr("Type the new password again to confirm it.")
                                              : tr("The two passwords differ.");
    }
    const bool acceptable = problem.isEmpty();
    m_hint->setText(acceptable ? tr("The password meets the rules.") : problem);
    m_hint->setStyleSheet(acceptable           ? QStringLiteral("color: #1d7a35;")
                          : password.isEmpty() ? QStringLiteral("color: #555;")
                                               : QStringLiteral("color: #b01e1e;"));
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        emit acceptableChanged(acceptable);
    }
}
