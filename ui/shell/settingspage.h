// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"

#include <QWidget>

class Database;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

// The "Settings" area: the UI language (this computer), the idle lock (the branch's
// database, so it travels with backups), the screens of the customer-facing windows (this
// computer) and the staff member's own password.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Database &db, const Session &session, QWidget *parent = nullptr);

    // The QSettings key of the UI language, read by main() at start.
    static QString languageKey() { return QStringLiteral("ui/language"); }
    // The idle lock stored for this branch, 5 minutes when unset or unreadable.
    static int idleLockMinutes(Database &db);

signals:
    void idleLockMinutesChanged(int minutes);

private:
    void layOut(const QList<QWidget *> &boxes);
    QGroupBox *buildScreensBox();
    QComboBox *screenChoice(int kind, const char *objectName);
    void saveLanguage();
    void saveIdleLock();
    void changePassword();

    Database &m_db;
    Session m_session;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_idleMinutes;
    QPushButton *m_saveIdle;
    QLabel *m_idleResult;
    QLabel *m_passwordResult;
};
