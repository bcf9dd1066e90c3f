// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/staffpage.h"

#include "core/staff/staffservice.h"
#include "models/staffmodel.h"
#include "ui/admin/staffaccountdialog.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/headerfit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

StaffPage::StaffPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new StaffModel(db, this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("Add staff member..."), this)),
      m_reset(new QPushButton(tr("Reset password..."), this)),
      m_toggle(new QPushButton(tr("Disable"), this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("staffPage"));
    m_view->setObjectName(QStringLiteral("staffView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->setColumnWidth(StaffModel::StaffNoColumn, 110);
    m_view->setColumnWidth(StaffModel::NameColumn, 140);
    m_view->setColumnWidth(StaffModel::RoleColumn, 130);
    m_view->setColumnWidth(StaffModel::StatusColumn, 170);
    HeaderFit::toTitles(m_view->horizontalHeader());

    m_add->setObjectName(QStringLiteral("addStaff"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    m_result->setObjectName(QStringLiteral("staffResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);

    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &StaffPage::toggleActive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffPage::updateButtons);
    updateButtons();
}

QString StaffPage::resultText() const
{
    return m_result->text();
}

QString StaffPage::selectedStaffNo() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(StaffModel::StaffNoRole).toString();
}

void StaffPage::updateButtons()
{
    const int row = m_model->rowOf(selectedStaffNo());
    const bool selected = row >= 0;
    m_reset->setEnabled(selected && !m_busy);
    m_toggle->setEnabled(selected && !m_busy);
    const bool active = !selected || m_model->record(row).active;
    m_toggle->setText(active ? tr("Disable") : tr("Enable"));
}

void StaffPage::showResult(const QString &text, bool ok)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1d7a35;")
                               : QStringLiteral("color: #b01e1e;"));
    m_result->setText(text);
}

void StaffPage::addStaff()
{
    auto *dialog = new StaffAccountDialog(m_db, m_session, StaffAccountDialog::Mode::Add, QString(),
                                          QString(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showResult(tr("Staff no. %1 was added. Give them the initial password in person.")
                       .arg(dialog->staffNo()),
                   true);
    });
    dialog->open();
}

void StaffPage::resetPassword()
{
    const int row = m_model->rowOf(selectedStaffNo());
    if (row < 0)
        return;
    const StaffRecord record = m_model->record(row);
    auto *dialog = new StaffAccountDialog(m_db, m_session, StaffAccountDialog::Mode::ResetPassword,
                                          record.staffNo, record.name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, record] {
        showResult(tr("The password of staff no. %1 was reset.").arg(record.staffNo), true);
    });
    dialog->open();
}

void StaffPage::toggleActive()
{
    const int row = m_model->rowOf(selectedStaffNo());
    if (row < 0 || m_busy)
        return;
    const StaffRecord record = m_model->record(row);
    const bool enable = !record.active;
    if (!enable) {
        const auto answer = QMessageBox::question(
            this, tr("Disable account"),
            tr("Disable the account of staff no. %1 %2? They can no longer sign in until an "
               "administrator enables it again.")
                .arg(record.staffNo, record.name));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_busy = true;
    updateButtons();
    const Session session = m_session;
    const QString staffNo = record.staffNo;
    BackgroundTask::run<Done>(
        m_db, this,
        [session, staffNo, enable](Database &db) {
            return StaffService(db).setActive(session, staffNo, enable);
        },
        [this, staffNo, enable](const Status &status) {
            m_busy = false;
            if (!status) {
                showResult(status.error().message(), false);
                updateButtons();
                return;
            }
            m_db.notifyChanged({QStringLiteral("staff")});
            showResult(enable ? tr("The account of staff no. %1 is enabled.").arg(staffNo)
                              : tr("The account of staff no. %1 is disabled.").arg(staffNo),
                       true);
            const int newRow = m_model->rowOf(staffNo);
            if (newRow >= 0)
                m_view->selectRow(newRow);
            updateButtons();
        });
}
