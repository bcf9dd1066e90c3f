// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/shiftgate.h"

#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/storage/database.h"
#include "ui/cash/openshiftdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ShiftGate::ShiftGate(Database &db, const Session &session, QWidget *parent)
    : QFrame(parent), m_db(db), m_session(session), m_text(new QLabel(this)),
      m_open(new QPushButton(tr("Open shift now..."), this))
{
    setObjectName(QStringLiteral("shiftGate"));
    setStyleSheet(QStringLiteral("#shiftGate { background: #fff4d6; border: 1px solid #e0c070; }"
                                 " #shiftGate QLabel { color: #6b4a00; }"));
    m_text->setObjectName(QStringLiteral("shiftGateText"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("shiftGateOpen"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    connect(m_open, &QPushButton::clicked, this, &ShiftGate::openShift);
    refresh();
}

QString ShiftGate::text() const
{
    return m_ready ? QString() : m_text->text();
}

void ShiftGate::refresh()
{
    const Result<Shift> shift =
        ShiftService::readyForMoney(m_db.connection(), m_session, BusinessDay::today());
    const bool wasReady = m_ready;
    m_ready = shift.ok();
    if (!m_ready) {
        const bool canOpen = shift.error().code() == QLatin1String("shift.none");
        m_text->setText(canOpen ? tr("You have no shift open, so no money can be taken or "
                                     "paid back yet. Open your shift now: count the float in "
                                     "the drawer.")
                                : shift.error().message());
        m_open->setVisible(canOpen);
    }
    setVisible(!m_ready);
    if (wasReady != m_ready)
        emit readyChanged(m_ready);
}

OpenShiftDialog *ShiftGate::openShift()
{
    auto *dialog = new OpenShiftDialog(m_db, m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ShiftGate::refresh);
    dialog->open();
    return dialog;
}
