// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/servicedonepanel.h"

#include "ui/printing/serviceform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ServiceDonePanel::ServiceDonePanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_summary(new QLabel(this)),
      m_password(new QLabel(this)), m_print(new QPushButton(tr("Print the form..."), this)),
      m_pdf(new QPushButton(tr("Save as PDF..."), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("donePanel"));
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #1d6b35; font-size: 13pt; font-weight: bold;"));
    m_password->setObjectName(QStringLiteral("initialPassword"));
    m_password->setWordWrap(true);
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setStyleSheet(QStringLiteral("background: #fff4d6; border: 1px solid #e0b64c; "
                                             "border-radius: 6px; padding: 10px;"));
    m_print->setObjectName(QStringLiteral("printForm"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setToolTip(tr("Print the form the customer signs (Ctrl+P)"));
    m_pdf->setObjectName(QStringLiteral("saveFormPdf"));
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_summary);
    layout->addWidget(m_password);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this,
            [this] { ServiceForm::preview(m_db, m_session, m_changeId, window()); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { ServiceForm::savePdf(m_db, m_session, m_changeId, window()); });
    connect(m_close, &QPushButton::clicked, this, &ServiceDonePanel::closeRequested);
}

void ServiceDonePanel::present(const ServiceOutcome &outcome, const QString &summary)
{
    m_changeId = outcome.record.changeId;
    m_summary->setText(tr("%1\nForm no. %2: print it and let the customer sign it.")
                           .arg(summary, outcome.record.formNo));
    if (outcome.initialPassword.isEmpty()) {
        m_password->hide();
    } else {
        m_password->setText(
            tr("Initial service password: %1\nTell it to the customer now; it is not shown "
               "again. It cannot prove identity at the counter: with the ID card the customer "
               "can set their own password.")
                .arg(outcome.initialPassword));
        m_password->show();
    }
    m_close->setFocus();
}

QString ServiceDonePanel::text() const
{
    return m_summary->text() + QLatin1Char('\n') +
           (!m_password->isHidden() ? m_password->text() : QString());
}
