// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/servicechangedialog.h"

#include "core/common/businessday.h"
#include "core/common/idnumber.h"
#include "core/common/masking.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "ui/counter/servicedonepanel.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/scanburstfilter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #4a5568;"));
    return label;
}

QLineEdit *passwordField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(SubscriptionService::PasswordLength);
    field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), field));
    return field;
}

} // namespace

ServiceChangeDialog::ServiceChangeDialog(Database &db, const Session &session,
                                         const Subscription &service, ServiceChange change,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_service(service),
      m_scan(new ScanBurstFilter(this)), m_pages(new QStackedWidget(this)),
      m_change(new QComboBox(this)), m_details(new QStackedWidget(this)),
      m_ruleNote(new QLabel(this)), m_byId(new QRadioButton(tr("ID card"), this)),
      m_byPassword(new QRadioButton(tr("Service password"), this)), m_proofId(new QLineEdit(this)),
      m_proofPassword(passwordField(QStringLiteral("proofPassword"), this)),
      m_passwordNote(new QLabel(this)), m_contractWarning(new QLabel(this)),
      m_contractConfirmed(new QCheckBox(this)), m_error(new QLabel(this)), m_ok(nullptr),
      m_done(new ServiceDonePanel(db, session, this))
{
    setObjectName(QStringLiteral("serviceChangeDialog"));
    setWindowTitle(tr("Change a service"));
    loadHolder();

    auto *form = new QWidget(m_pages);
    QLabel *header = buildHeader(form);
    buildChangeChoice();
    QGroupBox *identity = buildIdentityGroup(form);
    buildContractWarning();
    buildErrorLabel();
    QDialogButtonBox *buttons = buildButtons(form);
    layOutForm(form, {header, m_contractWarning, m_contractConfirmed}, identity, buttons);
    m_pages->addWidget(form);
    m_pages->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages);
    setMinimumWidth(700);

    connectSignals();
    setChange(change);
}

// The holder and whatever of theirs is under contract now.
void ServiceChangeDialog::loadHolder()
{
    const Result<Customer> holder = CustomerService(m_db).findById(m_service.customerId);
    if (holder)
        m_holder = holder.value();
    m_contracts =
        SubscriptionService(m_db).underContract(m_service.customerId, BusinessDay::today());
}

QLabel *ServiceChangeDialog::buildHeader(QWidget *form)
{
    auto *header = new QLabel(form);
    header->setObjectName(QStringLiteral("serviceHeader"));
    header->setWordWrap(true);
    header->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold;"));
    header->setText(tr("%1 %2 - %3 - %4\nHolder: %5, %6")
                        .arg(ServiceState::kindName(m_service.kind), m_service.number,
                             m_service.plan, ServiceState::statusName(m_service.status),
                             m_holder.name, Masking::idNumber(m_session, m_holder.idNumber)));
    return header;
}

// The changes, those the state machine refuses now greyed out with the reason.
void ServiceChangeDialog::buildChangeChoice()
{
    m_change->setObjectName(QStringLiteral("change"));
    auto *changes = new QStandardItemModel(m_change);
    for (ServiceChange c : ServiceState::modifications()) {
        auto *item = new QStandardItem(ServiceState::changeName(c));
        item->setData(int(c), Qt::UserRole);
        const Result<ServiceStatus> allowed =
            ServiceState::apply(c, m_service.kind, m_service.status);
        if (!allowed) {
            item->setEnabled(false);
            item->setToolTip(allowed.error().message());
        } else if (!m_session.can(ServiceState::rule(c).permission)) {
            item->setEnabled(false);
            item->setToolTip(tr("Your role may not do this."));
        }
        changes->appendRow(item);
        m_details->addWidget(buildChangePage(c));
    }
    m_change->setModel(changes);
    m_ruleNote->setObjectName(QStringLiteral("ruleNote"));
    m_ruleNote->setWordWrap(true);
    m_ruleNote->setStyleSheet(QStringLiteral("background: #eef4fb; border: 1px solid #b9cde6; "
                                             "border-radius: 6px; padding: 8px;"));
}

