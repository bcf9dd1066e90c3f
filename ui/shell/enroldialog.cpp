// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/enroldialog.h"

#include "ui/shell/backgroundtask.h"
#include "ui/shell/enrolform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EnrolDialog::EnrolDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_form(new EnrolForm(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Enrol with headquarters"));
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Headquarters gives you its address, its CA certificate and a "
                                    "one-time enrolment code for this branch."),
                                 this));
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void EnrolDialog::submit()
{
    if (const QString missing = m_form->missing(); !missing.isEmpty()) {
        m_message->setText(missing);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Contacting headquarters…"));
    m_form->setBusy(true);
    m_buttons->setEnabled(false);
    const Enrolment::Request request = m_form->request();
    BackgroundTask::run<DeviceIdentity>(
        m_db, this, [request](Database &db) { return Enrolment::enroll(db, request); },
        [this](const Result<DeviceIdentity> &result) {
            m_form->setBusy(false);
            m_buttons->setEnabled(true);
            if (!result) {
                m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_message->setText(result.error().message());
                return;
            }
            m_db.notifyChanged({QStringLiteral("setting")});
            accept();
        });
}
