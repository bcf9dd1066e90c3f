// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/customerdialog.h"

#include "core/common/idnumber.h"
#include "core/common/masking.h"
#include "core/customers/customerservice.h"
#include "core/storage/database.h"
#include "ui/shell/scanburstfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// What a card reader types is an ID number when it looks like one (checked on saving).
bool looksLikeIdNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\d{14,17}[\\dXx]\\s*$"));
    return re.match(text).hasMatch();
}

} // namespace

CustomerDialog::CustomerDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_scan(new ScanBurstFilter(this))
{
    build();
}

CustomerDialog::CustomerDialog(Database &db, const Session &session, const Customer &customer,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_original(customer),
      m_scan(new ScanBurstFilter(this))
{
    build();
}

void CustomerDialog::build()
{
    setObjectName(QStringLiteral("customerDialog"));
    const bool registering = isRegistration();
    setWindowTitle(registering ? tr("Register a customer") : tr("Edit customer"));

    createFields();
    createMessages();
    if (registering)
        showRegistrationHints();
    else
        fillFromOriginal();
    QFormLayout *form = buildForm();
    QDialogButtonBox *buttons = buildButtons(registering);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    if (registering)
        layout->addWidget(buildIntro());
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(680);

    connectSignals();
    (registering ? m_idNumber : m_name)->setFocus();
}

void CustomerDialog::createFields()
{
    m_idType = new QComboBox(this);
    m_idType->setObjectName(QStringLiteral("idType"));
    m_idType->addItem(tr("Resident ID card"), Customer::residentId());
    m_idType->addItem(tr("Passport"), Customer::passport());
    m_idType->addItem(tr("Other document"), Customer::other());
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(30);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(CustomerService::MaxNameLength);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setMaxLength(20);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaxLength(200);
    m_vip = new QCheckBox(tr("VIP / green channel: served first (elderly, disabled, VIP)"), this);
    m_vip->setObjectName(QStringLiteral("vip"));
    m_preferences = new QLineEdit(this);
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setMaxLength(200);
    m_preferences->setPlaceholderText(tr("e.g. call after 18:00; speaks the local dialect"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 16);
}

// The hint under the ID number, the way to a customer already holding it, and the error.
void CustomerDialog::createMessages()
{
    m_idHint = new QLabel(this);
    m_idHint->setObjectName(QStringLiteral("idHint"));
    m_idHint->setWordWrap(true);
    // Room for two lines from the start: the form does not jump while the clerk types.
    m_idHint->setMinimumHeight(m_idHint->fontMetrics().lineSpacing() * 2 + 4);
    m_idHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_openExisting = new QPushButton(this);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_openExisting->setAutoDefault(false);
    m_openExisting->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
    m_error->hide();
}

void CustomerDialog::showRegistrationHints()
{
    m_idNumber->setPlaceholderText(tr("18 characters, or read the ID card with the reader"));
    m_phone->setPlaceholderText(tr("11 digits; may be left empty"));
}

void CustomerDialog::fillFromOriginal()
{
    m_idType->setCurrentIndex(qMax(0, m_idType->findData(m_original.idType)));
    m_name->setText(m_original.name);
    m_address->setText(m_original.address);
    m_vip->setChecked(m_original.vip);
    m_preferences->setText(m_original.preferences);
    m_notes->setPlainText(m_original.notes);
    // The numbers as this role may see them; typing replaces them.
    if (Masking::showsFullNumbers(m_session)) {
        m_idNumber->setText(m_original.idNumber);
        m_phone->setText(m_original.phone);
    } else {
        m_idNumber->setPlaceholderText(
            tr("%1 (type the number only to correct it)").arg(m_original.maskedIdNumber()));
        m_phone->setPlaceholderText(m_original.phone.isEmpty()
                                        ? tr("11 digits; may be left empty")
                                        : tr("%1 (type a number only to change it)")
                                              .arg(Masking::phone(m_session, m_original.phone)));
    }
}

QFormLayout *CustomerDialog::buildForm()
{
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idType);
    idRow->addWidget(m_idNumber, 1);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("ID document:"), idRow);
    // What the number says at once, and the way to the customer already holding it.
    auto *hintBox = new QWidget(this);
    auto *hintLayout = new QVBoxLayout(hintBox);
    hintLayout->setContentsMargins(0, 0, 0, 0);
    hintLayout->addWidget(m_idHint);
    auto *existingRow = new QHBoxLayout;
    existingRow->addStretch();
    existingRow->addWidget(m_openExisting);
    hintLayout->addLayout(existingRow);
    form->addRow(QString(), hintBox);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Mobile:"), m_phone);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_vip);
    form->addRow(tr("Preferences:"), m_preferences);
    form->addRow(tr("Notes:"), m_notes);
    return form;
}