QGroupBox *ServiceChangeDialog::buildIdentityGroup(QWidget *form)
{
    auto *identity = new QGroupBox(tr("Holder's identity"), form);
    m_byId->setObjectName(QStringLiteral("byId"));
    m_byPassword->setObjectName(QStringLiteral("byPassword"));
    m_proofId->setObjectName(QStringLiteral("proofId"));
    m_proofId->setMaxLength(30);
    m_proofId->setPlaceholderText(tr("Read the ID card, or type the number"));
    m_proofPassword->setPlaceholderText(tr("The holder types it on the keypad"));
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setStyleSheet(QStringLiteral("color: #7a5a00;"));
    auto *proofs = new QButtonGroup(this);
    proofs->addButton(m_byId);
    proofs->addButton(m_byPassword);
    m_byId->setChecked(true);
    auto *identityGrid = new QGridLayout(identity);
    identityGrid->addWidget(m_byId, 0, 0);
    identityGrid->addWidget(m_proofId, 0, 1);
    identityGrid->addWidget(m_byPassword, 1, 0);
    identityGrid->addWidget(m_proofPassword, 1, 1);
    identityGrid->addWidget(m_passwordNote, 2, 0, 1, 2);
    identityGrid->setColumnStretch(1, 1);
    return identity;
}

// Contract (DOMAIN rule 9).
void ServiceChangeDialog::buildContractWarning()
{
    m_contractWarning->setObjectName(QStringLiteral("contractWarning"));
    m_contractWarning->setWordWrap(true);
    m_contractWarning->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 2px solid #e0a100; border-radius: 6px; "
                       "padding: 10px; color: #5c3b00; font-weight: bold;"));
    m_contractConfirmed->setObjectName(QStringLiteral("contractConfirmed"));
    m_contractConfirmed->setText(tr("Contract explained; the customer goes on."));
    if (m_contracts.isEmpty()) {
        m_contractWarning->hide();
        m_contractConfirmed->hide();
        return;
    }
    QStringList lines;
    for (const Subscription &c : std::as_const(m_contracts)) {
        lines.append(tr("%1 %2: contract until %3")
                         .arg(ServiceState::kindName(c.kind), c.number,
                              c.contractEnd.toString(Qt::ISODate)));
    }
    m_contractWarning->setText(
        tr("This customer is under contract. Review strictly before changing, transferring "
           "or cancelling a service: the contract may require the customer to keep the "
           "plan or pay the rest.\n%1")
            .arg(lines.join(QLatin1Char('\n'))));
}

void ServiceChangeDialog::buildErrorLabel()
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
    m_error->hide();
}

QDialogButtonBox *ServiceChangeDialog::buildButtons(QWidget *form)
{
    auto *buttons = new QDialogButtonBox(form);
    m_ok = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

// Top to bottom: the service and the contract warning, the change and its fields, the
// holder's identity, the error and the buttons.
void ServiceChangeDialog::layOutForm(QWidget *form, const QList<QWidget *> &top,
                                     QGroupBox *identity, QDialogButtonBox *buttons)
{
    auto *changeRow = new QFormLayout;
    changeRow->addRow(tr("Change:"), m_change);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(10);
    for (QWidget *widget : top)
        formLayout->addWidget(widget);
    formLayout->addLayout(changeRow);
    formLayout->addWidget(m_ruleNote);
    formLayout->addWidget(m_details);
    formLayout->addWidget(identity);
    formLayout->addWidget(m_error);
    formLayout->addWidget(buttons);
}

void ServiceChangeDialog::connectSignals()
{
    // A card or barcode read into any field goes where it belongs (see scanned()).
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->echoMode() == QLineEdit::Normal)
            m_scan->watch(field);
    }
    connect(m_scan, &ScanBurstFilter::scanned, this, &ServiceChangeDialog::scanned);
    connect(m_change, &QComboBox::currentIndexChanged, this, &ServiceChangeDialog::updateChange);
    connect(m_byId, &QRadioButton::toggled, this, &ServiceChangeDialog::updateIdentity);
    connect(m_proofId, &QLineEdit::textChanged, this, &ServiceChangeDialog::updateOk);
    connect(m_proofPassword, &QLineEdit::textChanged, this, &ServiceChangeDialog::updateOk);
    connect(m_contractConfirmed, &QCheckBox::toggled, this, &ServiceChangeDialog::updateOk);
    connect(m_done, &ServiceDonePanel::closeRequested, this, &QDialog::accept);
    // A refusal about the proof of identity goes once the proof is changed; any goes with
    // another change chosen.
    connect(m_byId, &QRadioButton::toggled, this, [this] { proofChanged(); });
    connect(m_proofId, &QLineEdit::textChanged, this, [this] { proofChanged(); });
    connect(m_proofPassword, &QLineEdit::textChanged, this, [this] { proofChanged(); });
    connect(m_change, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        m_errorAboutProof = false;
    });
}

