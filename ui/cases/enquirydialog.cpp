// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/enquirydialog.h"

#include "core/cases/enquiryservice.h"
#include "models/windowlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EnquiryDialog::EnquiryDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_name(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_contact(new QLineEdit(this)),
      m_subject(new QPlainTextEdit(this)), m_passedTo(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("enquiryDialog"));
    setWindowTitle(tr("Log a phone enquiry"));
    m_name->setObjectName(QStringLiteral("enquiryName"));
    m_name->setMaxLength(EnquiryService::MaxNameLength);
    m_unit->setObjectName(QStringLiteral("enquiryUnit"));
    m_unit->setPlaceholderText(tr("village, company or office (optional)"));
    m_contact->setObjectName(QStringLiteral("enquiryContact"));
    m_contact->setPlaceholderText(tr("e.g. 13800138000 or 0816-5621234"));
    m_subject->setObjectName(QStringLiteral("enquirySubject"));
    m_subject->setTabChangesFocus(true);
    m_subject->setMinimumHeight(100);
    m_passedTo->setObjectName(QStringLiteral("enquiryPassedTo"));
    m_passedTo->setEditable(true);
    m_passedTo->addItem(tr("Answered at once by staff no. %1").arg(session.staffNo));
    WindowListModel windows(db);
    for (int r = 0; r < windows.rowCount(); ++r)
        m_passedTo->addItem(windows.index(r).data().toString());
    m_passedTo->setCurrentIndex(0);
    m_error->setObjectName(QStringLiteral("enquiryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Caller"), m_name);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("Call &back on"), m_contact);
    form->addRow(tr("&Enquiry"), m_subject);
    form->addRow(tr("&Passed to"), m_passedTo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnquiryDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("First-inquiry responsibility: note who called and pass the "
                                "matter on, or answer it yourself."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_name->setFocus();
}

void EnquiryDialog::fill(const QString &name, const QString &unit, const QString &contact,
                         const QString &subject, const QString &passedTo)
{
    m_name->setText(name);
    m_unit->setText(unit);
    m_contact->setText(contact);
    m_subject->setPlainText(subject);
    m_passedTo->setEditText(passedTo);
}

QString EnquiryDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void EnquiryDialog::submit()
{
    NewEnquiry e;
    e.name = m_name->text();
    e.unit = m_unit->text();
    e.contact = m_contact->text();
    e.subject = m_subject->toPlainText();
    e.passedTo = m_passedTo->currentText();
    const Result<QString> id = EnquiryService(m_db).log(m_session, e);
    if (!id) {
        m_error->setText(id.error().message());
        m_error->show();
        return;
    }
    m_enquiryId = id.value();
    accept();
}