QDialogButtonBox *CustomerDialog::buildButtons(bool registering)
{
    auto *buttons = new QDialogButtonBox(this);
    m_ok =
        buttons->addButton(registering ? tr("Register") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QLabel *CustomerDialog::buildIntro()
{
    auto *intro = new QLabel(tr("Check the ID card in person (real-name registration). "
                                "Reading the card fills the ID number."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #4a5568;"));
    return intro;
}

void CustomerDialog::connectSignals()
{
    for (QLineEdit *field : {m_idNumber, m_name, m_phone, m_address, m_preferences})
        m_scan->watch(field);
    connect(m_scan, &ScanBurstFilter::scanned, this, &CustomerDialog::scanned);
    connect(m_idNumber, &QLineEdit::textChanged, this, &CustomerDialog::checkIdNumber);
    connect(m_idType, &QComboBox::currentIndexChanged, this, &CustomerDialog::checkIdNumber);
    connect(m_openExisting, &QPushButton::clicked, this, &CustomerDialog::openExisting);
    // A refusal is about one field: it goes once that field is changed (the next saving
    // checks again).
    for (QLineEdit *field : {m_idNumber, m_name, m_phone, m_address, m_preferences})
        connect(field, &QLineEdit::textChanged, this, [this, field] { fieldChanged(field); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { fieldChanged(m_notes); });
    connect(m_idType, &QComboBox::currentIndexChanged, this, [this] { fieldChanged(m_idNumber); });
}

void CustomerDialog::fieldChanged(QWidget *field)
{
    if (field != m_errorField)
        return;
    m_error->hide();
    m_errorText.clear();
    m_errorField = nullptr;
}

void CustomerDialog::setIdNumber(const QString &idNumber)
{
    m_idType->setCurrentIndex(0);
    const Result<IdNumber> id = IdNumber::parse(idNumber);
    m_idNumber->setText(id ? id->value() : idNumber.trimmed());
    checkIdNumber();
    if (m_name->text().isEmpty())
        m_name->setFocus();
}

QString CustomerDialog::errorText() const
{
    return m_errorText;
}

void CustomerDialog::scanned(const QString &text, QLineEdit *field)
{
    if (looksLikeIdNumber(text)) {
        setIdNumber(text);
        // Next the fields still empty, in order.
        for (QLineEdit *next : {m_name, m_phone, m_address}) {
            if (next->text().isEmpty()) {
                next->setFocus();
                break;
            }
        }
        return;
    }
    field->insert(text); // a scan of something else: it belongs where it was typed
}

// What the typed number says, at once: whose it already is, or the birth date it holds.
void CustomerDialog::checkIdNumber()
{
    m_existing = Customer();
    m_openExisting->hide();
    m_idHint->setStyleSheet(QStringLiteral("color: #4a5568;"));
    const QString typed = m_idNumber->text().trimmed();
    const QString idType = m_idType->currentData().toString();
    if (typed.isEmpty()) {
        m_idHint->clear();
        return;
    }
    if (idType == Customer::residentId()) {
        const Result<IdNumber> id = IdNumber::parse(typed);
        if (!id) {
            // Only once the number is complete: no red while the clerk is still typing.
            const bool complete = typed.size() >= 18;
            m_idHint->setText(complete ? id.error().message() : QString());
            m_idHint->setStyleSheet(QStringLiteral("color: #b01e1e;"));
            return;
        }
        m_idHint->setText(tr("Born %1, %2")
                              .arg(id->birthDate().toString(Qt::ISODate),
                                   id->isMale() ? tr("male") : tr("female")));
    } else {
        m_idHint->clear();
    }
    const Result<Customer> holder = CustomerService(m_db).findByIdNumber(typed, idType);
    if (holder && holder->customerId != m_original.customerId) {
        m_existing = holder.value();
        m_idHint->setText(tr("Already registered: %1 (customer %2). Do not register again.")
                              .arg(m_existing.name, m_existing.customerNo));
        m_idHint->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
        m_openExisting->setText(isRegistration() ? tr("Open %1 instead").arg(m_existing.name)
                                                 : tr("Open the other customer"));
        m_openExisting->show();
    }
}

void CustomerDialog::openExisting()
{
    if (m_existing.customerId.isEmpty())
        return;
    m_saved = m_existing;
    m_choseExisting = true;
    accept();
}

void CustomerDialog::showError(const Error &error)
{
    m_errorText = error.message();
    const QString code = error.code();
    if (code == QLatin1String("customer.duplicate_id")) {
        // Said beside the number, with the way to the registered customer.
        checkIdNumber();
        m_idHint->setText(m_errorText);
        m_idHint->setStyleSheet(QStringLiteral("color: #b01e1e; font-weight: bold;"));
        m_idNumber->setFocus();
        m_idNumber->selectAll();
        return;
    }
    m_error->setText(m_errorText);
    m_error->show();
    QWidget *field = nullptr;
    if (code == QLatin1String("customer.bad_name"))
        field = m_name;
    else if (code.startsWith(QLatin1String("id.")) ||
             code == QLatin1String("customer.bad_id_number"))
        field = m_idNumber;
    else if (code.startsWith(QLatin1String("mobile.")))
        field = m_phone;
    else if (code == QLatin1String("customer.bad_preferences"))
        field = m_preferences;
    else if (code == QLatin1String("customer.bad_text"))
        field = m_address->text().size() > 200 ? static_cast<QWidget *>(m_address) : m_notes;
    m_errorField = field;
    if (field)
        field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void CustomerDialog::submit()
{
    m_error->hide();
    m_errorText.clear();
    m_errorField = nullptr;
    CustomerService customers(m_db);
    Result<Customer> result = Error();
    if (isRegistration()) {
        NewCustomer c;
        c.idType = m_idType->currentData().toString();
        c.idNumber = m_idNumber->text();
        c.name = m_name->text();
        c.phone = m_phone->text();
        c.address = m_address->text();
        c.vip = m_vip->isChecked();
        c.preferences = m_preferences->text();
        c.notes = m_notes->toPlainText();
        result = customers.registerCustomer(m_session, c);
    } else {
        CustomerChanges changes;
        const QString idType = m_idType->currentData().toString();
        if (idType != m_original.idType)
            changes.idType = idType;
        if (!m_idNumber->text().trimmed().isEmpty())
            changes.idNumber = m_idNumber->text();
        if (!m_phone->text().trimmed().isEmpty() || Masking::showsFullNumbers(m_session))
            changes.phone = m_phone->text();
        changes.name = m_name->text();
        changes.address = m_address->text();
        changes.vip = m_vip->isChecked();
        changes.preferences = m_preferences->text();
        changes.notes = m_notes->toPlainText();
        result = customers.update(m_session, m_original.customerId, changes);
        if (!result && result.error().code() == QLatin1String("customer.no_changes")) {
            reject(); // nothing to save: the same as Cancel
            return;
        }
    }
    if (!result) {
        showError(result.error());
        return;
    }
    m_saved = result.value();
    accept();
}