QWidget *ServiceChangeDialog::buildChangePage(ServiceChange change)
{
    auto *page = new QWidget(m_details);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    switch (change) {
    case ServiceChange::Plan:
        buildPlanFields(page, form);
        break;
    case ServiceChange::Suspend:
        buildSuspendFields(page, form);
        break;
    case ServiceChange::Resume:
        form->addRow(note(tr("The service returns to use with its number and plan."), page));
        break;
    case ServiceChange::Transfer:
        buildTransferFields(page, form);
        break;
    case ServiceChange::Sim:
        buildSimFields(page, form);
        break;
    case ServiceChange::LongDistance:
        buildLongDistanceFields(page, form);
        break;
    case ServiceChange::Cancel:
        buildCancelFields(page, form);
        break;
    case ServiceChange::Password:
        buildPasswordFields(page, form);
        break;
    case ServiceChange::Open:
        break;
    }
    return page;
}

// The reasons the change's catalogue item offers to pick from (none: typed freely).
QStringList ServiceChangeDialog::reasonChoices(ServiceChange change) const
{
    const Result<CatalogueItem> item = SubscriptionService::itemFor(m_db.connection(), change);
    return item ? SubscriptionService::choices(item.value(),
                                               SubscriptionService::reasonField(change))
                : QStringList();
}

void ServiceChangeDialog::buildPlanFields(QWidget *page, QFormLayout *form)
{
    m_plan = new QComboBox(page);
    m_plan->setObjectName(QStringLiteral("newPlan"));
    for (const QString &plan : SubscriptionService::plans(m_db.connection(), ServiceChange::Plan)) {
        if (plan != m_service.plan)
            m_plan->addItem(plan);
    }
    form->addRow(tr("New plan:"), m_plan);
}

void ServiceChangeDialog::buildSuspendFields(QWidget *page, QFormLayout *form)
{
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(SubscriptionService::MaxReasonLength);
    m_note->setPlaceholderText(tr("Optional, e.g. working away until spring"));
    form->addRow(tr("Note:"), m_note);
}

void ServiceChangeDialog::buildTransferFields(QWidget *page, QFormLayout *form)
{
    m_newOwnerId = new QLineEdit(page);
    m_newOwnerId->setObjectName(QStringLiteral("newOwnerId"));
    m_newOwnerId->setMaxLength(30);
    m_newOwnerId->setPlaceholderText(tr("Read the new owner's ID card"));
    m_newOwner = new QLabel(page);
    m_newOwner->setObjectName(QStringLiteral("newOwner"));
    m_newOwner->setWordWrap(true);
    m_registerOwner = new QPushButton(tr("Register the new owner..."), page);
    m_registerOwner->setObjectName(QStringLiteral("registerOwner"));
    m_registerOwner->setAutoDefault(false);
    m_registerOwner->hide();
    form->addRow(tr("New owner's ID:"), m_newOwnerId);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newOwner, 1);
    row->addWidget(m_registerOwner);
    form->addRow(QString(), row);
    form->addRow(note(tr("Both come in person. The present holder's own password stops "
                         "working; the new owner gets an initial password."),
                      page));
    connect(m_newOwnerId, &QLineEdit::textChanged, this, &ServiceChangeDialog::lookUpNewOwner);
    connect(m_registerOwner, &QPushButton::clicked, this,
            [this] { emit registerNewOwnerRequested(m_newOwnerId->text().trimmed()); });
}

