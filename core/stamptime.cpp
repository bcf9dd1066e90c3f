#include "stamptime.h"

#include "clock.h"

#include <QDateTime>

namespace {

// Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool digits(QStringView text, int from, int count, int *value)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

} // namespace

qint64 StampTime::msecs(QStringView stamp)
{
    int year, month, day, hour, minute, second, milli;
    if (stamp.size() == 24 && stamp[4] == u'-' && stamp[7] == u'-' && stamp[10] == u'T' &&
        stamp[13] == u':' && stamp[16] == u':' && stamp[19] == u'.' && stamp[23] == u'Z' &&
        digits(stamp, 0, 4, &year) && digits(stamp, 5, 2, &month) && digits(stamp, 8, 2, &day) &&
        digits(stamp, 11, 2, &hour) && digits(stamp, 14, 2, &minute) &&
        digits(stamp, 17, 2, &second) && digits(stamp, 20, 3, &milli) && month >= 1 &&
        month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 61) {
        const qint64 days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + milli;
    }
    if (stamp.isEmpty())
        return -1;
    const QDateTime t = Clock::parseStamp(stamp.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}
