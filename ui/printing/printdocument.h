// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QMap>
#include <QString>

class QPrinter;
class QTextDocument;
class QWidget;

// Everything HallDesk prints (receipts, notices, service guides, letters, reports) is HTML
// laid out by QTextDocument on one of two papers, previewed, printed or saved as PDF the
// same way. All text is in the one print font (PrintFont); PDF embeds it.
struct PrintDocument
{
    enum class Paper {
        A4,      // notices, letters, guides, reports: page numbers and the footer below
        Roll80mm // thermal receipt printers: one long page 80 mm wide
    };

    QString title; // the PDF's title and the print job's name
    QString html;
    Paper paper = Paper::A4;
    QString footer;               // A4 only: left of the page numbers on every page
    QMap<QString, QImage> images; // <img src="name"> resources (charts, QR codes)

    // A QTextDocument with this content, laid out for printer's page (caller owns it).
    QTextDocument *layout(QPrinter &printer) const;
    // Prints onto an already set-up printer (a real one or a PDF file); false when the
    // printer did not take the document.
    bool print(QPrinter &printer) const;
    // Writes a PDF; false with *error set when the file cannot be written.
    bool savePdf(const QString &path, QString *error = nullptr) const;
    // Sets paper, margins and title on printer.
    void setUp(QPrinter &printer) const;
    // Shows Qt's print preview, from which the clerk prints or cancels. True only when the
    // document went to the printer (or the PDF file) from it; looking at it and closing
    // the preview prints nothing and gives false.
    bool preview(QWidget *parent) const;

    // Where a save dialog first offers to write a document named name (its title, in the
    // UI's language): the documents folder, the name made safe for a file, then suffix.
    static QString suggestedPath(const QString &name,
                                 const QString &suffix = QStringLiteral(".pdf"));
    // Escapes text for the HTML of a document.
    static QString escaped(const QString &text);
};
