// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/casepage.h"

#include "core/master/cataloguesearch.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "models/caselistmodel.h"
#include "models/windowlistmodel.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/cases/caserowdelegate.h"
#include "ui/cases/registercasedialog.h"
#include "ui/shell/headerfit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QComboBox *filterCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel *swatch(QWidget *parent, DueState state, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 2px 8px; "
                                        "border-radius: 3px;")
                             .arg(CaseListModel::dueBackground(state).name(),
                                  CaseListModel::dueForeground(state).name()));
    return label;
}

} // namespace

CasePage::CasePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new CaseListModel(db, this)),
      m_view(new QTableView(this)), m_caseNo(new QLineEdit(this)),
      m_kind(filterCombo(this, "kindFilter")), m_status(filterCombo(this, "statusFilter")),
      m_due(filterCombo(this, "dueFilter")), m_window(filterCombo(this, "windowFilter")),
      m_item(filterCombo(this, "itemFilter")), m_clerk(filterCombo(this, "clerkFilter")),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("casePage"));

    QHBoxLayout *top = buildTopRow();
    fillFilters();
    QHBoxLayout *filters = buildFilterRow();
    setUpView();
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    addShortcuts();
    applyFilter();
}

// New and open, the case number search, and the key to the row colours.
QHBoxLayout *CasePage::buildTopRow()
{
    auto *add = new QPushButton(tr("New case..."), this);
    add->setObjectName(QStringLiteral("newCase"));
    add->setToolTip(tr("Register a case, complaint or petition (Ctrl+N)"));
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("openCase"));
    open->setToolTip(tr("Open the selected case (Enter)"));
    m_caseNo->setObjectName(QStringLiteral("caseNoSearch"));
    m_caseNo->setPlaceholderText(tr("Case number (Ctrl+F)"));
    m_caseNo->setClearButtonEnabled(true);
    m_caseNo->setMinimumWidth(240);
    connect(open, &QPushButton::clicked, this, &CasePage::openCurrent);
    connect(add, &QPushButton::clicked, this, &CasePage::newCase);

    auto *top = new QHBoxLayout;
    top->addWidget(add);
    top->addWidget(open);
    top->addSpacing(16);
    top->addWidget(m_caseNo);
    top->addStretch();
    top->addWidget(
        swatch(this, DueState::DueSoon,
               tr("Due within %n working day(s)", nullptr, CaseDeadline::DueSoonWorkingDays)));
    top->addWidget(swatch(this, DueState::Overdue, tr("Overdue")));
    return top;
}

// The choices of each filter: kinds, statuses, time limits, windows, matters and clerks
// (the signed-in one first).
void CasePage::fillFilters()
{
    m_kind->addItem(tr("All kinds"));
    for (CaseKind k : CaseState::allKinds())
        m_kind->addItem(CaseState::kindName(k), CaseState::kindKey(k));
    m_status->addItem(tr("Not yet finished"), CaseFilter::openStatus());
    m_status->addItem(tr("All statuses"), QString());
    for (CaseStatus s : CaseState::all())
        m_status->addItem(CaseState::displayName(s), CaseState::key(s));
    m_due->addItem(tr("Any time limit"), int(CaseFilter::Due::Any));
    m_due->addItem(tr("Due soon or overdue"), int(CaseFilter::Due::Warnings));
    m_due->addItem(tr("Due soon"), int(CaseFilter::Due::DueSoon));
    m_due->addItem(tr("Overdue"), int(CaseFilter::Due::Overdue));
    m_window->addItem(tr("All windows"), QString());
    WindowListModel windows(m_db);
    for (int r = 0; r < windows.rowCount(); ++r) {
        const QModelIndex i = windows.index(r);
        m_window->addItem(i.data().toString(), i.data(WindowListModel::CodeRole));
    }
    m_item->addItem(tr("All matters"), QString());
    const Result<QList<CatalogueEntry>> items =
        CatalogueSearch::find(m_db.connection(), QString(), 0, 1000);
    if (items) {
        for (const CatalogueEntry &e : items.value())
            m_item->addItem(QStringLiteral("%1 %2").arg(e.code, e.name), e.code);
    }
    m_item->setMaximumWidth(320);
    m_clerk->addItem(tr("Anyone"), QString());
    if (!m_session.staffNo.isEmpty())
        m_clerk->addItem(tr("Mine (%1)").arg(m_session.staffNo), m_session.staffNo);
    const QList<StaffRecord> staff = StaffService(m_db).list();
    for (const StaffRecord &s : staff) {
        if (s.staffNo != m_session.staffNo)
            m_clerk->addItem(QStringLiteral("%1 %2").arg(s.staffNo, s.name), s.staffNo);
    }
}

