#pragma once

#include <QStringView>
#include <QtGlobal>

// Milliseconds since the epoch of a stored UTC stamp ("2026-11-23T07:24:01.123Z"). Reports
// read hundreds of thousands of them (ticket times): the fixed form the clock writes is
// read digit by digit, anything else through QDateTime. -1 when the text is no stamp.
namespace StampTime {
qint64 msecs(QStringView stamp);
}
