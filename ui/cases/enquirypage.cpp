// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/enquirypage.h"

#include "models/enquirymodel.h"
#include "ui/cases/enquirydialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

EnquiryPage::EnquiryPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new EnquiryModel(db, this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("enquiryPage"));
    auto *add = new QPushButton(tr("Log phone enquiry..."), this);
    add->setObjectName(QStringLiteral("logEnquiry"));
    add->setToolTip(tr("Note down a call (Ctrl+N)"));
    m_view->setObjectName(QStringLiteral("enquiryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EnquiryModel::TimeColumn, 100);
    m_view->setColumnWidth(EnquiryModel::NameColumn, 90);
    m_view->setColumnWidth(EnquiryModel::UnitColumn, 170);
    m_view->setColumnWidth(EnquiryModel::ContactColumn, 130);
    m_view->setColumnWidth(EnquiryModel::SubjectColumn, 300);
    m_view->setColumnWidth(EnquiryModel::PassedToColumn, 190);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    connect(add, &QPushButton::clicked, this, &EnquiryPage::logEnquiry);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this), &QShortcut::activated, this,
            &EnquiryPage::logEnquiry);
}

EnquiryDialog *EnquiryPage::logEnquiry()
{
    auto *dialog = new EnquiryDialog(m_db, m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
