// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/enrolment.h"

#include <QWidget>

class QLineEdit;
class QCheckBox;

// The fields of an enrolment with headquarters: address, CA certificate, one-time code,
// and the name HQ will show for this terminal. Used by the first-run wizard and the
// sync area.
class EnrolForm : public QWidget
{
    Q_OBJECT
public:
    explicit EnrolForm(QWidget *parent = nullptr);
    Enrolment::Request request() const;
    // The sentence to show when something required is empty, or an empty string.
    QString missing() const;
    void setBusy(bool busy);

signals:
    void changed();

private:
    QLineEdit *m_url;
    QLineEdit *m_caFile;
    QCheckBox *m_systemCas;
    QLineEdit *m_code;
    QLineEdit *m_deviceName;
};
