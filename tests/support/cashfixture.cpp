// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashfixture.h"

#include "core/cases/caseservice.h"
#include "core/cash/paymentservice.h"
#include "core/common/clock.h"
#include "core/customers/customerservice.h"
#include "core/staff/passwordhasher.h"
#include "demo/demoseeder.h"

#include <QJsonObject>

QDateTime CashFixture::morning()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC();
}

CashFixture::CashFixture() = default;

CashFixture::~CashFixture()
{
    Clock::reset();
}

bool CashFixture::open()
{
    PasswordHasher::setIterations(1000);
    if (!m_test.open())
        return false;
    // The demo branch's staff and master data, without history.
    if (!DemoSeeder(m_test.db()).seed({}, {}))
        return false;
    Clock::setFixed(morning());
    NewCustomer c;
    c.name = QStringLiteral("刘晓梅");
    c.idNumber = DemoSeeder::person(7).idNumber;
    c.phone = QStringLiteral("13308161234");
    const Result<Customer> customer = CustomerService(m_test.db()).registerCustomer(clerk(), c);
    if (!customer)
        return false;
    m_customerId = customer->customerId;
    m_customerName = customer->name;
    return true;
}

QString CashFixture::simCase()
{
    NewCase c;
    c.itemCode = QStringLiteral("T05");
    c.customerId = m_customerId;
    c.windowCode = QStringLiteral("W05");
    c.materialsReceived = {QStringLiteral("机主本人居民身份证原件（现场人证比对）")};
    c.formData = {{QStringLiteral("number"), QStringLiteral("13308161234")},
                  {QStringLiteral("reason"), QStringLiteral("遗失")}};
    const Result<QString> caseNo = CaseService(m_test.db()).registerCase(clerk(), c);
    return caseNo ? caseNo.value() : QString();
}

Result<Shift> CashFixture::openShift(const Session &session, const QString &floatText)
{
    return ShiftService(m_test.db()).open(session, floatText);
}

PaymentRequest CashFixture::cashForCase(const QString &caseNo, const QString &tendered)
{
    PaymentRequest r;
    r.requestKey = PaymentService::newRequestKey();
    r.target.caseNo = caseNo;
    r.lines = {{QStringLiteral("TEL-SIM"), 1}};
    r.method = PaymentMethod::Cash;
    r.tendered = tendered;
    return r;
}

PaymentRequest CashFixture::topUp(const QString &number, int quantity, PaymentMethod method,
                                  const QString &tenderedOrReference)
{
    PaymentRequest r;
    r.requestKey = PaymentService::newRequestKey();
    r.target.serviceNumber = number;
    r.lines = {{QStringLiteral("TEL-TOPUP50"), quantity}};
    r.method = method;
    if (method == PaymentMethod::Cash)
        r.tendered = tenderedOrReference;
    else
        r.reference = tenderedOrReference;
    return r;
}
