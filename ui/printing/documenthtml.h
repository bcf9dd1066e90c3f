// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The building blocks of HallDesk's A4 papers (notices, letters, guides) as HTML for
// PrintDocument: one look for all of them. Text is escaped here; callers pass plain text.
namespace DocumentHtml {

// The issuing branch above, the title in large type, a reference line below.
QString heading(const QString &branch, const QString &title, const QString &reference);
// Label/value rows in a ruled table; an empty value prints as a dash.
QString fields(const QList<QPair<QString, QString>> &rows);
QString paragraph(const QString &text);
// A paragraph whose text already contains HTML (for emphasis inside a sentence).
QString richParagraph(const QString &html);
QString numbered(const QStringList &items);
QString section(const QString &title);
// Lines to sign and date on: left and right captions.
QString signatures(const QString &left, const QString &right, const QString &date);
QString bold(const QString &text);

} // namespace DocumentHtml
