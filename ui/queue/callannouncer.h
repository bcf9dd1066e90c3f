// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTextToSpeech;

// Speaks calls in the hall ("请 A012 号到 W01 窗口办理") through Qt TextToSpeech when this
// build has it and the system has a speech engine; silent otherwise. Calls are spoken one
// after another, never cut off by the next.
class CallAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit CallAnnouncer(QObject *parent = nullptr);
    ~CallAnnouncer() override;

    bool canSpeak() const;
    void announce(const QString &ticketNo, const QString &window, const QString &windowName);
    // The sentence spoken for a call, in the UI language.
    static QString sentence(const QString &ticketNo, const QString &window,
                            const QString &windowName);
    QStringList pending() const { return m_pending; }

private:
    void speakNext();

    QTextToSpeech *m_speech = nullptr;
    QStringList m_pending;
};
