// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/openservicedialog.h"

#include "core/common/businessday.h"
#include "core/common/masking.h"
#include "core/customers/subscriptionservice.h"
#include "ui/counter/servicedonepanel.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/scanburstfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

OpenServiceDialog::OpenServiceDialog(Database &db, const Session &session, const Customer &holder,
                                     QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_holder(holder),
      m_scan(new ScanBurstFilter(this)), m_pages(new QStackedWidget(this)),
      m_kind(new QComboBox(this)), m_number(new QLineEdit(this)), m_plan(new QComboBox(this)),
      m_simLabel(new QLabel(tr("SIM card no.:"), this)), m_sim(new QLineEdit(this)),
      m_contract(new QComboBox(this)),
      m_longDistance(
          new QCheckBox(tr("Long distance (international, Hong Kong, Macao, Taiwan)"), this)),
      m_error(new QLabel(this)), m_ok(nullptr), m_done(new ServiceDonePanel(db, session, this))
{
    setObjectName(QStringLiteral("openServiceDialog"));
    setWindowTitle(tr("Open a service"));

    auto *form = new QWidget(m_pages);
    QLabel *who = buildHolderLabel(form);
    QLabel *check = buildItemCheck(form);
    QFormLayout *fields = buildFields();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
    m_error->hide();
    QDialogButtonBox *buttons = buildButtons(form);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(who);
    formLayout->addWidget(check);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_error);
    formLayout->addWidget(buttons);
    m_pages->addWidget(form);
    m_pages->addWidget(m_done);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages);
    setMinimumWidth(640);

    connectSignals();
    updateKind();
    m_number->setFocus();
}

QLabel *OpenServiceDialog::buildHolderLabel(QWidget *form)
{
    auto *who = new QLabel(tr("Holder: %1, %2 (customer %3)")
                               .arg(m_holder.name, Masking::idNumber(m_session, m_holder.idNumber),
                                    m_holder.customerNo),
                           form);
    who->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold;"));
    return who;
}

// What the catalogue item asks the clerk to check: its materials and conditions.
QLabel *OpenServiceDialog::buildItemCheck(QWidget *form)
{
    const Result<CatalogueItem> item =
        SubscriptionService::itemFor(m_db.connection(), ServiceChange::Open);
    auto *check = new QLabel(form);
    check->setObjectName(QStringLiteral("itemMaterials"));
    check->setWordWrap(true);
    check->setStyleSheet(QStringLiteral("background: #eef4fb; border: 1px solid #b9cde6; "
                                        "border-radius: 6px; padding: 8px;"));
    if (item) {
        check->setText(
            tr("%1\nCheck: %2\nConditions: %3")
                .arg(item->name, item->materials.join(QStringLiteral("; ")), item->conditions));
    } else {
        check->setText(item.error().message());
    }
    return check;
}

QFormLayout *OpenServiceDialog::buildFields()
{
    for (ServiceKind kind : ServiceState::kinds())
        m_kind->addItem(ServiceState::kindName(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setMaxLength(32);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->addItems(SubscriptionService::plans(m_db.connection(), ServiceChange::Open));
    m_sim->setObjectName(QStringLiteral("sim"));
    m_sim->setMaxLength(24);
    m_sim->setPlaceholderText(tr("19 or 20 digits from the card, or scan its barcode"));
    m_contract->setObjectName(QStringLiteral("contract"));
    m_contract->addItem(tr("No contract"), 0);
    for (int months : {12, 24, 36})
        m_contract->addItem(tr("%1 months").arg(months), months);
    m_longDistance->setObjectName(QStringLiteral("longDistance"));

    auto *fields = new QFormLayout;
    fields->setHorizontalSpacing(16);
    fields->setVerticalSpacing(10);
    fields->addRow(tr("Service:"), m_kind);
    fields->addRow(tr("Number:"), m_number);
    fields->addRow(tr("Plan:"), m_plan);
    fields->addRow(m_simLabel, m_sim);
    fields->addRow(tr("Contract:"), m_contract);
    fields->addRow(QString(), m_longDistance);
    return fields;
}

QDialogButtonBox *OpenServiceDialog::buildButtons(QWidget *form)
{
    auto *buttons = new QDialogButtonBox(form);
    m_ok = buttons->addButton(tr("Open the service"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenServiceDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void OpenServiceDialog::connectSignals()
{
    m_scan->watch(m_sim);
    m_scan->watch(m_number);
    connect(m_scan, &ScanBurstFilter::scanned, this, [this](const QString &text, QLineEdit *field) {
        // The SIM pack's barcode is the ICCID; anything else goes where it was typed.
        if (SubscriptionService::normaliseIccid(text)) {
            m_sim->setText(text.trimmed());
            m_contract->setFocus();
        } else {
            field->insert(text);
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpenServiceDialog::updateKind);
    connect(m_done, &ServiceDonePanel::closeRequested, this, &QDialog::accept);
}

void OpenServiceDialog::updateKind()
{
    const auto kind = ServiceKind(m_kind->currentData().toInt());
    const bool mobile = kind == ServiceKind::Mobile;
    m_simLabel->setVisible(mobile);
    m_sim->setVisible(mobile);
    m_longDistance->setVisible(kind != ServiceKind::Broadband);
    switch (kind) {
    case ServiceKind::Mobile:
        m_number->setPlaceholderText(tr("11 digits, from the number pool"));
        break;
    case ServiceKind::Fixed:
        m_number->setPlaceholderText(tr("Area code and number, e.g. 0816-5621234"));
        break;
    case ServiceKind::Broadband:
        m_number->setPlaceholderText(tr("Account on the installation order"));
        break;
    }
}

QString OpenServiceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpenServiceDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Opening...") : tr("Open the service"));
}

void OpenServiceDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    NewSubscription s;
    s.customerId = m_holder.customerId;
    s.kind = ServiceKind(m_kind->currentData().toInt());
    s.number = m_number->text();
    s.plan = m_plan->currentText();
    if (s.kind == ServiceKind::Mobile)
        s.simIccid = m_sim->text();
    const int months = m_contract->currentData().toInt();
    if (months > 0)
        s.contractEnd = BusinessDay::today().addMonths(months);
    s.longDistance = s.kind != ServiceKind::Broadband && m_longDistance->isChecked();
    setBusy(true);
    const Session session = m_session;
    BackgroundTask::run<ServiceOutcome>(
        m_db, this, [session, s](Database &db) { return SubscriptionService(db).open(session, s); },
        [this](const Result<ServiceOutcome> &result) {
            setBusy(false);
            if (!result) {
                m_error->setText(result.error().message());
                m_error->show();
                const QString code = result.error().code();
                if (code == QLatin1String("service.bad_sim"))
                    m_sim->setFocus();
                else if (code == QLatin1String("service.bad_number") ||
                         code == QLatin1String("service.number_taken"))
                    m_number->setFocus();
                emit submitted(false);
                return;
            }
            m_outcome = result.value();
            // Written on another connection: the models of this one refresh now.
            m_db.notifyChanged({QStringLiteral("subscription"),
                                QStringLiteral("subscription_change"),
                                QStringLiteral("event_log")});
            m_done->present(m_outcome, tr("%1 %2 is open for %3.")
                                           .arg(ServiceState::kindName(m_outcome.service.kind),
                                                m_outcome.service.number, m_holder.name));
            m_pages->setCurrentWidget(m_done);
            emit submitted(true);
        });
}
