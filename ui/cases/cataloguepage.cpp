// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/cataloguepage.h"

#include "core/common/businessday.h"
#include "models/cataloguemodel.h"
#include "ui/cases/serviceguide.h"
#include "ui/shell/headerfit.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

CataloguePage::CataloguePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new CatalogueModel(db, this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_guide(new QTextBrowser(this)),
      m_print(new QPushButton(tr("Print service guide..."), this)),
      m_save(new QPushButton(tr("Save as PDF..."), this))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_printHandler = [this](const PrintDocument &doc) { doc.preview(this); };

    setUpList();
    setUpGuide();
    layOut();
    connectSignals();
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

// The search box and the list of matters.
void CataloguePage::setUpList()
{
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Find a matter by name, code or department (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CatalogueModel::CodeColumn, 64);
    m_view->setColumnWidth(CatalogueModel::NameColumn, 250);
    m_view->setColumnWidth(CatalogueModel::DepartmentColumn, 170);
    m_view->hideColumn(CatalogueModel::WindowColumn);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogueModel::ModeColumn,
                                                     QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_view->horizontalHeader());
}

// The service guide and its print and save buttons.
void CataloguePage::setUpGuide()
{
    m_guide->setObjectName(QStringLiteral("guide"));
    m_guide->setOpenLinks(false);
    m_guide->document()->setDocumentMargin(16);
    m_print->setObjectName(QStringLiteral("printGuide"));
    m_print->setToolTip(tr("Print the service guide of the selected matter (Ctrl+P)"));
    m_save->setObjectName(QStringLiteral("saveGuide"));
}

// The list on the left, the guide with its buttons on the right.
void CataloguePage::layOut()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch();
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_guide, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(split, 1);
}

// Searching, choosing a matter, printing and saving; Ctrl+P prints, Ctrl+F goes to search.
void CataloguePage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->selectRow(0);
            m_view->setFocus();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showItem(current.data(CatalogueModel::CodeRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_print, &QPushButton::clicked, this, &CataloguePage::printGuide);
    connect(m_save, &QPushButton::clicked, this, &CataloguePage::saveGuide);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this), &QShortcut::activated, this,
            &CataloguePage::printGuide);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this), &QShortcut::activated,
            m_search, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
}

void CataloguePage::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_model->setSearchText(text);
}

bool CataloguePage::selectItem(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return m_code == code;
}

QString CataloguePage::guideText() const
{
    return m_guide->toPlainText();
}

void CataloguePage::showItem(const QString &code)
{
    const Result<ServiceGuide::Content> content = ServiceGuide::load(m_db, code);
    if (!content) {
        m_guide->setPlainText(content.error().message());
        return;
    }
    m_code = code;
    m_guide->setHtml(ServiceGuide::html(content.value()));
    m_print->setEnabled(true);
    m_save->setEnabled(true);
}

void CataloguePage::printGuide()
{
    if (m_code.isEmpty())
        return;
    const Result<ServiceGuide::Content> content = ServiceGuide::load(m_db, m_code);
    if (content)
        m_printHandler(ServiceGuide::document(content.value(), BusinessDay::today()));
}

void CataloguePage::saveGuide()
{
    if (m_code.isEmpty())
        return;
    const Result<ServiceGuide::Content> content = ServiceGuide::load(m_db, m_code);
    if (!content)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save service guide"),
        dir + QLatin1Char('/') + tr("Service guide %1.pdf").arg(m_code), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ServiceGuide::document(content.value(), BusinessDay::today()).savePdf(path, &error))
        QMessageBox::warning(this, tr("Save service guide"),
                             tr("The PDF could not be written: %1").arg(error));
}
