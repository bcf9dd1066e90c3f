// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/registercasedialog.h"

#include "core/common/businessday.h"

#include "core/cases/caseservice.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "core/master/masterdata.h"
#include "core/storage/database.h"
#include "models/cataloguemodel.h"
#include "ui/cash/paymentdialog.h"
#include "ui/counter/formfieldeditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Page { ApplicationPage, ComplaintPage };
} // namespace

RegisterCaseDialog::RegisterCaseDialog(Database &db, const Session &session,
                                       const QString &customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_applicant(new QLabel(this)),
      m_applicantSearch(new QLineEdit(this)), m_applicantMatches(new QComboBox(this)),
      m_lookup(new QWidget(this)), m_kinds(new QButtonGroup(this)), m_channel(new QComboBox(this)),
      m_itemSearch(new QLineEdit(this)), m_catalogue(new CatalogueModel(db, this)),
      m_items(new QTableView(this)), m_itemSummary(new QLabel(this)),
      m_details(new QStackedWidget(this)), m_materials(new QListWidget(this)),
      m_form(new FormFieldEditor(this)), m_subject(new QPlainTextEdit(this)),
      m_error(new QLabel(this)), m_register(new QPushButton(tr("&Register"), this))
{
    setObjectName(QStringLiteral("registerCaseDialog"));
    setWindowTitle(tr("Register a case"));

    QGroupBox *applicantBox = buildApplicantGroup();
    QHBoxLayout *kindRow = buildKindRow();
    QHBoxLayout *body = buildBody();
    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(applicantBox);
    layout->addLayout(kindRow);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    startWithApplicant(customerId);
    updateKind();
    // A closed business day is said as the dialog opens, not after the form is filled in.
    if (const Status open = BusinessDay::requireOpen(db.connection(), BusinessDay::today());
        !open) {
        m_dayClosed = open.error().message();
        m_register->setEnabled(false);
        showError(QString());
    }
    resize(1060, 720);
}

// The applicant: given by the counter page, or looked up here.
QGroupBox *RegisterCaseDialog::buildApplicantGroup()
{
    m_applicant->setObjectName(QStringLiteral("applicant"));
    QFont strong = m_applicant->font();
    strong.setBold(true);
    m_applicant->setFont(strong);
    m_applicantSearch->setObjectName(QStringLiteral("applicantSearch"));
    m_applicantSearch->setPlaceholderText(
        tr("ID number, mobile, customer number or name, then Enter"));
    m_applicantMatches->setObjectName(QStringLiteral("applicantMatches"));
    m_applicantMatches->setMinimumWidth(280);
    auto *find = new QPushButton(tr("Find"), m_lookup);
    auto *lookupLayout = new QHBoxLayout(m_lookup);
    lookupLayout->setContentsMargins(0, 0, 0, 0);
    lookupLayout->addWidget(m_applicantSearch, 1);
    lookupLayout->addWidget(find);
    lookupLayout->addWidget(m_applicantMatches, 1);
    connect(find, &QPushButton::clicked, this, &RegisterCaseDialog::searchApplicants);
    connect(m_applicantSearch, &QLineEdit::returnPressed, this,
            &RegisterCaseDialog::searchApplicants);
    connect(m_applicantMatches, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_matches.size())
            showApplicant(m_matches.at(index));
    });
    auto *applicantBox = new QGroupBox(tr("Applicant"), this);
    auto *applicantLayout = new QVBoxLayout(applicantBox);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addWidget(m_lookup);
    return applicantBox;
}

// What it is and how it came.
QHBoxLayout *RegisterCaseDialog::buildKindRow()
{
    auto *kindRow = new QHBoxLayout;
    const QList<QPair<CaseKind, QString>> kinds = {{CaseKind::Case, tr("&Application")},
                                                   {CaseKind::Complaint, tr("Co&mplaint")},
                                                   {CaseKind::Petition, tr("&Petition")}};
    for (const auto &[kind, text] : kinds) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("kind_") + CaseState::kindKey(kind));
        m_kinds->addButton(radio, int(kind));
        kindRow->addWidget(radio);
    }
    m_kinds->button(int(CaseKind::Case))->setChecked(true);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateKind();
    });
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("In person"), QStringLiteral("visit"));
    m_channel->addItem(tr("By phone"), QStringLiteral("phone"));
    m_channel->addItem(tr("By letter or e-mail"), QStringLiteral("letter"));
    auto *channelLabel = new QLabel(tr("&Came:"), this);
    channelLabel->setBuddy(m_channel);
    auto *responder = new QLabel(tr("First responder: staff no. %1 %2, window %3")
                                     .arg(m_session.staffNo, m_session.name, m_session.window),
                                 this);
    responder->setObjectName(QStringLiteral("firstResponder"));
    responder->setStyleSheet(QStringLiteral("color: #444;"));
    kindRow->addSpacing(24);
    kindRow->addWidget(channelLabel);
    kindRow->addWidget(m_channel);
    kindRow->addStretch();
    kindRow->addWidget(responder);
    return kindRow;
}

