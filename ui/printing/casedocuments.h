// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/casedossier.h"
#include "core/staff/session.h"
#include "ui/printing/printdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

// The papers of a case, printed on A4 and handed to the applicant: the acceptance receipt
// (受理回执) with the case number and due date, the ONE one-time notice (一次性告知书)
// listing everything missing, the refusal notice (不予受理通知书) with its reason, the
// agency letter (委托代理书) of a forwarded case, and the extension notice (延期办理告知书).
// In the UI language (Chinese by default), with the branch and the printing date. ID
// numbers and mobiles are masked unless the one printing may see them in full.
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)
public:
    enum class Kind {
        AcceptanceReceipt,
        OneTimeNotice,
        RefusalNotice,
        AgencyLetter,
        ExtensionNotice,
    };

    // The papers the case has now (a receipt once accepted, the notice while materials are
    // missing, the refusal once refused, the letter once forwarded, the extension notice).
    static QList<Kind> available(const ServiceCase &serviceCase);
    static QString title(Kind kind);
    // The paper a step of the case produces (Accept → receipt…), if any.
    static std::optional<Kind> producedBy(CaseAction action);

    static PrintDocument document(Kind kind, const CaseDossier &dossier, const Session &printedBy,
                                  QDate printedOn);
};
