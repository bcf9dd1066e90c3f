// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/scanburstfilter.h"

#include <QKeyEvent>
#include <QLineEdit>

ScanBurstFilter::ScanBurstFilter(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

void ScanBurstFilter::watch(QLineEdit *field)
{
    field->installEventFilter(this);
}

void ScanBurstFilter::reset()
{
    m_field.clear();
    m_text.clear();
    m_before.clear();
    m_cursorBefore = 0;
    m_lastMs = -1;
}

bool ScanBurstFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (!field)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const bool inBurst = m_field == field && m_lastMs >= 0 && now - m_lastMs <= MaxGapMs;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (inBurst && m_text.size() >= MinLength) {
            const QString text = m_text;
            field->setText(m_before);
            field->setCursorPosition(m_cursorBefore);
            reset();
            emit scanned(text, field);
            return true;
        }
        reset();
        return false;
    }
    const QString typed = key->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!printable) {
        if (key->key() != Qt::Key_Shift) // a reader may send Shift for an upper-case X
            reset();
        return false;
    }
    if (!inBurst) {
        reset();
        m_field = field;
        m_before = field->text();
        m_cursorBefore =
            field->hasSelectedText() ? field->selectionStart() : field->cursorPosition();
    }
    m_text += typed;
    m_lastMs = now;
    return false;
}
