// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportsection.h"

#include "core/common/money.h"

#include <QLocale>

ReportValue ReportValue::text(const QString &text)
{
    ReportValue v;
    v.m_kind = Kind::Text;
    v.m_text = text;
    return v;
}

ReportValue ReportValue::count(qint64 n)
{
    ReportValue v;
    v.m_kind = Kind::Count;
    v.m_integer = n;
    return v;
}

ReportValue ReportValue::money(qint64 fen)
{
    ReportValue v;
    v.m_kind = Kind::Money;
    v.m_integer = fen;
    return v;
}

ReportValue ReportValue::ratio(qint64 part, qint64 whole)
{
    ReportValue v;
    if (whole <= 0)
        return v;
    v.m_kind = Kind::Percent;
    v.m_real = 100.0 * double(part) / double(whole);
    return v;
}

ReportValue ReportValue::minutes(double minutes)
{
    ReportValue v;
    if (minutes < 0)
        return v;
    v.m_kind = Kind::Minutes;
    v.m_real = minutes;
    return v;
}

ReportValue ReportValue::score(double average)
{
    ReportValue v;
    if (average < 0)
        return v;
    v.m_kind = Kind::Score;
    v.m_real = average;
    return v;
}

QString ReportValue::display() const
{
    switch (m_kind) {
    case Kind::Empty:
        return QStringLiteral("-");
    case Kind::Text:
        return m_text;
    case Kind::Count:
        return QLocale(QLocale::English).toString(m_integer);
    case Kind::Money:
        return Money::fromFen(m_integer).format();
    case Kind::Percent:
        return QString::number(m_real, 'f', 1) + QLatin1Char('%');
    case Kind::Minutes:
        return QString::number(m_real, 'f', 1);
    case Kind::Score:
        return QString::number(m_real, 'f', 2);
    }
    return QString();
}

QString ReportValue::csv() const
{
    switch (m_kind) {
    case Kind::Empty:
        return QString();
    case Kind::Text:
        return m_text;
    case Kind::Count:
        return QString::number(m_integer);
    case Kind::Money:
        return Money::fromFen(m_integer).formatPlain();
    case Kind::Percent:
        return QString::number(m_real, 'f', 1) + QLatin1Char('%');
    case Kind::Minutes:
        return QString::number(m_real, 'f', 1);
    case Kind::Score:
        return QString::number(m_real, 'f', 2);
    }
    return QString();
}