// The matter list on the left, the chosen matter's details on the right.
QHBoxLayout *RegisterCaseDialog::buildBody()
{
    QVBoxLayout *left = buildItemList();

    m_itemSummary->setObjectName(QStringLiteral("itemSummary"));
    m_itemSummary->setWordWrap(true);
    m_itemSummary->setTextFormat(Qt::RichText);
    m_itemSummary->setText(tr("Choose the matter on the left."));
    buildDetailPages();

    auto *right = new QVBoxLayout;
    right->addWidget(m_itemSummary);
    right->addWidget(m_details, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 4);
    body->addLayout(right, 5);
    return body;
}

// The matter, from the catalogue.
QVBoxLayout *RegisterCaseDialog::buildItemList()
{
    m_itemSearch->setObjectName(QStringLiteral("itemSearch"));
    m_itemSearch->setPlaceholderText(tr("Find a matter by name, code or department"));
    m_itemSearch->setClearButtonEnabled(true);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setModel(m_catalogue);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->setAlternatingRowColors(true);
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 10);
    for (int c = CatalogueModel::DepartmentColumn; c < CatalogueModel::ColumnCount; ++c)
        m_items->hideColumn(c);
    m_items->setColumnWidth(CatalogueModel::CodeColumn, 64);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setMinimumWidth(360);
    connect(m_itemSearch, &QLineEdit::textChanged, m_catalogue, &CatalogueModel::setSearchText);
    // Enter takes the first matter found; the keyboard goes on to its form.
    connect(m_itemSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_catalogue->rowCount() > 0) {
            m_items->selectRow(0);
            focusFirstEmptyField();
        }
    });
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showItem(current.data(CatalogueModel::CodeRole).toString());
            });
    auto *left = new QVBoxLayout;
    left->addWidget(m_itemSearch);
    left->addWidget(m_items, 1);
    return left;
}

// One page per kind: an application's materials and form, or what a complaint is about.
void RegisterCaseDialog::buildDetailPages()
{
    m_details->addWidget(buildApplicationPage());
    m_details->addWidget(buildComplaintPage());
    connect(m_subject, &QPlainTextEdit::textChanged, this, [this] { showError(QString()); });
    connect(m_form, &FormFieldEditor::edited, this, [this] { showError(QString()); });
}

QWidget *RegisterCaseDialog::buildApplicationPage()
{
    m_materials->setObjectName(QStringLiteral("materials"));
    m_materials->setMinimumHeight(110);
    auto *materialsBox = new QGroupBox(tr("Materials received (Space ticks)"), this);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->addWidget(m_materials);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    auto *formBox = new QGroupBox(tr("Form"), this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(formScroll);
    auto *application = new QWidget(this);
    auto *applicationLayout = new QVBoxLayout(application);
    applicationLayout->setContentsMargins(0, 0, 0, 0);
    applicationLayout->addWidget(materialsBox);
    applicationLayout->addWidget(formBox, 1);
    return application;
}

QWidget *RegisterCaseDialog::buildComplaintPage()
{
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("What the person says, in their words: what happened, "
                                     "when, who was involved, what they ask for."));
    auto *complaint = new QGroupBox(tr("What it is about"), this);
    auto *complaintLayout = new QVBoxLayout(complaint);
    complaintLayout->addWidget(m_subject);
    return complaint;
}

