// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/ticketservice.h"

#include <QDialog>

class Database;
class QComboBox;
class QRadioButton;

// Where the customer at the window goes next: another category (any window serving it
// calls them, in their place by issue time) or one window.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(Database &db, const QString &fromWindow, const QString &ticketNo,
                   QWidget *parent = nullptr);

    TransferTarget target() const;
    // Chooses a target as the clerk would (tests).
    bool chooseCategory(const QString &category);
    bool chooseWindow(const QString &window);

private:
    QRadioButton *m_toCategory;
    QRadioButton *m_toWindow;
    QComboBox *m_categories;
    QComboBox *m_windows;
};