QHBoxLayout *CasePage::buildFilterRow()
{
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_kind, m_status, m_due, m_window, m_item, m_clerk}) {
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &CasePage::applyFilter);
    }
    filters->addStretch();
    connect(m_caseNo, &QLineEdit::textChanged, this, &CasePage::applyFilter);
    return filters;
}

void CasePage::setUpView()
{
    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CaseRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Row colours carry the due state: no alternating colours to confuse them.
    m_view->setAlternatingRowColors(false);
    m_view->setColumnWidth(CaseListModel::CaseNoColumn, 205);
    m_view->setColumnWidth(CaseListModel::ItemColumn, 240);
    m_view->setColumnWidth(CaseListModel::ApplicantColumn, 80);
    // Short values (a kind, a state, a window, a staff number) are shown whole in every
    // language: those columns follow their contents and titles.
    for (const int column : {int(CaseListModel::KindColumn), int(CaseListModel::StatusColumn),
                             int(CaseListModel::WindowColumn), int(CaseListModel::ClerkColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_view->horizontalHeader());
    m_view->setColumnWidth(CaseListModel::RegisteredColumn, 100);
    m_view->setColumnWidth(CaseListModel::DueColumn, 100);
    connect(m_view, &QTableView::activated, this, &CasePage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasePage::updateSummary);
}

// Ctrl+N registers a new case, Ctrl+F goes to the case number search.
void CasePage::addShortcuts()
{
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this), &QShortcut::activated, this,
            &CasePage::newCase);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this), &QShortcut::activated,
            m_caseNo, [this] {
                m_caseNo->setFocus();
                m_caseNo->selectAll();
            });
}

CaseFilter CasePage::filter() const
{
    CaseFilter f;
    CaseKind kind;
    if (CaseState::kindFromKey(m_kind->currentData().toString(), &kind))
        f.kind = kind;
    f.status = m_status->currentData().toString();
    f.due = CaseFilter::Due(m_due->currentData().toInt());
    f.windowCode = m_window->currentData().toString();
    f.itemCode = m_item->currentData().toString();
    f.clerk = m_clerk->currentData().toString();
    f.caseNoPrefix = m_caseNo->text().trimmed();
    // What still needs doing comes by urgency; the rest as it came in.
    f.order = f.status == CaseFilter::openStatus() || f.due != CaseFilter::Due::Any
                  ? CaseFilter::Order::DueDate
                  : CaseFilter::Order::Newest;
    return f;
}

bool CasePage::setFilterControl(const QString &name, const QVariant &value)
{
    if (name == QLatin1String("caseNo")) {
        m_caseNo->setText(value.toString());
        return true;
    }
    auto *combo = findChild<QComboBox *>(name);
    if (!combo)
        return false;
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void CasePage::applyFilter()
{
    m_model->setFilter(filter());
    // The first row is current (Enter opens it, arrows move on) without hiding its colour.
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
}

void CasePage::updateSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    m_summary->setText(m_model->canFetchMore({}) ? tr("%n case(s) shown; scroll down for more.",
                                                      nullptr, m_model->rowCount())
                                                 : tr("%n case(s).", nullptr, m_model->rowCount()));
}

void CasePage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openCase(current.data(CaseListModel::CaseNoRole).toString());
}

CaseDetailDialog *CasePage::openCase(const QString &caseNo)
{
    auto *dialog = new CaseDetailDialog(m_db, m_session, caseNo, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RegisterCaseDialog *CasePage::newCase()
{
    auto *dialog = new RegisterCaseDialog(m_db, m_session, QString(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterCaseDialog::caseRegistered, this,
            [this](const QString &caseNo) { openCase(caseNo); });
    dialog->open();
    return dialog;
}