// The error line above the buttons, and Register also on Ctrl+Enter.
QDialogButtonBox *RegisterCaseDialog::buildButtons()
{
    m_error->setObjectName(QStringLiteral("registerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setDefault(true);
    m_register->setToolTip(tr("Register (Ctrl+Enter)"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_register, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, &RegisterCaseDialog::submit);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &RegisterCaseDialog::submit);
    return buttons;
}

// A customer given by the counter page is the applicant; otherwise the clerk looks one up.
void RegisterCaseDialog::startWithApplicant(const QString &customerId)
{
    if (!customerId.isEmpty()) {
        const Result<Customer> c = CustomerService(m_db).findById(customerId);
        if (c)
            showApplicant(c.value());
        m_lookup->hide();
        m_itemSearch->setFocus();
    } else {
        m_applicant->setText(tr("No applicant chosen yet."));
        m_applicantMatches->hide();
        m_applicantSearch->setFocus();
    }
}

void RegisterCaseDialog::showApplicant(const Customer &c)
{
    m_customer = c;
    const QString id =
        m_session.can(Permission::ViewFullIdNumbers) ? c.idNumber : c.maskedIdNumber();
    m_applicant->setText(tr("%1    ID %2    mobile %3    customer no. %4")
                             .arg(c.name, id,
                                  c.maskedPhone().isEmpty() ? tr("none") : c.maskedPhone(),
                                  c.customerNo));
}

void RegisterCaseDialog::searchApplicants()
{
    m_matches = CustomerService(m_db).search(m_applicantSearch->text().trimmed(), 20);
    m_applicantMatches->blockSignals(true);
    m_applicantMatches->clear();
    for (const Customer &c : std::as_const(m_matches)) {
        m_applicantMatches->addItem(QStringLiteral("%1  %2").arg(
            c.name,
            m_session.can(Permission::ViewFullIdNumbers) ? c.idNumber : c.maskedIdNumber()));
    }
    m_applicantMatches->blockSignals(false);
    m_applicantMatches->setVisible(!m_matches.isEmpty());
    if (m_matches.isEmpty()) {
        m_customer = Customer();
        m_applicant->setText(tr("Nobody found. Check what was typed, or register the customer "
                                "first on the counter page."));
        return;
    }
    m_applicantMatches->setCurrentIndex(0);
    showApplicant(m_matches.first());
    m_itemSearch->setFocus();
}

bool RegisterCaseDialog::findApplicant(const QString &text)
{
    m_applicantSearch->setText(text);
    searchApplicants();
    return !m_customer.customerId.isEmpty();
}

void RegisterCaseDialog::showItem(const QString &code)
{
    const Result<CatalogueItem> found = MasterData::item(m_db.connection(), code);
    if (!found)
        return;
    const CatalogueItem &item = found.value();
    m_itemCode = item.code;
    m_item = item;
    updateSummary();
    updateRegisterButton();
    m_materials->clear();
    for (const QString &m : item.materials) {
        auto *entry = new QListWidgetItem(m, m_materials);
        entry->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        entry->setCheckState(Qt::Unchecked);
    }
    if (item.materials.isEmpty())
        new QListWidgetItem(tr("No materials are needed."), m_materials);
    m_form->setFields(item.fields);
    fillApplicantMobile();
}

bool RegisterCaseDialog::selectItem(const QString &code)
{
    if (m_catalogue->rowOf(code) < 0)
        m_itemSearch->setText(code);
    const int row = m_catalogue->rowOf(code);
    if (row < 0)
        return false;
    m_items->selectRow(row);
    m_items->setCurrentIndex(m_catalogue->index(row, 0));
    return m_itemCode == code;
}

void RegisterCaseDialog::setKind(CaseKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
}

void RegisterCaseDialog::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(m_channel->findData(channel));
}

bool RegisterCaseDialog::setMaterialReceived(const QString &material, bool received)
{
    for (int i = 0; i < m_materials->count(); ++i) {
        QListWidgetItem *entry = m_materials->item(i);
        if (entry->text() == material && (entry->flags() & Qt::ItemIsUserCheckable)) {
            entry->setCheckState(received ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void RegisterCaseDialog::setSubject(const QString &text)
{
    m_subject->setPlainText(text);
}

void RegisterCaseDialog::updateKind()
{
    const bool application = m_kinds->checkedId() == int(CaseKind::Case);
    m_details->setCurrentIndex(application ? ApplicationPage : ComplaintPage);
    updateSummary();
    updateRegisterButton();
    showError(QString());
}

// The first field of the form still to fill in, else the list of matters.
void RegisterCaseDialog::focusFirstEmptyField()
{
    const QJsonObject filled = m_form->values();
    for (const FormField &f : m_form->fields()) {
        QWidget *field = m_form->editor(f.key);
        if (field && !filled.contains(f.key)) {
            field->setFocus();
            return;
        }
    }
    m_items->setFocus();
}

// The applicant's mobile line still in service, for the forms that ask a mobile number.
void RegisterCaseDialog::fillApplicantMobile()
{
    QString mobile;
    if (!m_customer.customerId.isEmpty()) {
        const QList<Subscription> lines =
            SubscriptionService(m_db).ofCustomer(m_customer.customerId);
        for (const Subscription &line : lines) {
            if (line.kind == ServiceKind::Mobile && line.isLive()) {
                mobile = line.number;
                break;
            }
        }
    }
    if (mobile.isEmpty())
        return;
    const QJsonObject filled = m_form->values();
    for (const FormField &f : m_form->fields()) {
        if (f.type == QLatin1String("phone") && !filled.contains(f.key))
            m_form->setValue(f.key, mobile);
    }
}

bool RegisterCaseDialog::paysOnRegister() const
{
    return !m_itemCode.isEmpty() && m_kinds->checkedId() == int(CaseKind::Case) &&
           m_item.mode == QLatin1String("immediate") &&
           PaymentDialog::offeredFor(m_session, m_item);
}

void RegisterCaseDialog::updateRegisterButton()
{
    const bool pays = paysOnRegister();
    m_register->setText(pays ? tr("&Register and take payment") : tr("&Register"));
    m_register->setToolTip(pays ? tr("Register the case and take its payment now (Enter)")
                                : tr("Register (Ctrl+Enter)"));
}

bool RegisterCaseDialog::prefill(const QString &itemCode, const QVariantMap &values,
                                 const QString &focusKey)
{
    if (!selectItem(itemCode))
        return false;
    for (auto it = values.begin(); it != values.end(); ++it)
        m_form->setValue(it.key(), it.value().toString());
    if (QWidget *field = m_form->editor(focusKey))
        field->setFocus();
    else
        focusFirstEmptyField();
    return true;
}

// The payment of the case just registered, over the same window.
void RegisterCaseDialog::takePayment()
{
    PaymentTarget target;
    target.customerId = m_customer.customerId;
    target.caseNo = m_caseNo;
    auto *payment = new PaymentDialog(m_db, m_session, target, parentWidget());
    payment->setAttribute(Qt::WA_DeleteOnClose);
    payment->open();
}

void RegisterCaseDialog::updateSummary()
{
    if (m_itemCode.isEmpty())
        return;
    const CaseKind kind = CaseKind(m_kinds->checkedId());
    // A complaint or petition runs its own time limit, whatever the matter's.
    const QString limit = kind == CaseKind::Case
                              ? QStringLiteral("%1 · %2").arg(
                                    CatalogueModel::modeName(m_item.mode),
                                    CatalogueModel::limitText(m_item.mode, m_item.limitDays))
                              : tr("%1 about this matter: reply within %n working day(s)", nullptr,
                                   kind == CaseKind::Complaint ? CaseService::ComplaintLimitDays
                                                               : CaseService::PetitionLimitDays)
                                    .arg(CaseState::kindName(kind));
    m_itemSummary->setText(QStringLiteral("<b>%1 %2</b><br>%3 · %4")
                               .arg(m_item.code.toHtmlEscaped(), m_item.name.toHtmlEscaped(),
                                    m_item.department.toHtmlEscaped(), limit.toHtmlEscaped()));
}

void RegisterCaseDialog::showError(const QString &text)
{
    const QString shown = text.isEmpty() ? m_dayClosed : text;
    m_error->setText(shown);
    m_error->setVisible(!shown.isEmpty());
}

QString RegisterCaseDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RegisterCaseDialog::submit()
{
    if (!m_caseNo.isEmpty())
        return;
    if (m_customer.customerId.isEmpty()) {
        showError(tr("Choose the applicant first: look them up by ID number, mobile or name."));
        m_applicantSearch->setFocus();
        return;
    }
    if (m_itemCode.isEmpty()) {
        showError(tr("Choose the matter from the catalogue."));
        m_itemSearch->setFocus();
        return;
    }
    NewCase c;
    c.itemCode = m_itemCode;
    c.customerId = m_customer.customerId;
    c.kind = CaseKind(m_kinds->checkedId());
    c.channel = m_channel->currentData().toString();
    if (c.kind == CaseKind::Case) {
        for (int i = 0; i < m_materials->count(); ++i) {
            const QListWidgetItem *entry = m_materials->item(i);
            if (entry->checkState() == Qt::Checked)
                c.materialsReceived.append(entry->text());
        }
        c.formData = m_form->values();
    } else {
        c.subject = m_subject->toPlainText();
    }
    const Result<QString> no = CaseService(m_db).registerCase(m_session, c);
    if (!no) {
        showError(no.error().message());
        return;
    }
    m_caseNo = no.value();
    showError(QString());
    const bool pay = paysOnRegister();
    emit caseRegistered(m_caseNo);
    accept();
    if (pay)
        takePayment();
}
