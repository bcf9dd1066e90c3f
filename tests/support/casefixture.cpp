// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefixture.h"

#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"

#include <QDebug>
#include <QFile>
#include <QJsonDocument>

namespace {

QString residentId(int n)
{
    const QString body = QStringLiteral("5107221980%1%2")
                             .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                             .arg(10 + n % 18, 2, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(100 + n, 3, 10, QLatin1Char('0'));
    return body + IdNumber::checkCharacter(body);
}

const char16_t *const kNames[] = {u"李秀英", u"王建国", u"张桂兰", u"刘德福",
                                  u"陈小芳", u"杨永强", u"赵淑珍", u"黄志明"};

} // namespace

bool CaseFixture::open(int customers)
{
    if (!m_t.open()) {
        m_problem = m_t.problem();
        return false;
    }
    QFile file(QStringLiteral(":/demo/master.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("the demo master data is not compiled in");
        return false;
    }
    const Result<int> applied = MasterData::apply(m_t.db(), TestDatabase::console(),
                                                  QJsonDocument::fromJson(file.readAll()).object());
    if (!applied) {
        m_problem = applied.error().english();
        return false;
    }
    CustomerService service(m_t.db());
    for (int i = 0; i < customers; ++i) {
        NewCustomer c;
        c.name = QString::fromUtf16(kNames[i % 8]);
        c.idNumber = residentId(i);
        c.phone = QStringLiteral("1380013%1").arg(8000 + i, 4, 10, QLatin1Char('0'));
        c.address = QStringLiteral("四川省绵阳市三台县城关镇东风村%1组").arg(i % 9 + 1);
        const Result<Customer> r = service.registerCustomer(clerk(), c);
        if (!r) {
            m_problem = r.error().english();
            return false;
        }
        m_customers.append(r->customerId);
        m_names.append(r->name);
    }
    return true;
}

void CaseFixture::setToday(QDate day, QTime time)
{
    Clock::setFixed(QDateTime(day, time, Qt::LocalTime).toUTC());
}

QJsonObject CaseFixture::validForm(const CatalogueItem &item)
{
    QJsonObject form;
    for (const FormField &f : item.fields) {
        if (!f.required)
            continue;
        if (f.type == QLatin1String("number")) {
            form.insert(f.key, 2);
        } else if (f.type == QLatin1String("date")) {
            form.insert(f.key, QStringLiteral("2020-05-01"));
        } else if (f.type == QLatin1String("choice")) {
            form.insert(f.key, f.options.value(0));
        } else if (f.type == QLatin1String("id_number")) {
            form.insert(f.key, residentId(77));
        } else if (f.type == QLatin1String("phone")) {
            form.insert(f.key, QStringLiteral("13912345678"));
        } else {
            form.insert(f.key, QStringLiteral("见申请材料"));
        }
    }
    return form;
}

CatalogueItem CaseFixture::item(const QString &code)
{
    const Result<CatalogueItem> i = MasterData::item(m_t.db().connection(), code);
    return i ? i.value() : CatalogueItem();
}

QString CaseFixture::registeredCase(const QString &itemCode, const Session &session, int customer)
{
    const CatalogueItem i = item(itemCode);
    NewCase c;
    c.itemCode = itemCode;
    c.customerId = m_customers.value(customer);
    c.materialsReceived = i.materials;
    c.formData = validForm(i);
    c.windowCode = i.windowCode;
    const Result<QString> no = CaseService(m_t.db()).registerCase(session, c);
    if (!no) {
        qWarning() << itemCode << no.error().english();
        return QString();
    }
    return no.value();
}

QString CaseFixture::acceptedCase(const QString &itemCode, QDate day, const Session &session,
                                  int customer)
{
    setToday(day);
    const QString no = registeredCase(itemCode, session, customer);
    if (no.isEmpty())
        return no;
    const Result<CaseAcceptance> a = CaseService(m_t.db()).accept(session, no);
    if (!a) {
        qWarning() << no << a.error().english();
        return QString();
    }
    return no;
}

QString CaseFixture::complaint(const QString &itemCode, QDate day, CaseKind kind, int customer)
{
    setToday(day);
    NewCase c;
    c.kind = kind;
    c.itemCode = itemCode;
    c.customerId = m_customers.value(customer);
    c.channel = QStringLiteral("phone");
    c.subject = kind == CaseKind::Complaint ? QStringLiteral("办理套餐变更后仍按原套餐扣费")
                                            : QStringLiteral("宅基地翻建审批迟迟没有结果");
    const Result<QString> no = CaseService(m_t.db()).registerCase(clerk(), c);
    if (!no) {
        qWarning() << itemCode << no.error().english();
        return QString();
    }
    return no.value();
}
