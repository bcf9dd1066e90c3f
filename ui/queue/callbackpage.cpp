// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/callbackpage.h"

#include "core/common/businessday.h"
#include "core/common/mobilenumber.h"
#include "core/queue/callbackservice.h"
#include "core/queue/ratingservice.h"
#include "core/storage/database.h"
#include "models/callbackmodel.h"
#include "ui/shell/headerfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

CallbackPage::CallbackPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new CallbackModel(db, this)),
      m_view(new QTableView(this)), m_showDone(new QCheckBox(tr("Show finished callbacks"), this)),
      m_details(new QLabel(this)), m_phone(new QLabel(this)),
      m_revealPhone(new QPushButton(tr("Show number"), this)), m_outcome(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_reached(new QPushButton(tr("Reached"), this)),
      m_notReached(new QPushButton(tr("Not reached"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("callbackPage"));
    setUpView();
    auto *legend = new QLabel(tr("Overdue callbacks are shown in red: a bad rating is to be "
                                 "called back within one working day."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    QGroupBox *detail = buildDetailGroup();
    layOutPage(legend, detail);

    const bool canRecord = session.can(Permission::ServeCustomers) && !session.staffNo.isEmpty();
    m_reached->setVisible(canRecord);
    m_notReached->setVisible(canRecord);
    m_outcome->setEnabled(canRecord);
    m_notes->setReadOnly(!canRecord);

    connectSignals();
    showSelected();
}

void CallbackPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("callbackView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_view->horizontalHeader());
}

// The selected callback: its details, the phone (masked until asked), the call's outcome.
QGroupBox *CallbackPage::buildDetailGroup()
{
    auto *detail = new QGroupBox(tr("Callback"), this);
    m_details->setObjectName(QStringLiteral("callbackDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_phone->setObjectName(QStringLiteral("callbackPhone"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString &o : CallbackService::reachedOutcomes())
        m_outcome->addItem(CallbackService::outcomeName(o), o);
    m_outcome->setObjectName(QStringLiteral("callbackOutcome"));
    m_notes->setObjectName(QStringLiteral("callbackNotes"));
    m_notes->setPlaceholderText(tr("What the customer said, what was agreed"));
    m_notes->setMaximumHeight(90);
    m_reached->setObjectName(QStringLiteral("reachedButton"));
    m_notReached->setObjectName(QStringLiteral("notReachedButton"));
    m_message->setObjectName(QStringLiteral("callbackMessage"));
    m_message->setWordWrap(true);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_revealPhone);
    phoneRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Phone:"), phoneRow);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reached);
    buttons->addWidget(m_notReached);
    buttons->addStretch();
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(form);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_message);
    detailLayout->addStretch();
    return detail;
}

// The list (with its filter and legend) beside the selected callback's details.
void CallbackPage::layOutPage(QLabel *legend, QGroupBox *detail)
{
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_showDone);
    below->addStretch();
    listLayout->addLayout(below);
    listLayout->addWidget(legend);

    // Long notes scroll inside the details: they never make the main window taller than
    // the screen.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("callbackDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setWidget(detail);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);
}

void CallbackPage::connectSignals()
{
    connect(m_showDone, &QCheckBox::toggled, m_model, &CallbackModel::setShowDone);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selected = current.isValid()
                                 ? current.data(CallbackModel::CallbackIdRole).toString()
                                 : QString();
                showSelected();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selected);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_selected.clear();
        showSelected();
    });
    connect(m_revealPhone, &QPushButton::clicked, this, [this] {
        const Result<Callback> c = CallbackService(m_db).find(m_selected);
        if (c)
            m_phone->setText(c->contactPhone);
    });
    connect(m_reached, &QPushButton::clicked, this,
            [this] { record(true, m_outcome->currentData().toString(), m_notes->toPlainText()); });
    connect(m_notReached, &QPushButton::clicked, this,
            [this] { record(false, QString(), m_notes->toPlainText()); });
}

void CallbackPage::select(int row)
{
    m_view->selectRow(row);
}

QString CallbackPage::message() const
{
    return m_message->text();
}

void CallbackPage::showSelected()
{
    const int row = m_model->rowOf(m_selected);
    const bool has = row >= 0;
    const Callback c = has ? m_model->callback(row) : Callback();
    const bool open = has && c.isOpen();
    m_reached->setEnabled(open);
    m_notReached->setEnabled(open);
    m_revealPhone->setEnabled(has && !c.contactPhone.isEmpty());
    if (!has) {
        m_details->setText(tr("Choose a callback from the list."));
        m_phone->clear();
        return;
    }
    QStringList lines;
    const QString name = m_model->customerName(row);
    lines << (name.isEmpty() ? tr("Customer not registered") : tr("Customer: %1").arg(name));
    if (!c.ticketNo.isEmpty())
        lines << tr("Ticket %1 on %2, served by staff no. %3 at window %4")
                     .arg(c.ticketNo, c.businessDay.toString(Qt::ISODate), c.staffNo, c.windowCode);
    if (!c.caseNo.isEmpty())
        lines << tr("Case %1").arg(c.caseNo);
    if (c.score > 0)
        lines << tr("Rating: %1").arg(RatingService::scoreName(c.score));
    lines << tr("Due on %1%2")
                 .arg(c.dueOn.toString(Qt::ISODate),
                      c.isOverdue(BusinessDay::today()) ? tr(" (overdue)") : QString());
    lines << tr("Attempts: %1").arg(c.attempts);
    if (c.isOpen() && c.retryAfter.isValid())
        lines << tr("Not reached last time: try again from %1")
                     .arg(c.retryAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!c.isOpen())
        lines << tr("Finished on %1: %2")
                     .arg(c.doneOn.toString(Qt::ISODate), CallbackService::outcomeName(c.outcome));
    if (!c.notes.isEmpty())
        lines << tr("Notes:\n%1").arg(c.notes);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_phone->setText(c.contactPhone.isEmpty() ? tr("no number")
                                              : MobileNumber::mask(c.contactPhone));
}

void CallbackPage::record(bool reached, const QString &outcome, const QString &notes)
{
    if (m_selected.isEmpty())
        return;
    const Result<Callback> c =
        CallbackService(m_db).record(m_session, m_selected, {reached, outcome, notes});
    if (!c) {
        m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_message->setText(c.error().message());
        return;
    }
    m_notes->clear();
    m_message->setStyleSheet(QStringLiteral("color: #1d7a35;"));
    if (!c->isOpen())
        m_message->setText(
            tr("Callback finished: %1.").arg(CallbackService::outcomeName(c->outcome)));
    else
        m_message->setText(
            tr("Not reached (attempt %1). Try again from %2.")
                .arg(c->attempts)
                .arg(c->retryAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}
