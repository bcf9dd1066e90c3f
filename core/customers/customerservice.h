// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/customers/customer.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class Database;
class WriteTransaction;
struct Session;

// Real-name customers: registration, corrections and look-ups at the counter.
// Each public action is one transaction with one event (customer.registered,
// customer.updated). The WriteTransaction& overloads do the same inside the caller's
// transaction (without committing it), so an importer or the demo seeder can write
// thousands of customers per transaction; they reuse prepared statements, so keep one
// service instance for the whole batch.
class CustomerService
{
public:
    static constexpr int MaxNameLength = 40;

    explicit CustomerService(Database &db);
    ~CustomerService();
    CustomerService(const CustomerService &) = delete;
    CustomerService &operator=(const CustomerService &) = delete;

    // Needs Permission::ServeCustomers (or the console, for halldeskctl import-customers).
    // Refusals: customer.bad_name, customer.bad_id_type, IdNumber's own id.* codes for a
    // resident ID (id.checksum, id.length…), customer.bad_id_number for other documents,
    // MobileNumber's mobile.* codes, customer.bad_text (address or notes too long),
    // customer.duplicate_id. A refusal writes nothing, also in the tx overload.
    Result<Customer> registerCustomer(const Session &session, const NewCustomer &customer);
    Result<Customer> registerCustomer(WriteTransaction &tx, const Session &session,
                                      const NewCustomer &customer);

    // Refusals as registration, plus customer.not_found and customer.no_changes.
    Result<Customer> update(const Session &session, const QString &customerId,
                            const CustomerChanges &changes);
    Result<Customer> update(WriteTransaction &tx, const Session &session, const QString &customerId,
                            const CustomerChanges &changes);

    // Look-ups (indexed; customer.not_found when there is none).
    Result<Customer> findById(const QString &customerId) const;
    Result<Customer> findByCustomerNo(const QString &customerNo) const;
    // A resident ID is normalised first (lower-case x, spaces, 15-digit form); other
    // documents are matched as typed. An empty idType matches any document kind.
    Result<Customer> findByIdNumber(const QString &idNumber, const QString &idType = {}) const;
    // A mobile may be shared by a family: every customer with it as contact number, and
    // the holder of a live service with that number, newest first.
    QList<Customer> findByPhone(const QString &phone, int limit = 50, int offset = 0) const;
    // The customers registered last, newest first: the list before anything is typed.
    QList<Customer> newest(int limit = 50, int offset = 0) const;

    enum class NameMatch {
        Prefix,   // names starting with the text (uses the index)
        Contains, // prefix matches first, then names containing the text (an index range)
    };
    // What a clerk types into one search box: an ID number, a mobile number (contact or
    // service number), a customer number or (otherwise) part of a name. limit and offset
    // page through the matches in a stable order, so a list can fetch what it shows.
    QList<Customer> search(const QString &text, int limit = 50, int offset = 0) const;
    QList<Customer> searchByName(const QString &text, int limit = 50,
                                 NameMatch match = NameMatch::Contains, int offset = 0) const;

    // A number still being typed: at least four digits (spaces and dashes ignored) that
    // are not a whole ID number or mobile (those are looked up exactly), or a case number
    // ("CS…") or customer number ("KH…") or its start.
    static bool isPartialNumber(const QString &text);
    static constexpr int PartialNumberLimit = 50;
    static constexpr int RegionScanLimit = 5000;
    struct NumberMatches
    {
        QList<Customer> customers;
        bool more = false; // there are others than these: more digits narrow the list
    };
    // The customers a partial number may mean, each once: for four digits those whose
    // mobile (contact number or live line) or ID number ends with them; then those whose
    // ID number starts with them, then whose mobile starts with them. For "CS…" the
    // customers of the cases whose number starts so, for "KH…" the customer numbers that
    // do. Every source is a range of an index read in its own order and stops after
    // limit + 1 rows, so a branch of a million customers answers as fast as a small one.
    // ID numbers are sealed: only their region (first six) and last four are indexed in
    // clear, so digits typed beyond the region are compared with the opened numbers of
    // that region, at most RegionScanLimit of them (more is then set).
    NumberMatches searchPartialNumber(const QString &text, int limit = PartialNumberLimit) const;

private:
    struct Statements;
    Statements &statements();
    Result<Customer> findOne(const QString &where, const QVariantList &values) const;
    // The ID number look-up by its first digits, in one place; true when it stopped at
    // RegionScanLimit.
    bool collectByIdNumberPrefix(const QString &digits, QList<Customer> &into, int until) const;
    bool collect(const QString &sql, const QVariantList &values, QList<Customer> &into, int until,
                 const std::function<bool(const Customer &)> &keep = {}, int maxRows = 0) const;
    // The keyed blind index of a normalised ID number (customer.id_blind).
    QString blindIndex(const QString &idNumber) const;

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
};