void ServiceChangeDialog::buildSimFields(QWidget *page, QFormLayout *form)
{
    const QStringList reasons = reasonChoices(ServiceChange::Sim);
    m_newSim = new QLineEdit(page);
    m_newSim->setObjectName(QStringLiteral("newSim"));
    m_newSim->setMaxLength(24);
    m_newSim->setPlaceholderText(tr("Scan the new card's barcode"));
    m_simReason = new QComboBox(page);
    m_simReason->setObjectName(QStringLiteral("simReason"));
    m_simReason->addItems(reasons);
    m_simReason->setEditable(reasons.isEmpty());
    form->addRow(tr("New SIM card no.:"), m_newSim);
    form->addRow(tr("Reason:"), m_simReason);
    form->addRow(note(tr("The old card stops working at once."), page));
    connect(m_newSim, &QLineEdit::textChanged, this, &ServiceChangeDialog::updateOk);
}

void ServiceChangeDialog::buildLongDistanceFields(QWidget *page, QFormLayout *form)
{
    m_longDistanceOn = new QRadioButton(tr("Switch on"), page);
    m_longDistanceOn->setObjectName(QStringLiteral("longDistanceOn"));
    auto *off = new QRadioButton(tr("Switch off"), page);
    off->setObjectName(QStringLiteral("longDistanceOff"));
    (m_service.longDistance() ? off : m_longDistanceOn)->setChecked(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_longDistanceOn);
    row->addWidget(off);
    row->addStretch();
    form->addRow(tr("International long distance (now %1):")
                     .arg(m_service.longDistance() ? tr("on") : tr("off")),
                 row);
}

void ServiceChangeDialog::buildCancelFields(QWidget *page, QFormLayout *form)
{
    const QStringList reasons = reasonChoices(ServiceChange::Cancel);
    m_refund = new QComboBox(page);
    m_refund->setObjectName(QStringLiteral("refund"));
    m_refund->addItems(reasons);
    m_refund->setEditable(reasons.isEmpty());
    form->addRow(tr("Balance refunded:"), m_refund);
    form->addRow(note(tr("The number is given up and may later go to someone else. Settle "
                         "all fees first; take back rented equipment."),
                      page));
}

void ServiceChangeDialog::buildPasswordFields(QWidget *page, QFormLayout *form)
{
    m_newPassword = passwordField(QStringLiteral("newPassword"), page);
    m_repeatPassword = passwordField(QStringLiteral("repeatPassword"), page);
    form->addRow(tr("New password:"), m_newPassword);
    form->addRow(tr("Repeat:"), m_repeatPassword);
    form->addRow(note(tr("6 digits the holder chooses and types on the keypad; not a run "
                         "like 123456, not part of the ID number."),
                      page));
    connect(m_newPassword, &QLineEdit::textChanged, this, &ServiceChangeDialog::updateOk);
    connect(m_repeatPassword, &QLineEdit::textChanged, this, &ServiceChangeDialog::updateOk);
}

ServiceChange ServiceChangeDialog::change() const
{
    return ServiceChange(m_change->currentData(Qt::UserRole).toInt());
}

void ServiceChangeDialog::setChange(ServiceChange change)
{
    const int index = m_change->findData(int(change), Qt::UserRole);
    if (index >= 0)
        m_change->setCurrentIndex(index);
    updateChange();
}

