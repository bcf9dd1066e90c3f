// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;
class QWidget;

// Prints a receipt the way every screen does: the receipt is marked with the copy it will
// be (the original, or a reprint marked 补打; a supervisor approves reprints beyond the
// free ones), goes to Qt's print preview or into a PDF file, and only once the printer or
// the file took it is the print recorded (a reprint logged). A preview closed without
// printing counts nothing.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)
public:
    ReceiptPrinter(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // pdfPath empty: the print preview (parent is its parent). False with *error (in the
    // UI's language) when the print was refused, the preview closed without printing, or
    // the file could not be written.
    bool print(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
               const QString &pdfPath, QString *error);

    // Where a receipt goes without a dialog: true once it took the document, else false
    // with *error set.
    using Device = std::function<bool(const PrintDocument &doc, QString *error)>;
    // The system's default printer.
    static bool defaultPrinter(const PrintDocument &doc, QString *error);
    // Prints at once on device (the default printer when empty), recorded the same way.
    bool printNow(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                  const Device &device, QString *error);

private:
    bool output(QWidget *parent, const QString &receiptNo, PrintDocument::Paper paper,
                const Device &device, QString *error);

    Database &m_db;
    Session m_session;
};
