// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/approvaldialog.h"

#include "core/staff/approvalrule.h"
#include "core/staff/staffservice.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/dialogfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApprovalDialog::ApprovalDialog(Database &db, const Session &requester, const QString &what,
                               Permission permission, QWidget *parent)
    : QDialog(parent), m_db(db), m_requester(requester), m_permission(permission),
      m_staffNo(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Supervisor approval"));
    // Who may approve is said first, before anyone types a password.
    auto *intro = new QLabel(tr("%1\n\n%2 The approver is recorded with the action.")
                                 .arg(what, ApprovalRule::whoMayApprove(requester, permission)),
                             this);
    intro->setObjectName(QStringLiteral("approvalIntro"));
    intro->setWordWrap(true);
    m_staffNo->setObjectName(QStringLiteral("approverStaffNo"));
    m_staffNo->setMaxLength(20);
    m_password->setObjectName(QStringLiteral("approverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));

    auto *form = new QFormLayout;
    form->addRow(tr("Approver's staff no."), m_staffNo);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::check);
    // The requester's own number is refused as soon as it is typed, not after the password.
    connect(m_staffNo, &QLineEdit::textChanged, this, [this](const QString &text) {
        const Status notSelf = ApprovalRule::checkNotSelf(m_requester, text);
        showError(notSelf ? QString() : notSelf.error().message());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    m_staffNo->setFocus();
}

void ApprovalDialog::submit(const QString &staffNo, const QString &password)
{
    m_staffNo->setText(staffNo);
    m_password->setText(password);
    check();
}

void ApprovalDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (isVisible())
        DialogFit::grow(this);
}

QString ApprovalDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ApprovalDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_staffNo->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ApprovalDialog::check()
{
    const QString staffNo = m_staffNo->text().trimmed();
    const QString password = m_password->text();
    if (staffNo.isEmpty() || password.isEmpty()) {
        showError(tr("Enter the approver's staff number and password."));
        return;
    }
    setBusy(true);
    const Session requester = m_requester;
    const Permission permission = m_permission;
    BackgroundTask::run<Session>(
        m_db, this,
        [requester, staffNo, password, permission](Database &db) {
            return StaffService(db).authoriseApproval(requester, staffNo, password, permission);
        },
        [this](const Result<Session> &result) {
            setBusy(false);
            m_db.notifyChanged({QStringLiteral("staff")});
            if (!result) {
                showError(result.error().message());
                m_password->clear();
                m_password->setFocus();
                return;
            }
            m_approver = result.value();
            accept();
        });
}
