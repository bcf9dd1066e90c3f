// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class EnrolForm;
class QLabel;
class QDialogButtonBox;

// Enrols this terminal with headquarters; the exchange runs off the GUI thread.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EnrolDialog(Database &db, QWidget *parent = nullptr);

private:
    void submit();

    Database &m_db;
    EnrolForm *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
