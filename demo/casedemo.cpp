// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/casedemo.h"

#include "core/cases/caseservice.h"
#include "core/cases/complaintservice.h"
#include "core/cases/enquiryservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"

namespace {

// The demo people of the showcase, far from the numbers the generated history uses.
constexpr quint64 kFirstPerson = 4000000000ULL;

Session staff(const char *staffNo, const char16_t *name, Role role, const char *window)
{
    Session s;
    s.staffNo = QString::fromLatin1(staffNo);
    s.name = QString::fromUtf16(name);
    s.role = role;
    s.window = QString::fromLatin1(window);
    return s;
}

// Runs the showcase's actions, each at its own moment, and stops at the first refusal.
class Showcase
{
public:
    explicit Showcase(Database &db)
        : m_db(db), m_cases(db), m_complaints(db), m_enquiries(db), m_customers(db),
          m_today(BusinessDay::today()), m_now(Clock::nowUtc())
    {
    }

    // The working day n working days before today (0: today).
    QDate daysAgo(int n)
    {
        return n == 0 ? m_today : m_cases.calendar().addWorkingDays(m_today, -n);
    }

    // Fixes the clock on day: from 09:00 on, a few minutes per action; today's actions
    // happened in the last minute, so they never lie in the future.
    void at(QDate day)
    {
        if (day != m_day) {
            m_day = day;
            m_step = 0;
        }
        ++m_step;
        const QDateTime moment =
            day == m_today
                ? m_now.addSecs(m_step - 60)
                : QDateTime(day, QTime(9, 0), Qt::LocalTime).addSecs(7 * 60 * m_step).toUTC();
        Clock::setFixed(moment);
    }

    Result<QString> customer(quint64 n, const Session &clerk)
    {
        const DemoSeeder::Person p = DemoSeeder::person(kFirstPerson + n);
        NewCustomer c;
        c.name = p.name;
        c.idNumber = p.idNumber;
        c.phone = p.phone;
        c.address = p.address;
        const Result<Customer> r = m_customers.registerCustomer(clerk, c);
        if (!r)
            return r.error();
        ++added.customers;
        return r->customerId;
    }

    Result<QString> application(const Session &clerk, const QString &itemCode,
                                const QString &customerId, const QStringList &missing = {})
    {
        const Result<CatalogueItem> item = MasterData::item(m_db.connection(), itemCode);
        if (!item)
            return item.error();
        NewCase c;
        c.itemCode = itemCode;
        c.customerId = customerId;
        c.windowCode = item->windowCode;
        for (const QString &m : item->materials) {
            if (!missing.contains(m))
                c.materialsReceived.append(m);
        }
        for (const FormField &f : item->fields) {
            if (!f.required)
                continue;
            if (f.type == QLatin1String("choice"))
                c.formData.insert(f.key, f.options.value(0));
            else if (f.type == QLatin1String("number"))
                c.formData.insert(f.key, 2);
            else if (f.type == QLatin1String("date"))
                c.formData.insert(f.key, m_today.addYears(-1).toString(Qt::ISODate));
            else if (f.type == QLatin1String("id_number"))
                c.formData.insert(f.key, DemoSeeder::person(kFirstPerson + 100).idNumber);
            else if (f.type == QLatin1String("phone"))
                c.formData.insert(f.key, DemoSeeder::person(kFirstPerson + 101).phone);
            else
                c.formData.insert(f.key, QStringLiteral("见申请材料"));
        }
        const Result<QString> no = m_cases.registerCase(clerk, c);
        if (no)
            ++added.cases;
        return no;
    }

    // Registered and accepted daysBack working days ago.
    Result<QString> accepted(const Session &clerk, const QString &itemCode,
                             const QString &customerId, int daysBack)
    {
        at(daysAgo(daysBack));
        const Result<QString> no = application(clerk, itemCode, customerId);
        if (!no)
            return no;
        at(daysAgo(daysBack));
        const Result<CaseAcceptance> a = m_cases.accept(clerk, no.value());
        if (!a)
            return a.error();
        return no;
    }

