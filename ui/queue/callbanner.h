// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

// The hall display's latest call in the largest type the space allows: "A012" and the
// window it goes to. Painted by hand so that the size follows the screen; says when a
// call has reached the screen (painted), which the display's benchmark measures.
class CallBanner : public QWidget
{
    Q_OBJECT
public:
    explicit CallBanner(QWidget *parent = nullptr);

    // key identifies the call (RecentCallModel::Call::key()); an empty ticket clears.
    void showCall(const QString &key, const QString &ticketNo, const QString &window,
                  const QString &windowName);
    void setHighlighted(bool on);
    QString ticketNo() const { return m_ticketNo; }

signals:
    void painted(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_key;
    QString m_ticketNo;
    QString m_window;
    QString m_windowName;
    bool m_highlighted = false;
};