void ServiceChangeDialog::updateChange()
{
    const ServiceChange c = change();
    m_details->setCurrentIndex(m_change->currentIndex());
    // The stack as tall as the page shown, not as the tallest page.
    for (int i = 0; i < m_details->count(); ++i) {
        m_details->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_details->currentIndex()
                                                                        ? QSizePolicy::Preferred
                                                                        : QSizePolicy::Ignored);
    }
    m_details->adjustSize();
    const ServiceChangeRule &rule = ServiceState::rule(c);
    const Result<CatalogueItem> item = SubscriptionService::itemFor(m_db.connection(), c);
    QString text = rule.passwordProves
                       ? tr("Identity: the holder's ID card, or their own service password.")
                       : tr("Identity: the holder's ID card (the password is not enough).");
    if (item) {
        text = tr("%1 %2\nMaterials: %3\n%4")
                   .arg(item->code, item->name, item->materials.join(QStringLiteral("; ")), text);
    }
    m_ruleNote->setText(text);
    m_ok->setText(tr("Confirm: %1").arg(ServiceState::changeName(c)));
    updateIdentity();
}

void ServiceChangeDialog::updateIdentity()
{
    const ServiceChangeRule &rule = ServiceState::rule(change());
    const bool passwordAllowed = rule.passwordProves && !m_service.passwordInitial;
    if (!rule.passwordProves)
        m_passwordNote->setText(tr("This change needs the ID card."));
    else if (m_service.passwordInitial)
        m_passwordNote->setText(tr("The service still has its initial password, which does not "
                                   "prove identity: ask for the ID card."));
    else
        m_passwordNote->clear();
    m_passwordNote->setVisible(!m_passwordNote->text().isEmpty());
    m_byPassword->setEnabled(passwordAllowed);
    if (!passwordAllowed)
        m_byId->setChecked(true);
    const bool byId = m_byId->isChecked();
    m_proofId->setEnabled(byId);
    m_proofPassword->setEnabled(!byId);
    if (!byId)
        m_proofPassword->setFocus();
    updateOk();
}

void ServiceChangeDialog::lookUpNewOwner()
{
    const QString typed = m_newOwnerId->text().trimmed();
    m_registerOwner->hide();
    m_newOwner->setStyleSheet(QString());
    if (typed.isEmpty()) {
        m_newOwner->clear();
        updateOk();
        return;
    }
    const Result<IdNumber> id = IdNumber::parse(typed);
    if (!id && typed.size() >= 18) {
        m_newOwner->setText(id.error().message());
        m_newOwner->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    } else if (id || typed.size() >= 6) {
        const Result<Customer> owner = CustomerService(m_db).findByIdNumber(typed);
        if (owner && owner->customerId == m_holder.customerId) {
            m_newOwner->setText(tr("This is the present holder. Read the new owner's ID card."));
            m_newOwner->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        } else if (owner) {
            m_newOwner->setText(
                tr("New owner: %1 (customer %2)").arg(owner->name, owner->customerNo));
            m_newOwner->setStyleSheet(QStringLiteral("color: #1d6b35; font-weight: bold;"));
        } else if (id) {
            m_newOwner->setText(tr("Not registered yet: register the new owner first "
                                   "(real-name registration)."));
            m_newOwner->setStyleSheet(QStringLiteral("color: #9c5d00;"));
            m_registerOwner->show();
        } else {
            m_newOwner->clear();
        }
    } else {
        m_newOwner->clear();
    }
    updateOk();
}

void ServiceChangeDialog::newOwnerRegistered(const QString &idNumber)
{
    if (m_newOwnerId) {
        m_newOwnerId->setText(idNumber);
        lookUpNewOwner();
    }
}

void ServiceChangeDialog::scanned(const QString &text, QLineEdit *field)
{
    if (m_newSim && SubscriptionService::normaliseIccid(text)) {
        m_newSim->setText(text.trimmed());
        return;
    }
    if (!IdNumber::parse(text)) {
        field->insert(text); // not a card: it belongs where it was typed
        return;
    }
    // An ID card read for the new owner goes there; any other is the holder's proof.
    if (field == m_newOwnerId) {
        m_newOwnerId->setText(text.trimmed());
        return;
    }
    m_byId->setChecked(true);
    m_proofId->setText(text.trimmed());
    updateOk();
}

