// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printing/printdocument.h"

#include "ui/printing/printfont.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace {

constexpr double RollWidthMm = 80.0;
constexpr double RollMarginMm = 4.0;
constexpr double A4MarginMm = 18.0;
// Below the text on every A4 page: page numbers and the footer line.
constexpr double FooterMm = 8.0;

QFont documentFont(PrintDocument::Paper paper)
{
    return PrintFont::font(paper == PrintDocument::Paper::Roll80mm ? 8.5 : 10.5);
}

double mmToDevice(double mm, const QPrinter &printer)
{
    return mm / 25.4 * printer.resolution();
}

} // namespace

QString PrintDocument::suggestedPath(const QString &name, const QString &suffix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString file = name.trimmed();
    // Characters some file systems refuse or read as a folder.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    file.replace(unsafe, QStringLiteral("-"));
    return QDir(folder).filePath(file + suffix);
}

QString PrintDocument::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

void PrintDocument::setUp(QPrinter &printer) const
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("HallDesk"));
    if (paper == Paper::Roll80mm) {
        // A roll has no page length: lay the text out at the roll's width on a long page,
        // then make the one page exactly as long as the text.
        printer.setFullPage(false);
        printer.setPageMargins(QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm),
                               QPageLayout::Millimeter);
        printer.setPageSize(QPageSize(QSizeF(RollWidthMm, 2000), QPageSize::Millimeter,
                                      QStringLiteral("Roll 80 mm"), QPageSize::ExactMatch));
        const std::unique_ptr<QTextDocument> measure(layout(printer));
        const double textMm = measure->size().height() / printer.resolution() * 25.4;
        printer.setPageSize(
            QPageSize(QSizeF(RollWidthMm, qMax(60.0, textMm + 2 * RollMarginMm + 4)),
                      QPageSize::Millimeter, QStringLiteral("Roll 80 mm"), QPageSize::ExactMatch));
    } else {
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
        printer.setPageMargins(QMarginsF(A4MarginMm, A4MarginMm, A4MarginMm, A4MarginMm),
                               QPageLayout::Millimeter);
    }
}

QTextDocument *PrintDocument::layout(QPrinter &printer) const
{
    auto *doc = new QTextDocument;
    doc->documentLayout()->setPaintDevice(&printer);
    doc->setDefaultFont(documentFont(paper));
    doc->setDocumentMargin(0);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc->setHtml(html);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    QSizeF size = page.size();
    if (paper == Paper::A4)
        size.setHeight(size.height() - mmToDevice(FooterMm, printer));
    doc->setPageSize(size);
    return doc;
}

bool PrintDocument::print(QPrinter &printer) const
{
    const std::unique_ptr<QTextDocument> doc(layout(printer));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QSizeF page = doc->pageSize();
    const int pages = qMax(1, doc->pageCount());
    QFont footerFont = documentFont(paper);
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        // One device pixel short: a line the layout moved to the next page starts exactly at
        // this page's end and must not be drawn (clipped, but still text in a PDF) here too.
        const QRectF clip(0, page.height() * i, page.width(), page.height() - 1);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (paper == Paper::A4) {
            painter.setFont(QFont(footerFont, &printer));
            const QRectF footerRect(0, page.height() + mmToDevice(2, printer), page.width(),
                                    mmToDevice(FooterMm - 2, printer));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawLine(footerRect.topLeft(), footerRect.topRight());
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        }
    }
    return painter.end();
}

bool PrintDocument::savePdf(const QString &path, QString *error) const
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = probe.errorString();
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUp(printer);
    if (!print(printer)) {
        if (error)
            *error = QCoreApplication::translate("PrintDocument", "the PDF could not be drawn");
        return false;
    }
    return true;
}

bool PrintDocument::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    // A tall page wants a tall preview, but never taller than the clerk's screen.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 9 / 10 : QSize(900, 690);
    dialog.resize(QSize(900, 1000).boundedTo(room));
    // The preview draws its pages through a recording engine (QPaintEngine::Picture); a
    // paint request with the printer's own engine is the print the clerk asked for.
    bool printed = false;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this, &printed](QPrinter *target) {
                         const QPaintEngine *engine = target->paintEngine();
                         const bool real = engine && engine->type() != QPaintEngine::Picture;
                         if (print(*target) && real)
                             printed = true;
                     });
    return dialog.exec() == QDialog::Accepted && printed;
}
