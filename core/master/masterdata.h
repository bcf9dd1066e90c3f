// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Database;
struct Session;

// One input on a catalogue item's guided form.
struct FormField
{
    QString key;
    QString label;
    QString type; // text, number, date (YYYY-MM-DD), choice, id_number, phone
    bool required = false;
    QStringList options; // for choice
    // For number: the range and the decimal places a value may have (the catalogue's "min",
    // "max", "decimals"; by default 0 to 99,999,999 with 2 decimals), and whether the value
    // is the amount in yuan the case pays ("charge": true), which the payment pre-fills.
    double minimum = 0;
    double maximum = 99999999;
    int decimals = 2;
    bool charge = false;

    static QStringList types();
};

// A published service (事项目录): what the window plate, the service guide and the
// one-time notice show, and the handling mode and time limit the case follows.
struct CatalogueItem
{
    QString code;
    QString name;
    QString department;
    QString windowCode;
    QString category;
    QString mode;      // immediate, commitment, forward
    int limitDays = 0; // working days
    QStringList materials;
    QStringList feeCodes;
    QString legalBasis;
    QString conditions;
    QString procedure;
    QString complaintChannel;
    QList<FormField> fields;
    bool active = true;
    // For the items of a telecom hall: which change of a customer's service this item is
    // (ServiceState::changeKey: "open", "plan", "suspend"…), empty for every other item. The
    // item's choice fields list what may be chosen (the plans of "open" and "plan").
    QString serviceChange;

    static QStringList modes();
};

// A published fee item and its rate; only these may be charged.
struct FeeItem
{
    QString code;
    QString name;
    qint64 amountFen = 0;
    QString unit;
    QString legalBasis;
    bool active = true;
};

// Master data from headquarters (catalogue, fees, windows, holidays), in the shape of the
// answer of GET /api/v1/master. HQ is authoritative: the terminal applies it, never edits
// it. The staff list in that answer is ignored here (StaffService manages staff).
class MasterData
{
public:
    // Validates the whole document first and refuses it with an Error naming the entry
    // and what to fix, changing nothing; then applies it in one transaction with a
    // master.applied event {version, full, windows, catalogue, fees, holidays} (counts).
    // A "full" master replaces the sets: windows, items and fees it does not list become
    // inactive, and the holidays of every year it lists are replaced. Otherwise entries
    // are upserted. A version not newer than the applied one is refused (master.stale),
    // unless it is the same version with the same content: then nothing happens and the
    // version is returned. Window staff unknown to this terminal are left empty.
    // Needs Permission::ManageDevice (admins and halldeskctl; the sync client as console).
    // Codes: master.bad_version, master.stale, master.wrong_branch, master.bad_window,
    // master.bad_item, master.bad_mode, master.bad_limit, master.bad_field,
    // master.bad_range (FormValidation::definitions),
    // master.unknown_fee, master.unknown_window, master.bad_fee, master.bad_holiday,
    // master.duplicate, master.bad_service_change.
    static Result<int> apply(Database &db, const Session &session, const QJsonObject &master);

    // The version applied last (0 when none was).
    static int version(const QSqlDatabase &db);
    static QString versionKey() { return QStringLiteral("master.version"); }

    // Reading the applied master data (catalogue.item_not_found when there is none).
    static Result<CatalogueItem> item(const QSqlDatabase &db, const QString &code);
    static QList<CatalogueItem> catalogue(const QSqlDatabase &db, bool includeInactive = false);
    static QList<FeeItem> fees(const QSqlDatabase &db, bool includeInactive = false);
};
