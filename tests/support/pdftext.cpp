// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// CJK Radicals Supplement forms (not folded by NFKC) and traditional look-alikes that the
// font's glyphs share with the simplified characters.
const QHash<QChar, QChar> &variants()
{
    static const QHash<QChar, QChar> table = {
        {QChar(0x2EA0), QChar(0x6C11)}, // ⺠ 民
        {QChar(0x2EEC), QChar(0x9F50)}, // ⻬ 齐
        {QChar(0x2ED3), QChar(0x957F)}, // ⻓ 长
        {QChar(0x2ED4), QChar(0x95E8)}, // ⻔ 门
        {QChar(0x2EE2), QChar(0x9A6C)}, // ⻢ 马
        {QChar(0x2EC5), QChar(0x89C1)}, // ⻅ 见
        {QChar(0x2ECB), QChar(0x8F66)}, // ⻋ 车
        {QChar(0x2EE9), QChar(0x9EC4)}, // ⻩ 黄
        {QChar(0x2EDC), QChar(0x98DE)}, // ⻜ 飞
        {QChar(0x2EDA), QChar(0x9875)}, // ⻚ 页
        {QChar(0x2EDB), QChar(0x98CE)}, // ⻛ 风
        {QChar(0x2EC9), QChar(0x8D1D)}, // ⻉ 贝
        {QChar(0x2EC4), QChar(0x897F)}, // ⻄ 西
        {QChar(0x2ED8), QChar(0x9752)}, // ⻘ 青
        {QChar(0x2EF0), QChar(0x9F99)}, // ⻰ 龙
        {QChar(0x2EC6), QChar(0x89D2)}, // ⻆ 角
        {QChar(0x2E9F), QChar(0x6BCD)}, // ⺟ 母
        {QChar(0x2EE3), QChar(0x9AA8)}, // ⻣ 骨
        {QChar(0x2EE4), QChar(0x9B3C)}, // ⻤ 鬼
        {QChar(0x2EE6), QChar(0x9E1F)}, // ⻦ 鸟
        {QChar(0x2EE5), QChar(0x9C7C)}, // ⻥ 鱼
        {QChar(0x2EEE), QChar(0x9F7F)}, // ⻮ 齿
        {QChar(0x2EF3), QChar(0x9F9F)}, // ⻳ 龟
        {QChar(0x2EE8), QChar(0x9EA6)}, // ⻨ 麦
        {QChar(0x6236), QChar(0x6237)}, // 戶 户
    };
    return table;
}

} // namespace

QString foldCjk(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    const QHash<QChar, QChar> &table = variants();
    for (QChar &c : folded)
        c = table.value(c, c);
    return folded;
}

QString pdfText(const QString &path)
{
    return foldCjk(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
}

bool pdfContains(const QString &pdf, const QString &printed)
{
    // Lines break anywhere in Chinese text: compare without line breaks.
    QString flat = pdf;
    flat.remove(QLatin1Char('\n'));
    return flat.contains(foldCjk(printed));
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}
