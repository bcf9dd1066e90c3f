// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefixture.h"

#include "core/common/clock.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/queue/queuesetup.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "demo/demoseeder.h"

#include <QJsonArray>
#include <QJsonObject>

QueueFixture::QueueFixture(bool vipCustomer) : m_vip(vipCustomer) {}

QueueFixture::~QueueFixture()
{
    Clock::reset();
}

QDateTime QueueFixture::start()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::LocalTime).toUTC();
}

bool QueueFixture::open()
{
    Clock::setFixed(start());
    PasswordHasher::setIterations(1000);
    if (!m_test.open()) {
        m_problem = m_test.problem();
        return false;
    }
    StaffService staff(db());
    const struct
    {
        const char *no;
        const char16_t *name;
        Role role;
    } people[] = {{"1001", u"张丽", Role::Clerk},
                  {"1002", u"王强", Role::Clerk},
                  {"1003", u"陈芳", Role::Partner},
                  {"2001", u"李敏", Role::Supervisor}};
    for (const auto &p : people) {
        const Status s =
            staff.addStaff(Session::forConsole(), QString::fromLatin1(p.no),
                           QString::fromUtf16(p.name), p.role, QStringLiteral("Counter2024"));
        if (!s) {
            m_problem = s.error().english();
            return false;
        }
    }
    const auto window = [](const char *code, const char16_t *name, QStringList categories,
                           const char *a, const char *b) {
        return QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("name"), QString::fromUtf16(name)},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                           {QStringLiteral("staff_a"), QString::fromLatin1(a)},
                           {QStringLiteral("staff_b"), QString::fromLatin1(b)}};
    };
    const QJsonObject master{
        {QStringLiteral("version"), 1},
        {QStringLiteral("full"), true},
        {QStringLiteral("windows"),
         QJsonArray{
             window("W01", u"综合窗口", {QStringLiteral("A"), QStringLiteral("B")}, "1001", "1002"),
             window("W02", u"民政窗口", {QStringLiteral("B")}, "1002", "1001"),
             window("W05", u"电信窗口", {QStringLiteral("C")}, "1001", "1002"),
             window("W06", u"咨询台", {}, "", "")}},
        {QStringLiteral("catalogue"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("T09")},
                                {QStringLiteral("name"), QStringLiteral("话费缴纳")},
                                {QStringLiteral("window"), QStringLiteral("W05")},
                                {QStringLiteral("category"), QStringLiteral("C")},
                                {QStringLiteral("mode"), QStringLiteral("immediate")},
                                {QStringLiteral("limit_days"), 0}}}},
        {QStringLiteral("fees"), QJsonArray()},
        {QStringLiteral("holidays"), QJsonArray()}};
    const Result<int> applied = MasterData::apply(db(), Session::forConsole(), master);
    if (!applied) {
        m_problem = applied.error().english();
        return false;
    }
    const struct
    {
        const char *code;
        const char16_t *name;
        int order;
    } categories[] = {
        {"A", u"综合业务", 1}, {"B", u"民政残联", 2}, {"C", u"电信业务", 3}, {"D", u"社保就业", 4}};
    for (const auto &c : categories) {
        QueueCategory category;
        category.code = QString::fromLatin1(c.code);
        category.name = QString::fromUtf16(c.name);
        category.prefix = category.code;
        category.sortOrder = c.order;
        if (const Status s = QueueSetup::saveCategory(db(), Session::forConsole(), category); !s) {
            m_problem = s.error().english();
            return false;
        }
    }
    const DemoSeeder::Person person = DemoSeeder::person(7);
    NewCustomer customer;
    customer.name = person.name;
    customer.idNumber = person.idNumber;
    customer.phone = person.phone;
    customer.address = person.address;
    customer.vip = m_vip;
    const Result<Customer> registered =
        CustomerService(db()).registerCustomer(clerk(QStringLiteral("1001")), customer);
    if (!registered) {
        m_problem = registered.error().english();
        return false;
    }
    m_customerId = registered->customerId;
    m_customerIdNumber = person.idNumber;
    m_customerPhone = person.phone;
    return true;
}
