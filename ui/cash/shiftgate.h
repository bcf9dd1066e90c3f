// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QFrame>

class Database;
class OpenShiftDialog;
class QLabel;
class QPushButton;

// The shift and the business day, checked as soon as a dialog that moves money opens
// (ShiftService::readyForMoney), not when the clerk presses the last button. With no shift on
// an open day it offers to open one right there; on a closed day, or with an earlier day's
// shift still open, it says what to do instead. Hidden while money can move.
class ShiftGate : public QFrame
{
    Q_OBJECT
public:
    ShiftGate(Database &db, const Session &session, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    QString text() const;
    // Opens the open-shift dialog (window-modal); returns it, for tests.
    OpenShiftDialog *openShift();
    // Checks again (after a shift was opened elsewhere).
    void refresh();

signals:
    void readyChanged(bool ready);

private:
    Database &m_db;
    Session m_session;
    bool m_ready = false;
    QLabel *m_text;
    QPushButton *m_open;
};
