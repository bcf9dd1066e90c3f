// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/queuefigurespanel.h"

#include "core/queue/queuefigures.h"
#include "core/queue/ticket.h"
#include "core/storage/database.h"
#include "models/categoryloadmodel.h"
#include "models/windowloadmodel.h"
#include "ui/shell/headerfit.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

} // namespace

QueueFiguresPanel::QueueFiguresPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_categories(new CategoryLoadModel(db, this)),
      m_windows(new WindowLoadModel(db, this)), m_figureGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("queueFigures"));
    addFigure("waitingNow", tr("Waiting now"));
    addFigure("longestWait", tr("Longest wait now"));
    addFigure("averageWait", tr("Average wait today"));
    addFigure("averageService", tr("Average service today"));
    addFigure("issuedToday", tr("Tickets today"));
    addFigure("servedToday", tr("Served today"));
    addFigure("noShowToday", tr("Did not come"));
    m_figureGrid->setHorizontalSpacing(12);

    auto *categoryBox = new QGroupBox(tr("Waiting per category"), this);
    auto *categoryLayout = new QVBoxLayout(categoryBox);
    QTableView *categories = tableFor(m_categories, categoryBox, "categoryLoadView");
    categoryLayout->addWidget(categories);
    auto *windowBox = new QGroupBox(tr("Tickets per window today"), this);
    auto *windowLayout = new QVBoxLayout(windowBox);
    QTableView *windows = tableFor(m_windows, windowBox, "windowLoadView");
    windows->horizontalHeader()->setSectionResizeMode(WindowLoadModel::WindowColumn,
                                                      QHeaderView::ResizeToContents);
    windowLayout->addWidget(windows);
    HeaderFit::toTitles(categories->horizontalHeader());
    HeaderFit::toTitles(windows->horizontalHeader());

    auto *note = new QLabel(tr("Waiting and service times come from the day's calls and ends "
                               "of service; a ticket transferred counts at each window."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *lists = new QHBoxLayout;
    lists->addWidget(categoryBox, 2);
    lists->addWidget(windowBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(m_figureGrid);
    layout->addLayout(lists, 1);
    layout->addWidget(note);

    connect(&m_db, &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")))
            refresh();
    });
    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, this, [this] {
        m_categories->reload();
        refresh();
    });
    tick->start();
    refresh();
}

QLabel *QueueFiguresPanel::addFigure(const char *name, const QString &title)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setStyleSheet(QStringLiteral("QFrame { background: white; border-radius: 6px; }"));
    auto *caption = new QLabel(title, box);
    caption->setWordWrap(true);
    caption->setStyleSheet(QStringLiteral("color: #555;"));
    auto *value = new QLabel(box);
    value->setObjectName(QLatin1String(name));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    value->setStyleSheet(QStringLiteral("color: #1f4e8c;"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(caption);
    layout->addWidget(value);
    m_figureGrid->addWidget(box, 0, int(m_figures.size()));
    m_figureGrid->setColumnStretch(int(m_figures.size()), 1);
    m_figures.append(value);
    return value;
}

void QueueFiguresPanel::refresh()
{
    const QueueFigures f = QueueFigures::compute(m_db.connection());
    const QLocale locale;
    const auto set = [this](const char *name, const QString &text) {
        for (QLabel *l : std::as_const(m_figures)) {
            if (l->objectName() == QLatin1String(name))
                l->setText(text);
        }
    };
    set("waitingNow", locale.toString(f.waiting));
    set("longestWait", f.waiting > 0 ? TicketText::duration(f.longestWaitS) : QStringLiteral("—"));
    set("averageWait", f.calls > 0 ? TicketText::duration(f.averageWaitS) : QStringLiteral("—"));
    set("averageService",
        f.finished > 0 ? TicketText::duration(f.averageServiceS) : QStringLiteral("—"));
    set("issuedToday", locale.toString(f.issued));
    set("servedToday", locale.toString(f.served));
    set("noShowToday", locale.toString(f.noShow));
}

QString QueueFiguresPanel::figure(const QString &name) const
{
    for (const QLabel *l : m_figures) {
        if (l->objectName() == name)
            return l->text();
    }
    return QString();
}
