// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casedossier.h"
#include "core/staff/session.h"
#include "ui/printing/casedocuments.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <functional>

class ApprovalDialog;
class CaseHistoryModel;
class CaseStepDialog;
class Database;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

// One case: what it is and where it stands (due date coloured when due soon or overdue),
// its history of events, a button for every step the state machine allows now (with an
// Alt+letter shortcut), and its papers to print. A step that needs a leader (an extension,
// taking up a complaint) asks for a supervisor's approval unless a supervisor is signed in.
// The paper a step produces (receipt, one-time notice, refusal, agency letter, extension
// notice) is printed right after it.
class CaseDetailDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDetailDialog(Database &db, const Session &session, const QString &caseNo,
                     QWidget *parent = nullptr);

    QString caseNo() const { return m_caseNo; }
    const CaseDossier &dossier() const { return m_dossier; }
    QString loadError() const { return m_loadError; }

    // The steps offered now (buttons), in the order of the state machine.
    QList<CaseAction> offeredActions() const;
    // Opens the step's dialog as the button does; null if the step is not offered now.
    CaseStepDialog *startAction(CaseAction action);
    // The supervisor's approval being asked for, while it is open.
    ApprovalDialog *pendingApproval() const;
    QList<CaseDocuments::Kind> printableDocuments() const;
    void print(CaseDocuments::Kind kind);

    // Where printed papers go: by default Qt's print preview (print or cancel there);
    // tests write PDFs instead.
    using PrintHandler = std::function<void(const PrintDocument &)>;
    void setPrintHandler(PrintHandler handler) { m_printHandler = std::move(handler); }

signals:
    void caseChanged(const QString &caseNo);

private:
    void reload();
    void rebuildButtons();
    void askForRating();
    void takePayment();
    QString infoHtml() const;
    // One dialog per step: its intro, its fields and what it does when confirmed.
    CaseStepDialog *buildStep(CaseAction action);
    CaseStepDialog *newStep(CaseAction action, const QString &intro);
    CaseStepDialog *acceptStep();
    CaseStepDialog *requestMaterialsStep();
    CaseStepDialog *refuseStep();
    CaseStepDialog *forwardStep();
    CaseStepDialog *completeStep();
    CaseStepDialog *deliverStep();
    CaseStepDialog *extendStep();
    CaseStepDialog *approveStep();
    CaseStepDialog *assignStep();
    CaseStepDialog *reportResultStep();
    CaseStepDialog *replyStep();
    // Runs a step that needs a leader: approver is the signed-in supervisor, or the one who
    // approves in an ApprovalDialog over step.
    void withApproval(CaseStepDialog &step, CaseAction action, const QString &what,
                      const std::function<Status(const Session &approver)> &run);
    void stepDone(CaseStepDialog &step, CaseAction action, const Status &status);
    QStringList departments() const;

    Database &m_db;
    Session m_session;
    QString m_caseNo;
    CaseDossier m_dossier;
    QString m_loadError;
    PrintHandler m_printHandler;
    QPointer<ApprovalDialog> m_approval;
    QMap<CaseAction, QPushButton *> m_actionButtons;

    QLabel *m_title;
    QLabel *m_due;
    QTextBrowser *m_info;
    CaseHistoryModel *m_history;
    QTableView *m_historyView;
    QHBoxLayout *m_actions;
    QHBoxLayout *m_prints;
};
