// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/enrolform.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>

EnrolForm::EnrolForm(QWidget *parent)
    : QWidget(parent), m_url(new QLineEdit(this)), m_caFile(new QLineEdit(this)),
      m_systemCas(
          new QCheckBox(tr("Also trust the certificate authorities of this computer"), this)),
      m_code(new QLineEdit(this)), m_deviceName(new QLineEdit(this))
{
    m_url->setObjectName(QStringLiteral("enrolUrl"));
    m_caFile->setObjectName(QStringLiteral("enrolCaFile"));
    m_code->setObjectName(QStringLiteral("enrolCode"));
    m_deviceName->setObjectName(QStringLiteral("enrolDeviceName"));
    m_url->setPlaceholderText(QStringLiteral("https://hq.example.cn:8443"));
    m_code->setPlaceholderText(QStringLiteral("K7MQ-3XTP-9RWA"));
    m_deviceName->setText(QSysInfo::machineHostName());
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Headquarters address:"), m_url);
    form->addRow(tr("CA certificate (.pem):"), caRow);
    form->addRow(QString(), m_systemCas);
    form->addRow(tr("Enrolment code:"), m_code);
    form->addRow(tr("Name of this terminal:"), m_deviceName);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Headquarters CA certificate"), QString(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *edit : {m_url, m_caFile, m_code, m_deviceName})
        connect(edit, &QLineEdit::textChanged, this, &EnrolForm::changed);
}

Enrolment::Request EnrolForm::request() const
{
    Enrolment::Request r;
    r.url = m_url->text().trimmed();
    r.caFile = m_caFile->text().trimmed();
    r.useSystemCas = m_systemCas->isChecked();
    r.code = m_code->text().trimmed();
    r.deviceName = m_deviceName->text().trimmed();
    return r;
}

QString EnrolForm::missing() const
{
    if (m_url->text().trimmed().isEmpty())
        return tr("Enter the headquarters address, for example https://hq.example.cn:8443.");
    if (m_caFile->text().trimmed().isEmpty() && !m_systemCas->isChecked())
        return tr("Choose the CA certificate file headquarters gave you.");
    if (m_code->text().trimmed().isEmpty())
        return tr("Enter the enrolment code headquarters gave you.");
    return QString();
}

void EnrolForm::setBusy(bool busy)
{
    setEnabled(!busy);
}
