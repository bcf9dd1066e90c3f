// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/transferdialog.h"

#include "core/queue/queuesetup.h"
#include "core/storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

TransferDialog::TransferDialog(Database &db, const QString &fromWindow, const QString &ticketNo,
                               QWidget *parent)
    : QDialog(parent), m_toCategory(new QRadioButton(tr("To a category:"), this)),
      m_toWindow(new QRadioButton(tr("To a window:"), this)), m_categories(new QComboBox(this)),
      m_windows(new QComboBox(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer ticket %1").arg(ticketNo));
    const QList<QueueCategory> categories = QueueSetup::servedCategories(db.connection());
    for (const QueueCategory &c : categories)
        m_categories->addItem(c.code + QLatin1Char(' ') + c.name, c.code);
    const QList<QueueWindow> windows = QueueSetup::windows(db.connection());
    for (const QueueWindow &w : windows) {
        if (w.code != fromWindow)
            m_windows->addItem(w.code + QLatin1Char(' ') + w.name, w.code);
    }
    m_categories->setObjectName(QStringLiteral("categoryChoice"));
    m_windows->setObjectName(QStringLiteral("windowChoice"));
    m_toCategory->setChecked(true);
    m_windows->setEnabled(false);
    connect(m_toCategory, &QRadioButton::toggled, m_categories, &QWidget::setEnabled);
    connect(m_toWindow, &QRadioButton::toggled, m_windows, &QWidget::setEnabled);

    auto *explain = new QLabel(tr("The customer keeps the ticket and waits again in their place "
                                  "by the time it was taken."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_toCategory, m_categories);
    form->addRow(m_toWindow, m_windows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(440);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TransferTarget TransferDialog::target() const
{
    if (m_toWindow->isChecked())
        return {QString(), m_windows->currentData().toString()};
    return {m_categories->currentData().toString(), QString()};
}

bool TransferDialog::chooseCategory(const QString &category)
{
    const int i = m_categories->findData(category);
    if (i < 0)
        return false;
    m_toCategory->setChecked(true);
    m_categories->setCurrentIndex(i);
    return true;
}

bool TransferDialog::chooseWindow(const QString &window)
{
    const int i = m_windows->findData(window);
    if (i < 0)
        return false;
    m_toWindow->setChecked(true);
    m_windows->setCurrentIndex(i);
    return true;
}
