// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/staffaccountdialog.h"

#include "core/staff/staffservice.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/passwordpair.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

StaffAccountDialog::StaffAccountDialog(Database &db, const Session &session, Mode mode,
                                       const QString &staffNo, const QString &name, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_mode(mode), m_targetStaffNo(staffNo),
      m_error(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    if (mode == Mode::Add) {
        setWindowTitle(tr("Add staff member"));
        m_staffNo = new QLineEdit(this);
        m_staffNo->setObjectName(QStringLiteral("staffNo"));
        m_staffNo->setMaxLength(12);
        m_staffNo->setPlaceholderText(tr("3 to 12 letters or digits, e.g. 1003"));
        m_staffNo->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,12}")), m_staffNo));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(40);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin, Role::Partner})
            m_role->addItem(Roles::displayName(role), Roles::key(role));
        auto *form = new QFormLayout;
        form->setHorizontalSpacing(16);
        form->addRow(tr("Staff no.:"), m_staffNo);
        form->addRow(tr("Name:"), m_name);
        form->addRow(tr("Role:"), m_role);
        auto *note = new QLabel(tr("Initial password (the staff member must change it at the "
                                   "first sign-in):"),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
        m_pair = new PasswordPair(form, this);
        layout->addLayout(form);
        connect(m_staffNo, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_pair->setStaffNo(text.trimmed());
            updateOk();
        });
        connect(m_name, &QLineEdit::textChanged, this, &StaffAccountDialog::updateOk);
    } else {
        setWindowTitle(tr("Reset password"));
        auto *intro = new QLabel(tr("Set a temporary password for staff no. %1 %2. Tell it to "
                                    "them in person; they must choose their own at the next "
                                    "sign-in. A lock after wrong passwords is lifted too.")
                                     .arg(staffNo, name),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *form = new QFormLayout;
        form->setHorizontalSpacing(16);
        m_pair = new PasswordPair(form, this);
        m_pair->setStaffNo(staffNo);
        layout->addLayout(form);
    }

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(mode == Mode::Add ? tr("Add") : tr("Reset password"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pair, &PasswordPair::acceptableChanged, this, &StaffAccountDialog::updateOk);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    updateOk();
}

QString StaffAccountDialog::staffNo() const
{
    return m_staffNo ? m_staffNo->text().trimmed().toUpper() : m_targetStaffNo;
}

QString StaffAccountDialog::errorText() const
{
    return m_error->text();
}

void StaffAccountDialog::updateOk()
{
    bool ok = !m_busy && m_pair->isAcceptable();
    if (m_mode == Mode::Add)
        ok = ok && !m_staffNo->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty();
    m_ok->setEnabled(ok);
}

void StaffAccountDialog::submit()
{
    if (m_busy || !m_ok->isEnabled())
        return;
    m_busy = true;
    m_progress->setVisible(true);
    m_error->clear();
    updateOk();
    const Session session = m_session;
    const QString staffNo = this->staffNo();
    const QString password = m_pair->password();
    const auto done = [this](const Status &status) {
        m_busy = false;
        m_progress->setVisible(false);
        updateOk();
        if (!status) {
            m_error->setText(status.error().message());
            return;
        }
        m_db.notifyChanged({QStringLiteral("staff")});
        accept();
    };
    if (m_mode == Mode::Add) {
        const QString name = m_name->text();
        Role role = Role::Clerk;
        Roles::fromKey(m_role->currentData().toString(), &role);
        BackgroundTask::run<Done>(
            m_db, this,
            [session, staffNo, name, role, password](Database &db) {
                return StaffService(db).addStaff(session, staffNo, name, role, password);
            },
            done);
    } else {
        BackgroundTask::run<Done>(
            m_db, this,
            [session, staffNo, password](Database &db) {
                return StaffService(db).resetPassword(session, staffNo, password);
            },
            done);
    }
}
