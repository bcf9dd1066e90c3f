// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QLineEdit;

// Recognises what an ID-card reader or a barcode scanner types when it acts as a keyboard:
// a burst of characters, each within MaxGapMs of the one before, ending in Enter. A person
// does not type that fast for long. The burst is taken back out of the field it landed
// in, its Enter never reaches the field (no dialog's default button fires, no search runs
// for half a number), and scanned() says what was read, so the screen can put it where it
// belongs (the ID field, the SIM field) and act on it.
class ScanBurstFilter : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxGapMs = 50;
    static constexpr int MinLength = 8;

    explicit ScanBurstFilter(QObject *parent = nullptr);
    // Watches a field for bursts (as long as both exist).
    void watch(QLineEdit *field);

signals:
    void scanned(const QString &text, QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();

    QElapsedTimer m_clock;
    QPointer<QLineEdit> m_field; // where the current burst is landing
    QString m_text;              // what it typed so far
    QString m_before;            // the field's text before the burst began
    int m_cursorBefore = 0;
    qint64 m_lastMs = -1;
};