    Database &m_db;
    CaseService m_cases;
    ComplaintService m_complaints;
    EnquiryService m_enquiries;
    CustomerService m_customers;
    DemoSeeder::Summary added;

private:
    QDate m_today;
    QDateTime m_now;
    QDate m_day;
    int m_step = 0;
};

// Who works the showcase, and the applicants they register first.
struct Cast
{
    Session clerk = staff("1001", u"张丽", Role::Clerk, "W01");
    Session telecom = staff("1002", u"王强", Role::Clerk, "W05");
    Session lead = staff("2001", u"李敏", Role::Supervisor, "W01");
    QStringList people;
};

Status registerPeople(Showcase &s, Cast &cast)
{
    s.at(s.daysAgo(25));
    for (quint64 n = 0; n < 9; ++n) {
        const Result<QString> id = s.customer(n, n == 6 ? cast.telecom : cast.clerk);
        if (!id)
            return id.error();
        cast.people.append(id.value());
    }
    return success();
}

// Red and yellow on the case list.
Status writeDueCases(Showcase &s, const Cast &cast)
{
    // Red: temporary assistance (10 working days) accepted 13 working days ago.
    if (const Result<QString> no =
            s.accepted(cast.clerk, QStringLiteral("G011"), cast.people[0], 13);
        !no)
        return no.error();
    // Yellow: a birth permit due tomorrow, support for the destitute due the day after.
    if (const Result<QString> no =
            s.accepted(cast.clerk, QStringLiteral("G001"), cast.people[1], 9);
        !no)
        return no.error();
    if (const Result<QString> no =
            s.accepted(cast.clerk, QStringLiteral("G014"), cast.people[2], 18);
        !no)
        return no.error();
    return success();
}

// Minimum income support: extended once, with the supervisor's approval.
Status writeExtended(Showcase &s, const Cast &cast)
{
    const Result<QString> support =
        s.accepted(cast.clerk, QStringLiteral("G010"), cast.people[3], 22);
    if (!support)
        return support.error();
    s.at(s.daysAgo(3));
    if (const Result<CaseExtension> e =
            s.m_cases.extend(cast.clerk, support.value(), 10,
                             QStringLiteral("需入户核查家庭收入并在村务公开栏公示7日"), cast.lead);
        !e)
        return e.error();
    return success();
}

// A forest-rights certificate accepted at the village and forwarded to the county.
Status writeForwarded(Showcase &s, const Cast &cast)
{
    const Result<QString> forest =
        s.accepted(cast.clerk, QStringLiteral("G032"), cast.people[4], 6);
    if (!forest)
        return forest.error();
    s.at(s.daysAgo(6));
    return s.m_cases.forward(cast.clerk, forest.value(), QStringLiteral("三台县自然资源局"));
}

// A house-plot application waiting for the materials of its one-time notice.
Status writeNotice(Showcase &s, const Cast &cast)
{
    s.at(s.daysAgo(1));
    const Result<CatalogueItem> plot =
        MasterData::item(s.m_db.connection(), QStringLiteral("G031"));
    if (!plot)
        return plot.error();
    const QStringList missing = plot->materials.mid(1, 2);
    const Result<QString> waiting =
        s.application(cast.clerk, QStringLiteral("G031"), cast.people[5], missing);
    if (!waiting)
        return waiting.error();
    s.at(s.daysAgo(1));
    return s.m_cases.requestMaterials(cast.clerk, waiting.value(), missing);
}

// An old-age allowance: completed on time and its certificate taken home.
Status writeDelivered(Showcase &s, const Cast &cast)
{
    const Result<QString> card = s.accepted(cast.clerk, QStringLiteral("G013"), cast.people[7], 15);
    if (!card)
        return card.error();
    s.at(s.daysAgo(2));
    if (const Result<bool> done = s.m_cases.complete(cast.clerk, card.value()); !done)
        return done.error();
    s.at(s.daysAgo(0));
    return s.m_cases.deliver(cast.clerk, card.value(), QStringLiteral("home"));
}

// A telecom complaint, taken up and assigned; its reply is due in two working days.
Status writeComplaint(Showcase &s, const Cast &cast)
{
    s.at(s.daysAgo(13));
    NewCase complaint;
    complaint.kind = CaseKind::Complaint;
    complaint.itemCode = QStringLiteral("T06");
    complaint.customerId = cast.people[6];
    complaint.channel = QStringLiteral("phone");
    complaint.subject = QStringLiteral("上月在营业厅办理套餐变更为29元畅享套餐，本月仍按原59元套餐"
                                       "扣费，要求退还差额并说明原因。");
    const Result<QString> filed = s.m_cases.registerCase(cast.telecom, complaint);
    if (!filed)
        return filed.error();
    ++s.added.cases;
    s.at(s.daysAgo(12));
    if (const Status st = s.m_complaints.approve(cast.telecom, filed.value(), cast.lead); !st)
        return st;
    s.at(s.daysAgo(12));
    return s.m_complaints.assign(cast.telecom, filed.value(),
                                 QStringLiteral("中国电信城关镇营业部（代办点）"));
}

// A petition by letter, received today, waiting for a leader.
Status writePetition(Showcase &s, const Cast &cast)
{
    s.at(s.daysAgo(0));
    NewCase petition;
    petition.kind = CaseKind::Petition;
    petition.itemCode = QStringLiteral("G030");
    petition.customerId = cast.people[8];
    petition.channel = QStringLiteral("letter");
    petition.subject = QStringLiteral("本人宅基地翻建申请已提交两个月，村里说材料已报镇上，"
                                      "至今没有答复，请求尽快办理。");
    if (const Result<QString> no = s.m_cases.registerCase(cast.clerk, petition); !no)
        return no.error();
    ++s.added.cases;
    return success();
}

// Two phone enquiries of the day.
Status writeEnquiries(Showcase &s, const Cast &cast)
{
    NewEnquiry e;
    e.name = QStringLiteral("周大爷");
    e.unit = QStringLiteral("东风村3组");
    e.contact = QStringLiteral("0816-5621234");
    e.subject = QStringLiteral("80岁以上高龄津贴每月多少钱，什么时候发放");
    e.passedTo = QStringLiteral("W02 民政窗口 王强");
    s.at(s.daysAgo(0));
    if (const Result<QString> id = s.m_enquiries.log(cast.clerk, e); !id)
        return id.error();
    e.name = QStringLiteral("刘会计");
    e.unit = QStringLiteral("三台县鑫达建材有限公司");
    e.contact = DemoSeeder::person(kFirstPerson + 102).phone;
    e.subject = QStringLiteral("新招员工办理就业创业证需要带哪些材料");
    e.passedTo = QStringLiteral("工号1001当场答复：本人身份证原件及复印件、近期一寸照片");
    s.at(s.daysAgo(0));
    if (const Result<QString> id = s.m_enquiries.log(cast.clerk, e); !id)
        return id.error();
    return success();
}

// The showcase in the order its moments run; stops at the first refusal.
Status write(Showcase &s)
{
    Cast cast;
    if (const Status st = registerPeople(s, cast); !st)
        return st;
    for (const auto step : {writeDueCases, writeExtended, writeForwarded, writeNotice,
                            writeDelivered, writeComplaint, writePetition, writeEnquiries}) {
        if (const Status st = step(s, cast); !st)
            return st;
    }
    return success();
}

} // namespace

Status CaseDemo::seed(Database &db, const std::function<void(const QString &)> &report,
                      DemoSeeder::Summary *summary)
{
    if (CustomerService(db).findByIdNumber(DemoSeeder::person(kFirstPerson).idNumber).ok()) {
        return success();
    }
    if (report)
        report(
            QStringLiteral("cases to show (overdue, due soon, extended, complaint, enquiries)…"));
    Showcase s(db);
    const Status written = write(s);
    Clock::reset();
    if (!written)
        return written;
    summary->customers += s.added.customers;
    summary->cases += s.added.cases;
    return success();
}
