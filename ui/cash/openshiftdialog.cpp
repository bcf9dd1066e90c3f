// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/openshiftdialog.h"

#include "core/common/clock.h"
#include "ui/shell/dialogfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenShiftDialog::OpenShiftDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_float(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("openShiftDialog"));
    setWindowTitle(tr("Open shift"));
    auto *intro =
        new QLabel(tr("Shift of staff no. %1 at window %2 on %3. Count the cash in "
                      "the drawer and enter it as the float.")
                       .arg(session.staffNo, session.window, Clock::today().toString(Qt::ISODate)),
                   this);
    intro->setWordWrap(true);
    m_float->setObjectName(QStringLiteral("floatAmount"));
    m_float->setPlaceholderText(tr("e.g. 200.00"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (const std::optional<Shift> from = ShiftService(db).handover(session.window)) {
        auto *handover = new QLabel(
            tr("Staff no. %1 left %2 in this drawer at %3 for the next clerk. Count it: the "
               "amount you enter is recorded with the handover.")
                .arg(from->staffNo, from->floatLeft.format(),
                     Clock::parseStamp(from->closedAt)
                         .toLocalTime()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            this);
        handover->setObjectName(QStringLiteral("handoverNote"));
        handover->setWordWrap(true);
        layout->addWidget(handover);
        m_float->setText(from->floatLeft.formatPlain());
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Float (¥)"), m_float);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("openShiftError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open shift"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenShiftDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    // Said as the dialog opens, not after the float is typed: a closed day, a shift already
    // open, a drawer still in use.
    if (const Status can = ShiftService(db).canOpen(session); !can) {
        showError(can.error().message());
        m_float->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_float, &QLineEdit::textEdited, this, [this] {
        if (m_float->isEnabled())
            showError(QString());
    });
}

void OpenShiftDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (isVisible())
        DialogFit::grow(this);
}

void OpenShiftDialog::setFloat(const QString &text)
{
    m_float->setText(text);
}

QString OpenShiftDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void OpenShiftDialog::submit()
{
    const Result<Shift> s = ShiftService(m_db).open(m_session, m_float->text());
    if (!s) {
        showError(s.error().message());
        return;
    }
    m_shift = s.value();
    accept();
}
