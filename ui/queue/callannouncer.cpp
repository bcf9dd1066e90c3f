// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/callannouncer.h"

#include <QLocale>

#ifdef HALLDESK_HAS_SPEECH
#include <QTextToSpeech>
#endif

CallAnnouncer::CallAnnouncer(QObject *parent) : QObject(parent)
{
#ifdef HALLDESK_HAS_SPEECH
    if (!QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        if (m_speech->state() == QTextToSpeech::BackendError) {
            delete m_speech;
            m_speech = nullptr;
        } else {
            m_speech->setLocale(QLocale());
            connect(m_speech, &QTextToSpeech::stateChanged, this,
                    [this](QTextToSpeech::State state) {
                        if (state == QTextToSpeech::Ready)
                            speakNext();
                    });
        }
    }
#endif
}

CallAnnouncer::~CallAnnouncer() = default;

bool CallAnnouncer::canSpeak() const
{
    return m_speech != nullptr;
}

QString CallAnnouncer::sentence(const QString &ticketNo, const QString &window,
                                const QString &windowName)
{
    // Letter by letter, so that A012 is read as "A 0 1 2", not as a word.
    QStringList characters;
    for (const QChar c : ticketNo)
        characters.append(QString(c));
    return tr("Number %1, please come to window %2, %3.")
        .arg(characters.join(QLatin1Char(' ')), window, windowName);
}

void CallAnnouncer::announce(const QString &ticketNo, const QString &window,
                             const QString &windowName)
{
    if (!m_speech)
        return;
    // A call is said twice: people in the hall often miss the first.
    const QString text = sentence(ticketNo, window, windowName);
    m_pending << text << text;
    speakNext();
}

void CallAnnouncer::speakNext()
{
#ifdef HALLDESK_HAS_SPEECH
    if (!m_speech || m_pending.isEmpty() || m_speech->state() == QTextToSpeech::Speaking)
        return;
    m_speech->say(m_pending.takeFirst());
#endif
}
