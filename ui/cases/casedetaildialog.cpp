// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/casedetaildialog.h"

#include "core/cash/paymentservice.h"
#include "core/queue/ratingservice.h"
#include "ui/cash/paymentdialog.h"
#include "ui/queue/ratingpadwindow.h"

#include "core/cases/casedeadline.h"
#include "core/cases/caseservice.h"
#include "core/cases/complaintservice.h"
#include "core/common/businessday.h"
#include "core/common/holidaycalendar.h"
#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/master/cataloguesearch.h"
#include "core/storage/database.h"
#include "models/casehistorymodel.h"
#include "models/caselistmodel.h"
#include "models/cataloguemodel.h"
#include "ui/cases/casestepdialog.h"
#include "ui/shell/approvaldialog.h"
#include "ui/shell/headerfit.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// The Alt+letter of each step's button.
QChar mnemonic(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return QLatin1Char('A');
    case CaseAction::RequestMaterials:
        return QLatin1Char('M');
    case CaseAction::Refuse:
        return QLatin1Char('R');
    case CaseAction::Forward:
        return QLatin1Char('F');
    case CaseAction::Decide:
        return QLatin1Char('D');
    case CaseAction::Complete:
        return QLatin1Char('C');
    case CaseAction::Deliver:
        return QLatin1Char('V');
    case CaseAction::Extend:
        return QLatin1Char('E');
    case CaseAction::Approve:
        return QLatin1Char('P');
    case CaseAction::Assign:
        return QLatin1Char('S');
    case CaseAction::ReportResult:
        return QLatin1Char('T');
    case CaseAction::Reply:
        return QLatin1Char('Y');
    }
    return QLatin1Char('X');
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return QString();
    return QStringLiteral("<tr><td style=\"color:#555; padding-right:14px;\" valign=\"top\">%1"
                          "</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(),
             value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

CaseDetailDialog::CaseDetailDialog(Database &db, const Session &session, const QString &caseNo,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_caseNo(caseNo), m_title(new QLabel(this)),
      m_due(new QLabel(this)), m_info(new QTextBrowser(this)),
      m_history(new CaseHistoryModel(db, caseNo, this)), m_historyView(new QTableView(this)),
      m_actions(new QHBoxLayout), m_prints(new QHBoxLayout)
{
    setObjectName(QStringLiteral("caseDetailDialog"));
    m_printHandler = [this](const PrintDocument &doc) { doc.preview(this); };

    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_due->setObjectName(QStringLiteral("caseDue"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_due);

    m_info->setObjectName(QStringLiteral("caseInfo"));
    m_info->setOpenLinks(false);
    m_info->setFrameShape(QFrame::NoFrame);

    m_historyView->setObjectName(QStringLiteral("caseHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->setWordWrap(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(CaseHistoryModel::TimeColumn, 130);
    m_historyView->setColumnWidth(CaseHistoryModel::StepColumn, 96);
    m_historyView->horizontalHeader()->setSectionResizeMode(CaseHistoryModel::StaffColumn,
                                                            QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_historyView->horizontalHeader());
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *infoBox = new QGroupBox(tr("Case"), this);
    auto *infoLayout = new QVBoxLayout(infoBox);
    infoLayout->addWidget(m_info);
    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(infoBox);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setChildrenCollapsible(false);

    auto *actionsBox = new QGroupBox(tr("Next steps"), this);
    actionsBox->setLayout(m_actions);
    auto *printBox = new QGroupBox(tr("Print"), this);
    printBox->setLayout(m_prints);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(actionsBox, 3);
    bottom->addWidget(printBox, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(close);

    reload();
    resize(1120, 700);
}

void CaseDetailDialog::reload()
{
    Result<CaseDossier> loaded = CaseDossier::load(m_db, m_caseNo);
    if (!loaded) {
        m_loadError = loaded.error().message();
        setWindowTitle(m_caseNo);
        m_title->setText(m_caseNo);
        m_info->setPlainText(m_loadError);
        rebuildButtons();
        return;
    }
    m_loadError.clear();
    m_dossier = loaded.take();
    const ServiceCase &c = m_dossier.serviceCase;
    setWindowTitle(tr("Case %1").arg(c.caseNo));
    const QString status = c.extended ? tr("%1 (extended)").arg(CaseState::displayName(c.status))
                                      : CaseState::displayName(c.status);
    m_title->setText(tr("%1 · %2 · %3").arg(c.caseNo, CaseState::kindName(c.kind), status));
    const QDate today = BusinessDay::today();
    const DueState due = CaseDeadline::classify(c.kind, c.status, c.dueOn, today,
                                                HolidayCalendar::load(m_db.connection()), c.mode);
    if (due == DueState::None) {
        m_due->clear();
        m_due->setStyleSheet(QString());
    } else {
        m_due->setText(tr("Due %1 · %2").arg(day(c.dueOn), CaseDeadline::displayName(due)));
        const QColor back = CaseListModel::dueBackground(due);
        m_due->setStyleSheet(
            QStringLiteral("padding: 4px 10px; border-radius: 4px; background: %1; color: %2;")
                .arg(back.isValid() ? back.name() : QStringLiteral("#e3f0e3"),
                     back.isValid() ? CaseListModel::dueForeground(due).name()
                                    : QStringLiteral("#1b5e20")));
    }
    m_info->setHtml(infoHtml());
    rebuildButtons();
}

QString CaseDetailDialog::infoHtml() const
{
    const CaseDossier &d = m_dossier;
    const ServiceCase &c = d.serviceCase;
    const bool full = m_session.can(Permission::ViewFullIdNumbers);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Applicant"), d.customer.name);
    html += row(tr("ID number"), full ? d.customer.idNumber : d.customer.maskedIdNumber());
    html += row(tr("Mobile"), full ? d.customer.phone : d.customer.maskedPhone());
    html += row(tr("Customer no."), d.customer.customerNo);
    html += row(tr("Matter"), QStringLiteral("%1 %2").arg(d.item.code, d.item.name));
    html += row(tr("Department"), d.item.department);
    html += row(tr("Window"), QStringLiteral("%1 %2").arg(c.windowCode, d.windowName).trimmed());
    const QString channel = c.channel == QLatin1String("phone")    ? tr("By phone")
                            : c.channel == QLatin1String("letter") ? tr("By letter or e-mail")
                                                                   : tr("In person");
    html += row(tr("Came"), channel);
    html += row(tr("First responder"), d.staffLabel(c.firstResponder));
    html += row(tr("Registered"), day(c.businessDay));
    if (c.kind == CaseKind::Case) {
        if (!c.mode.isEmpty()) {
            html += row(tr("Handling"), CatalogueModel::modeName(c.mode));
            html += row(tr("Accepted on"), day(c.acceptedOn));
            html += row(tr("Time limit"), CatalogueModel::limitText(c.mode, c.limitDays));
        }
        html += row(tr("Due on"), day(c.dueOn));
        html += row(tr("Materials received"), c.materialsReceived.join(QLatin1Char('\n')));
        html += row(tr("Missing (one-time notice)"), c.missing.join(QLatin1Char('\n')));
        QStringList form;
        for (const FormField &f : d.item.fields) {
            QString value = c.formData.value(f.key).toVariant().toString();
            if (value.isEmpty())
                continue;
            if (f.type == QLatin1String("id_number") && !full)
                value = IdNumber::mask(value);
            if (f.type == QLatin1String("phone") && !full)
                value = MobileNumber::mask(value);
            form.append(QStringLiteral("%1: %2").arg(f.label, value));
        }
        html += row(tr("Form"), form.join(QLatin1Char('\n')));
    } else {
        html += row(tr("What it is about"), c.subject);
        html += row(tr("Reply due"), day(c.dueOn));
        html +=
            row(tr("Approved by"), c.approvedBy.isEmpty() ? QString() : d.staffLabel(c.approvedBy));
        html += row(tr("Section"), c.assignedTo);
        html += row(tr("Result"), c.result);
        html += row(tr("Reply"), c.reply);
        html += row(tr("Replied on"), day(c.repliedOn));
    }
    if (c.extended) {
        html += row(
            tr("Extension"),
            tr("%n working day(s) from %1, approved by %2: %3", nullptr, c.extensionDays)
                .arg(day(c.originalDueOn), d.staffLabel(c.extensionApprovedBy), c.extensionReason));
    }
    html += row(tr("Forwarded to"), c.forwardedTo.isEmpty()
                                        ? QString()
                                        : tr("%1 on %2").arg(c.forwardedTo, day(c.forwardedOn)));
    if (!c.decision.isEmpty())
        html += row(tr("Decision"), c.decisionNote.isEmpty()
                                        ? c.decision
                                        : QStringLiteral("%1: %2").arg(c.decision, c.decisionNote));
    html += row(tr("Refusal reason"), c.refusalReason);
    if (c.completedOn.isValid() && c.kind == CaseKind::Case) {
        html += row(tr("Completed on"),
                    tr("%1 (%2)").arg(day(c.completedOn),
                                      c.onTime.value_or(true) ? tr("on time") : tr("late")));
    }
    html += row(tr("Delivered on"), day(c.deliveredOn));
    return html + QStringLiteral("</table>");
}

ApprovalDialog *CaseDetailDialog::pendingApproval() const
{
    return m_approval;
}

QList<CaseAction> CaseDetailDialog::offeredActions() const
{
    if (!m_loadError.isEmpty())
        return {};
    const ServiceCase &c = m_dossier.serviceCase;
    QList<CaseAction> actions = CaseState::actions(c.kind, c.status, c.extended);
    // Decisions arrive from headquarters; nobody records one at the counter.
    actions.removeAll(CaseAction::Decide);
    if (!CaseDeadline::mayExtend(c.mode))
        actions.removeAll(CaseAction::Extend);
    return actions;
}

QList<CaseDocuments::Kind> CaseDetailDialog::printableDocuments() const
{
    return m_loadError.isEmpty() ? CaseDocuments::available(m_dossier.serviceCase)
                                 : QList<CaseDocuments::Kind>();
}

void CaseDetailDialog::rebuildButtons()
{
    for (QHBoxLayout *box : {m_actions, m_prints}) {
        while (QLayoutItem *item = box->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    m_actionButtons.clear();
    const QList<CaseAction> actions = offeredActions();
    for (CaseAction action : actions) {
        auto *button = new QPushButton(
            QStringLiteral("%1 (&%2)").arg(CaseState::actionName(action), mnemonic(action)), this);
        button->setObjectName(QStringLiteral("action_") + CaseState::actionKey(action));
        connect(button, &QPushButton::clicked, this, [this, action] { startAction(action); });
        m_actions->addWidget(button);
        m_actionButtons.insert(action, button);
    }
    // The applicant's rating on the customer-facing pad, and the case's fees.
    const ServiceCase &c = m_dossier.serviceCase;
    if (m_loadError.isEmpty() && CaseState::canRate(c.status) &&
        !RatingService(m_db).caseScore(c.caseNo)) {
        auto *rate = new QPushButton(tr("Rating pad (&G)"), this);
        rate->setObjectName(QStringLiteral("action_rate"));
        rate->setToolTip(tr("Show the rating pad to the applicant: one rating per case"));
        connect(rate, &QPushButton::clicked, this, &CaseDetailDialog::askForRating);
        m_actions->addWidget(rate);
    }
    if (m_loadError.isEmpty() && PaymentDialog::offeredFor(m_session, m_dossier.item) &&
        !PaymentService(m_db).paymentForCase(c.caseNo)) {
        auto *pay = new QPushButton(tr("Take payment (&Y)"), this);
        pay->setObjectName(QStringLiteral("action_pay"));
        connect(pay, &QPushButton::clicked, this, &CaseDetailDialog::takePayment);
        m_actions->addWidget(pay);
    }
    if (actions.isEmpty()) {
        auto *none = new QLabel(tr("No further steps: the case is closed."), this);
        none->setStyleSheet(QStringLiteral("color: #555;"));
        m_actions->addWidget(none);
    }
    m_actions->addStretch();
    const QList<CaseDocuments::Kind> kinds = printableDocuments();
    for (CaseDocuments::Kind kind : kinds) {
        auto *button = new QPushButton(CaseDocuments::title(kind), this);
        button->setObjectName(QStringLiteral("print_%1").arg(int(kind)));
        button->setToolTip(tr("Print or save as PDF"));
        connect(button, &QPushButton::clicked, this, [this, kind] { print(kind); });
        m_prints->addWidget(button);
    }
    if (kinds.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to print yet."), this);
        none->setStyleSheet(QStringLiteral("color: #555;"));
        m_prints->addWidget(none);
    }
    m_prints->addStretch();
}

void CaseDetailDialog::print(CaseDocuments::Kind kind)
{
    if (!m_loadError.isEmpty())
        return;
    m_printHandler(CaseDocuments::document(kind, m_dossier, m_session, BusinessDay::today()));
}

QStringList CaseDetailDialog::departments() const
{
    QStringList list;
    const Result<QList<CatalogueEntry>> entries =
        CatalogueSearch::find(m_db.connection(), QString(), 0, 1000);
    if (entries) {
        for (const CatalogueEntry &e : entries.value()) {
            if (!e.department.isEmpty() && !list.contains(e.department))
                list.append(e.department);
        }
    }
    // The item's own department first: a complaint usually goes where the matter is handled.
    const QString own = m_dossier.item.department;
    if (!own.isEmpty()) {
        list.removeAll(own);
        list.prepend(own);
    }
    return list;
}

void CaseDetailDialog::stepDone(CaseStepDialog &step, CaseAction action, const Status &status)
{
    if (!status) {
        step.showError(status.error().message());
        return;
    }
    step.finish();
    reload();
    emit caseChanged(m_caseNo);
    if (const std::optional<CaseDocuments::Kind> paper = CaseDocuments::producedBy(action)) {
        if (printableDocuments().contains(*paper))
            print(*paper);
    }
}

void CaseDetailDialog::withApproval(CaseStepDialog &step, CaseAction action, const QString &what,
                                    const std::function<Status(const Session &)> &run)
{
    if (m_session.can(Permission::Approve)) {
        stepDone(step, action, run(m_session));
        return;
    }
    auto *approval = new ApprovalDialog(m_db, m_session, what, Permission::Approve, &step);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    m_approval = approval;
    QPointer<CaseStepDialog> guard(&step);
    connect(approval, &QDialog::accepted, this, [this, approval, guard, action, run] {
        if (guard)
            stepDone(*guard, action, run(approval->approver()));
    });
    approval->open();
}

CaseStepDialog *CaseDetailDialog::startAction(CaseAction action)
{
    if (!offeredActions().contains(action))
        return nullptr;
    CaseStepDialog *step = buildStep(action);
    if (step)
        step->open();
    return step;
}

CaseStepDialog *CaseDetailDialog::buildStep(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return acceptStep();
    case CaseAction::RequestMaterials:
        return requestMaterialsStep();
    case CaseAction::Refuse:
        return refuseStep();
    case CaseAction::Forward:
        return forwardStep();
    case CaseAction::Complete:
        return completeStep();
    case CaseAction::Deliver:
        return deliverStep();
    case CaseAction::Extend:
        return extendStep();
    case CaseAction::Approve:
        return approveStep();
    case CaseAction::Assign:
        return assignStep();
    case CaseAction::ReportResult:
        return reportResultStep();
    case CaseAction::Reply:
        return replyStep();
    case CaseAction::Decide:
        return nullptr;
    }
    return nullptr;
}

CaseStepDialog *CaseDetailDialog::newStep(CaseAction action, const QString &intro)
{
    auto *step = new CaseStepDialog(CaseState::actionName(action), intro, this);
    step->setAttribute(Qt::WA_DeleteOnClose);
    return step;
}

CaseStepDialog *CaseDetailDialog::acceptStep()
{
    const ServiceCase &c = m_dossier.serviceCase;
    const CatalogueItem &item = m_dossier.item;
    // What is still out: the item's materials not yet received and whatever else the
    // one-time notice asked for.
    QStringList outstanding;
    for (const QString &m : item.materials + c.missing) {
        if (!c.materialsReceived.contains(m) && !outstanding.contains(m))
            outstanding.append(m);
    }
    const QDate today = BusinessDay::today();
    const QDate due = item.mode == QLatin1String("immediate")
                          ? today
                          : CaseService(m_db).calendar().addWorkingDays(today, item.limitDays);
    CaseStepDialog *step =
        newStep(CaseAction::Accept,
                tr("Accept case %1 for %2. It is to be completed by %3 (%4); the acceptance "
                   "receipt is printed next.")
                    .arg(c.caseNo, item.name, day(due),
                         CatalogueModel::limitText(item.mode, item.limitDays)));
    if (!outstanding.isEmpty()) {
        step->addChecklist(QStringLiteral("materials"), tr("Materials brought now"), outstanding,
                           c.status == CaseStatus::MaterialsRequested ? c.missing : QStringList());
    }
    step->setAction([this](CaseStepDialog &s) {
        const Result<CaseAcceptance> a = CaseService(m_db).accept(
            m_session, m_caseNo, s.value(QStringLiteral("materials")).toStringList());
        stepDone(s, CaseAction::Accept, a ? success() : Status(a.error()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::requestMaterialsStep()
{
    const CatalogueItem &item = m_dossier.item;
    QStringList missing;
    for (const QString &m : item.materials) {
        if (!m_dossier.serviceCase.materialsReceived.contains(m))
            missing.append(m);
    }
    CaseStepDialog *step =
        newStep(CaseAction::RequestMaterials,
                tr("Tick everything the applicant still has to bring. All of it goes into ONE "
                   "one-time notice, printed next; nothing may be asked for later."));
    step->addChecklist(QStringLiteral("missing"), tr("Missing materials"), item.materials, missing);
    step->addText(QStringLiteral("other"), tr("Also missing"),
                  tr("anything not in the list, e.g. a certificate of the village"));
    step->setAction([this](CaseStepDialog &s) {
        QStringList listed = s.value(QStringLiteral("missing")).toStringList();
        const QString other = s.value(QStringLiteral("other")).toString().trimmed();
        if (!other.isEmpty())
            listed.append(other);
        stepDone(s, CaseAction::RequestMaterials,
                 CaseService(m_db).requestMaterials(m_session, m_caseNo, listed));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::refuseStep()
{
    CaseStepDialog *step = newStep(
        CaseAction::Refuse, tr("The applicant receives the reason in writing (notice of refusal, "
                               "printed next)."));
    step->addLongText(QStringLiteral("reason"), tr("Reason"),
                      tr("e.g. the applicant's household is not registered in this town"));
    step->setAction([this](CaseStepDialog &s) {
        stepDone(s, CaseAction::Refuse,
                 CaseService(m_db).refuse(m_session, m_caseNo,
                                          s.value(QStringLiteral("reason")).toString()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::forwardStep()
{
    const CatalogueItem &item = m_dossier.item;
    CaseStepDialog *step =
        newStep(CaseAction::Forward,
                tr("Forward the case to the higher level that decides it. The letter of agency "
                   "is printed next for the applicant to sign; paper originals follow."));
    step->addChoice(
        QStringLiteral("to"), tr("Forward to"),
        {{tr("County government service centre"), tr("County government service centre")},
         {item.department, item.department}},
        true);
    step->setAction([this](CaseStepDialog &s) {
        stepDone(s, CaseAction::Forward,
                 CaseService(m_db).forward(m_session, m_caseNo,
                                           s.value(QStringLiteral("to")).toString()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::completeStep()
{
    const ServiceCase &c = m_dossier.serviceCase;
    const QDate today = BusinessDay::today();
    const bool onTime = !c.dueOn.isValid() || today <= c.dueOn;
    CaseStepDialog *step =
        newStep(CaseAction::Complete,
                onTime ? tr("Hand over the result of case %1 today: on time (due %2).")
                             .arg(c.caseNo, day(c.dueOn))
                       : tr("Hand over the result of case %1 today: LATE, it was due %2.")
                             .arg(c.caseNo, day(c.dueOn)));
    step->setAction([this](CaseStepDialog &s) {
        const Result<bool> done = CaseService(m_db).complete(m_session, m_caseNo);
        stepDone(s, CaseAction::Complete, done ? success() : Status(done.error()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::deliverStep()
{
    CaseStepDialog *step =
        newStep(CaseAction::Deliver, tr("How did the result reach the applicant?"));
    step->addChoice(QStringLiteral("method"), tr("Delivered"),
                    {{tr("Collected at the counter"), QStringLiteral("counter")},
                     {tr("Sent by post"), QStringLiteral("post")},
                     {tr("Delivered to the home"), QStringLiteral("home")}});
    step->setAction([this](CaseStepDialog &s) {
        stepDone(s, CaseAction::Deliver,
                 CaseService(m_db).deliver(m_session, m_caseNo,
                                           s.value(QStringLiteral("method")).toString()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::extendStep()
{
    CaseStepDialog *step =
        newStep(CaseAction::Extend,
                tr("A case may be extended once, with a supervisor's approval. The applicant is "
                   "told the reason and the new date (notice of extension, printed next). Now "
                   "due %1.")
                    .arg(day(m_dossier.serviceCase.dueOn)));
    step->addNumber(QStringLiteral("days"), tr("Extra working days"), 1,
                    CaseService::MaxExtensionDays, 10);
    step->addLongText(QStringLiteral("reason"), tr("Reason"),
                      tr("e.g. an on-site inspection by the county office is needed"));
    step->setAction([this](CaseStepDialog &s) {
        const int days = s.value(QStringLiteral("days")).toInt();
        const QString reason = s.value(QStringLiteral("reason")).toString();
        // The clerk's own checks first, so the supervisor is not called for nothing.
        if (reason.trimmed().isEmpty()) {
            s.showError(tr("Write the reason; the applicant receives it in writing."));
            return;
        }
        withApproval(s, CaseAction::Extend,
                     tr("Extend case %1 by %n working day(s).", nullptr, days).arg(m_caseNo),
                     [this, days, reason](const Session &approver) {
                         const Result<CaseExtension> e =
                             CaseService(m_db).extend(m_session, m_caseNo, days, reason, approver);
                         return e ? success() : Status(e.error());
                     });
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::approveStep()
{
    CaseStepDialog *step =
        newStep(CaseAction::Approve, tr("A leader takes up the %1 and decides who handles it.")
                                         .arg(CaseState::kindName(m_dossier.serviceCase.kind)));
    step->setAction([this](CaseStepDialog &s) {
        withApproval(s, CaseAction::Approve, tr("Take up case %1.").arg(m_caseNo),
                     [this](const Session &approver) {
                         return ComplaintService(m_db).approve(m_session, m_caseNo, approver);
                     });
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::assignStep()
{
    CaseStepDialog *step =
        newStep(CaseAction::Assign, tr("Hand it to the section that deals with it."));
    CaseStepDialog::Options sections;
    for (const QString &d : departments())
        sections.append({d, d});
    step->addChoice(QStringLiteral("section"), tr("Section"), sections, true);
    step->setAction([this](CaseStepDialog &s) {
        stepDone(s, CaseAction::Assign,
                 ComplaintService(m_db).assign(m_session, m_caseNo,
                                               s.value(QStringLiteral("section")).toString()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::reportResultStep()
{
    CaseStepDialog *step =
        newStep(CaseAction::ReportResult, tr("What did the section find and do?"));
    step->addLongText(QStringLiteral("result"), tr("Result"));
    step->setAction([this](CaseStepDialog &s) {
        stepDone(s, CaseAction::ReportResult,
                 ComplaintService(m_db).reportResult(m_session, m_caseNo,
                                                     s.value(QStringLiteral("result")).toString()));
    });
    return step;
}

CaseStepDialog *CaseDetailDialog::replyStep()
{
    CaseStepDialog *step = newStep(
        CaseAction::Reply,
        tr("The answer given to the person (reply due %1).").arg(day(m_dossier.serviceCase.dueOn)));
    step->addLongText(QStringLiteral("reply"), tr("Reply"));
    step->addChoice(QStringLiteral("method"), tr("Given"),
                    {{tr("In person"), QStringLiteral("visit")},
                     {tr("By phone"), QStringLiteral("phone")},
                     {tr("By letter or e-mail"), QStringLiteral("letter")}});
    step->setAction([this](CaseStepDialog &s) {
        const Result<bool> r = ComplaintService(m_db).reply(
            m_session, m_caseNo, s.value(QStringLiteral("reply")).toString(),
            s.value(QStringLiteral("method")).toString());
        stepDone(s, CaseAction::Reply, r ? success() : Status(r.error()));
    });
    return step;
}

void CaseDetailDialog::askForRating()
{
    // The pad is the customer's window: it stays open on its own until they have chosen.
    auto *pad = new RatingPadWindow(m_db, m_session);
    pad->setAttribute(Qt::WA_DeleteOnClose);
    pad->setWindow(m_session.window);
    connect(pad, &RatingPadWindow::rated, this, [this, pad] {
        reload();
        emit caseChanged(m_caseNo);
        pad->close();
    });
    pad->askForCase(m_caseNo);
    pad->show();
}

void CaseDetailDialog::takePayment()
{
    PaymentTarget target;
    target.customerId = m_dossier.serviceCase.customerId;
    target.caseNo = m_caseNo;
    PaymentDialog dialog(m_db, m_session, target, this);
    dialog.exec();
    reload();
    emit caseChanged(m_caseNo);
}
