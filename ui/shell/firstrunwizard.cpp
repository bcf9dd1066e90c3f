// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/firstrunwizard.h"

#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "core/storage/deviceidentity.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/enrolform.h"
#include "ui/shell/passwordpair.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {
QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Set up this terminal"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);

    auto *branchPage = new QWizardPage(this);
    branchPage->setTitle(tr("Branch and headquarters"));
    branchPage->setSubTitle(
        tr("A terminal enrolled with headquarters sends its work there and "
           "receives the service catalogue. It works fully offline either way."));
    m_enrolChoice = new QRadioButton(tr("Enrol with headquarters now"), branchPage);
    m_aloneChoice = new QRadioButton(
        tr("Work on its own for now (enrol later in the Headquarters area)"), branchPage);
    m_enrolChoice->setObjectName(QStringLiteral("enrolChoice"));
    m_aloneChoice->setObjectName(QStringLiteral("aloneChoice"));
    m_enrolChoice->setChecked(true);
    m_enrolForm = new EnrolForm(branchPage);
    m_branchCode = new QLineEdit(branchPage);
    m_branchCode->setObjectName(QStringLiteral("branchCode"));
    m_branchCode->setPlaceholderText(QStringLiteral("TZ01"));
    m_branchName = new QLineEdit(branchPage);
    m_branchName->setObjectName(QStringLiteral("branchName"));
    auto *alone = new QWidget(branchPage);
    auto *aloneForm = new QFormLayout(alone);
    aloneForm->setContentsMargins(0, 0, 0, 0);
    aloneForm->addRow(tr("Branch code:"), m_branchCode);
    aloneForm->addRow(tr("Branch name:"), m_branchName);
    m_branchMessage = messageLabel(branchPage);
    m_branchMessage->setObjectName(QStringLiteral("branchMessage"));
    auto *branchLayout = new QVBoxLayout(branchPage);
    branchLayout->addWidget(m_enrolChoice);
    branchLayout->addWidget(m_enrolForm);
    branchLayout->addWidget(m_aloneChoice);
    branchLayout->addWidget(alone);
    branchLayout->addWidget(m_branchMessage);
    branchLayout->addStretch(1);
    alone->setEnabled(false);
    connect(m_enrolChoice, &QRadioButton::toggled, this, [this, alone](bool enrol) {
        m_enrolForm->setEnabled(enrol);
        alone->setEnabled(!enrol);
        m_branchMessage->clear();
    });
    addPage(branchPage);

    auto *adminPage = new QWizardPage(this);
    adminPage->setTitle(tr("First administrator"));
    adminPage->setSubTitle(tr("The administrator signs in first and adds the clerks and "
                              "supervisors of this branch."));
    m_adminNo = new QLineEdit(adminPage);
    m_adminNo->setObjectName(QStringLiteral("adminNo"));
    m_adminName = new QLineEdit(adminPage);
    m_adminName->setObjectName(QStringLiteral("adminName"));
    auto *adminForm = new QFormLayout;
    adminForm->addRow(tr("Staff no.:"), m_adminNo);
    adminForm->addRow(tr("Name:"), m_adminName);
    m_password = new PasswordPair(adminForm, adminPage);
    connect(m_adminNo, &QLineEdit::textChanged, m_password, &PasswordPair::setStaffNo);
    m_adminMessage = messageLabel(adminPage);
    m_adminMessage->setObjectName(QStringLiteral("adminMessage"));
    auto *adminLayout = new QVBoxLayout(adminPage);
    adminLayout->addLayout(adminForm);
    adminLayout->addWidget(m_adminMessage);
    adminLayout->addStretch(1);
    addPage(adminPage);
    resize(640, 520);
}

QString FirstRunWizard::administratorNo() const
{
    return m_adminNo->text().trimmed().toUpper();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != 0)
        return true;
    if (m_joined)
        return true; // enrolled already: going back and forth changes nothing
    if (m_aloneChoice->isChecked()) {
        DeviceIdentity::Setup setup;
        setup.branchCode = m_branchCode->text();
        setup.branchName = m_branchName->text();
        if (setup.branchCode.trimmed().isEmpty()) {
            m_branchMessage->setText(tr("Enter the branch code, for example TZ01."));
            return false;
        }
        const Result<DeviceIdentity> identity = DeviceIdentity::ensure(m_db, setup);
        if (!identity) {
            m_branchMessage->setText(identity.error().message());
            return false;
        }
        return true;
    }
    if (const QString missing = m_enrolForm->missing(); !missing.isEmpty()) {
        m_branchMessage->setText(missing);
        return false;
    }
    // Enrolment talks to the network: off the GUI thread, then move on by ourselves.
    m_branchMessage->setStyleSheet(QString());
    m_branchMessage->setText(tr("Contacting headquarters…"));
    m_enrolForm->setBusy(true);
    button(QWizard::NextButton)->setEnabled(false);
    const Enrolment::Request request = m_enrolForm->request();
    BackgroundTask::run<DeviceIdentity>(
        m_db, this, [request](Database &db) { return Enrolment::enroll(db, request); },
        [this](const Result<DeviceIdentity> &result) {
            m_enrolForm->setBusy(false);
            button(QWizard::NextButton)->setEnabled(true);
            m_branchMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
            if (!result) {
                m_branchMessage->setText(result.error().message());
                return;
            }
            m_joined = true;
            m_db.notifyChanged({QStringLiteral("setting")});
            m_branchMessage->setStyleSheet(QStringLiteral("color: #1b6e20;"));
            m_branchMessage->setText(tr("Enrolled with headquarters as branch %1 %2.")
                                         .arg(result->branchCode, result->branchName));
            next();
        });
    return false;
}

void FirstRunWizard::accept()
{
    if (!m_password->isAcceptable()) {
        m_adminMessage->setText(tr("Type the same acceptable password twice."));
        return;
    }
    setEnabled(false);
    m_adminMessage->setStyleSheet(QString());
    m_adminMessage->setText(tr("Creating the account…"));
    const QString no = administratorNo();
    const QString name = m_adminName->text();
    const QString password = m_password->password();
    BackgroundTask::run<Done>(
        m_db, this,
        [no, name, password](Database &db) -> Result<Done> {
            return StaffService(db).addFirstAdministrator(no, name, password);
        },
        [this](const Result<Done> &result) {
            setEnabled(true);
            if (!result) {
                m_adminMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_adminMessage->setText(result.error().message());
                return;
            }
            m_db.notifyChanged({QStringLiteral("staff")});
            QWizard::accept();
        });
}