ServiceChangeRequest ServiceChangeDialog::request() const
{
    ServiceChangeRequest r;
    r.change = change();
    r.proof = m_byId->isChecked() ? IdentityProof::idNumber(m_proofId->text())
                                  : IdentityProof::password(m_proofPassword->text());
    r.contractConfirmed = m_contractConfirmed->isChecked();
    switch (r.change) {
    case ServiceChange::Plan:
        r.plan = m_plan->currentText();
        break;
    case ServiceChange::Suspend:
        r.reason = m_note->text();
        break;
    case ServiceChange::Transfer:
        r.newOwnerIdNumber = m_newOwnerId->text();
        break;
    case ServiceChange::Sim:
        r.simIccid = m_newSim->text();
        r.reason = m_simReason->currentText();
        break;
    case ServiceChange::LongDistance:
        r.longDistance = m_longDistanceOn->isChecked();
        break;
    case ServiceChange::Cancel:
        r.reason = m_refund->currentText();
        break;
    case ServiceChange::Password:
        r.newPassword = m_newPassword->text();
        break;
    case ServiceChange::Resume:
    case ServiceChange::Open:
        break;
    }
    return r;
}

void ServiceChangeDialog::updateOk()
{
    const ServiceChange c = change();
    bool ready = !m_busy && ServiceState::isAllowed(c, m_service.kind, m_service.status) &&
                 m_session.can(ServiceState::rule(c).permission);
    ready = ready && (m_contracts.isEmpty() || m_contractConfirmed->isChecked());
    ready =
        ready &&
        !(m_byId->isChecked() ? m_proofId->text() : m_proofPassword->text()).trimmed().isEmpty();
    switch (c) {
    case ServiceChange::Plan:
        ready = ready && m_plan->count() > 0;
        break;
    case ServiceChange::Transfer:
        ready = ready && !m_newOwnerId->text().trimmed().isEmpty();
        break;
    case ServiceChange::Sim:
        ready = ready && !m_newSim->text().trimmed().isEmpty();
        break;
    case ServiceChange::Password:
        ready = ready && m_newPassword->text().size() == SubscriptionService::PasswordLength &&
                m_repeatPassword->text() == m_newPassword->text();
        break;
    default:
        break;
    }
    m_ok->setEnabled(ready);
}

QString ServiceChangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServiceChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_change->setEnabled(!busy);
    updateOk();
}

void ServiceChangeDialog::proofChanged()
{
    if (!m_errorAboutProof)
        return;
    m_error->hide();
    m_errorAboutProof = false;
}

void ServiceChangeDialog::submit()
{
    if (m_busy || !m_ok->isEnabled())
        return;
    m_error->hide();
    m_errorAboutProof = false;
    const ServiceChangeRequest r = request();
    setBusy(true);
    const Session session = m_session;
    const QString serviceId = m_service.serviceId;
    BackgroundTask::run<ServiceOutcome>(
        m_db, this,
        [session, serviceId, r](Database &db) {
            return SubscriptionService(db).change(session, serviceId, r);
        },
        [this](const Result<ServiceOutcome> &result) {
            setBusy(false);
            if (!result) {
                m_error->setText(result.error().message());
                m_error->show();
                const QString code = result.error().code();
                const bool byId = code.startsWith(QLatin1String("id.")) ||
                                  code == QLatin1String("service.identity_mismatch");
                const bool byPassword = code == QLatin1String("service.wrong_password");
                m_errorAboutProof = byId || byPassword ||
                                    code == QLatin1String("service.identity_required") ||
                                    code == QLatin1String("service.id_required") ||
                                    code == QLatin1String("service.initial_password");
                if (byId)
                    m_proofId->setFocus();
                else if (byPassword)
                    m_proofPassword->setFocus();
                emit submitted(false);
                return;
            }
            m_outcome = result.value();
            m_db.notifyChanged({QStringLiteral("subscription"),
                                QStringLiteral("subscription_change"),
                                QStringLiteral("event_log")});
            m_done->present(m_outcome, tr("Done: %1, %2.")
                                           .arg(ServiceState::changeName(m_outcome.record.change),
                                                m_outcome.service.number));
            m_pages->setCurrentWidget(m_done);
            emit submitted(true);
        });
}
