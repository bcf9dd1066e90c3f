// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

namespace {

// The text a widget shows, without the '&' of a mnemonic ("&&" is one literal '&').
QString shownText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}

// The mnemonic letter of a text ("Save (&S)" → 'S'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
        ++i;
    }
    return QChar();
}

QString describe(const QWidget *widget, const QString &text)
{
    const QString name =
        widget->objectName().isEmpty() ? QStringLiteral("(no name)") : widget->objectName();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), name, shownText(text));
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

bool shown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->width() > 0;
}

// A label that elides or clips: one line too wide, or wrapped lines taller than the label.
bool labelClipped(const QLabel *label)
{
    const QString text = label->text();
    if (text.isEmpty() || label->pixmap().cacheKey() != 0)
        return false;
    const QRect room = label->contentsRect();
    const int indent = qMax(0, label->indent()) + 2 * label->margin();
    if (label->wordWrap() || Qt::mightBeRichText(text))
        return label->heightForWidth(label->width()) > label->height() + 1;
    return widestLine(label->fontMetrics(), shownText(text)) + indent > room.width() + 1;
}

bool buttonClipped(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return false;
    if (qobject_cast<const QToolButton *>(button) &&
        static_cast<const QToolButton *>(button)->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return false;
    return button->width() + 1 < button->minimumSizeHint().width() ||
           button->height() + 1 < button->minimumSizeHint().height();
}

void checkHeader(const QHeaderView *header, QStringList *problems)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const int count = header->count();
    for (int section = 0; section < count; ++section) {
        if (header->isSectionHidden(section) || header->orientation() != Qt::Horizontal)
            continue;
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        QStyleOptionHeader option;
        option.initFrom(header);
        option.text = text;
        option.section = section;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
        const int needed = widestLine(header->fontMetrics(), text) + 2 * margin;
        if (needed > header->sectionSize(section) + 1)
            problems->append(QStringLiteral("column header \"%1\" of %2 needs %3 px, has %4")
                                 .arg(text, header->parentWidget()->objectName())
                                 .arg(needed)
                                 .arg(header->sectionSize(section)));
    }
}

// A short value (a code, a state, a kind, a date: at most 10 characters) is never elided in
// the rows on screen; longer ones (a matter's name, an address) may be, and so may anything
// in a stretched column.
void checkShortCells(const QAbstractItemView *view, QStringList *problems)
{
    const QAbstractItemModel *model = view->model();
    const auto *table = qobject_cast<const QTableView *>(view);
    if (!model || !table)
        return;
    const int rows = qMin(model->rowCount(), 30);
    for (int column = 0; column < model->columnCount(); ++column) {
        // A stretched column is the one for free text (a matter, a list of fees): it may elide.
        const QHeaderView *header = table->horizontalHeader();
        const bool stretched = header->sectionResizeMode(column) == QHeaderView::Stretch ||
                               (header->stretchLastSection() && column == header->count() - 1);
        if (table->isColumnHidden(column) || stretched)
            continue;
        for (int row = 0; row < rows; ++row) {
            const QString text = model->index(row, column).data().toString();
            if (text.isEmpty() || text.size() > 10 || text.contains(QLatin1Char('\n')))
                continue;
            const int needed = view->fontMetrics().horizontalAdvance(text) + 8;
            if (needed > table->columnWidth(column) + 1) {
                problems->append(QStringLiteral("cell \"%1\" of %2 needs %3 px, has %4")
                                     .arg(text, view->objectName())
                                     .arg(needed)
                                     .arg(table->columnWidth(column)));
                break;
            }
        }
    }
}

void checkTabs(const QTabBar *tabs, QStringList *problems)
{
    for (int i = 0; i < tabs->count(); ++i) {
        const QString text = shownText(tabs->tabText(i));
        const int needed = tabs->fontMetrics().horizontalAdvance(text);
        if (needed > tabs->tabRect(i).width())
            problems->append(QStringLiteral("tab \"%1\" needs %2 px, has %3")
                                 .arg(text)
                                 .arg(needed)
                                 .arg(tabs->tabRect(i).width()));
    }
}

} // namespace

namespace ScreenFit {

QStringList clippedTexts(QWidget *window)
{
    QStringList problems;
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (shown(label, window) && labelClipped(label))
            problems.append(QStringLiteral("does not fit: ") + describe(label, label->text()));
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (shown(button, window) && buttonClipped(button))
            problems.append(QStringLiteral("does not fit: ") + describe(button, button->text()));
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        if (shown(box, window) &&
            box->fontMetrics().horizontalAdvance(shownText(box->title())) > box->width())
            problems.append(QStringLiteral("does not fit: ") + describe(box, box->title()));
    for (const QHeaderView *header : window->findChildren<QHeaderView *>())
        if (shown(header, window))
            checkHeader(header, &problems);
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
        if (shown(view, window))
            checkShortCells(view, &problems);
    for (const QTabBar *tabs : window->findChildren<QTabBar *>())
        if (shown(tabs, window))
            checkTabs(tabs, &problems);
    return problems;
}

QStringList duplicateMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&](const QWidget *widget, const QString &text) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull() && shown(widget, window))
            owners[key].append(describe(widget, text));
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        note(button, button->text());
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy())
            note(label, label->text());
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        if (box->isCheckable())
            note(box, box->title());
    for (const QTabBar *tabs : window->findChildren<QTabBar *>())
        for (int i = 0; i < tabs->count(); ++i)
            note(tabs, tabs->tabText(i));
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it->size() > 1)
            problems.append(
                QStringLiteral("Alt+%1 is on %2").arg(it.key(), it->join(QStringLiteral(" and "))));
    return problems;
}

QStringList problems(QWidget *window)
{
    QStringList all = clippedTexts(window) + duplicateMnemonics(window);
    if (window->width() > 1366 || window->height() > 768)
        all.append(QStringLiteral("the window is %1×%2, larger than a 1366×768 screen")
                       .arg(window->width())
                       .arg(window->height()));
    return all;
}

} // namespace ScreenFit
