// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/changepassworddialog.h"

#include "core/staff/staffservice.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/passwordpair.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(Database &db, const Session &session, bool forced,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_current(new QLineEdit(this)),
      m_error(new QLabel(this)), m_progress(new QProgressBar(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(
        forced ? tr("Staff no. %1: you signed in with an initial password. Choose your own "
                    "password before you start work.")
                     .arg(session.staffNo)
               : tr("Staff no. %1: change your password.").arg(session.staffNo),
        this);
    intro->setWordWrap(true);

    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->addRow(tr("Current password:"), m_current);
    m_pair = new PasswordPair(form, this);
    m_pair->setStaffNo(session.staffNo);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    buttons->addButton(forced ? tr("Sign out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateOk);
    connect(m_current, &QLineEdit::textChanged, m_pair, &PasswordPair::setCurrentPassword);
    // A refusal speaks of what was typed: once anything changes, the hint gives the verdict.
    for (QLineEdit *edit : {m_current, m_pair->passwordEdit(), m_pair->confirmEdit()})
        connect(edit, &QLineEdit::textChanged, m_error, &QLabel::clear);
    connect(m_pair, &PasswordPair::acceptableChanged, this, &ChangePasswordDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateOk();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::updateOk()
{
    m_ok->setEnabled(!m_busy && !m_current->text().isEmpty() && m_pair->isAcceptable());
}

void ChangePasswordDialog::submit()
{
    if (m_busy || !m_ok->isEnabled())
        return;
    m_busy = true;
    m_progress->setVisible(true);
    m_error->clear();
    updateOk();
    const Session session = m_session;
    const QString current = m_current->text();
    const QString password = m_pair->password();
    BackgroundTask::run<Done>(
        m_db, this,
        [session, current, password](Database &db) {
            return StaffService(db).changeOwnPassword(session, current, password);
        },
        [this](const Status &status) {
            m_busy = false;
            m_progress->setVisible(false);
            updateOk();
            if (!status) {
                m_error->setText(status.error().message());
                return;
            }
            m_db.notifyChanged({QStringLiteral("staff")});
            accept();
        });
}
