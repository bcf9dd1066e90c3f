// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Complaints and petitions: the reception flow register → approve (a leader) → assign (a
// section) → result → reply, one event per step, on time or late against the due date set
// at registration, with illegal steps refused and nothing written.
#include "core/cases/caseservice.h"
#include "core/cases/complaintservice.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/storage/eventlog.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

namespace {

void setToday(QDate d)
{
    Clock::setFixed(QDateTime(d, QTime(10, 0), Qt::LocalTime).toUTC());
}

QJsonObject master()
{
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("full"), true},
            {QStringLiteral("windows"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("W01")},
                                    {QStringLiteral("name"), QStringLiteral("综合窗口")}}}},
            {QStringLiteral("catalogue"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("T06")},
                                    {QStringLiteral("name"), QStringLiteral("套餐变更")},
                                    {QStringLiteral("window"), QStringLiteral("W01")},
                                    {QStringLiteral("mode"), QStringLiteral("immediate")},
                                    {QStringLiteral("limit_days"), 0}}}}};
}

} // namespace

class tst_ComplaintService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    QString m_customer;
    const Session m_clerk = TestDatabase::staff(QStringLiteral("1001"));
    const Session m_leader = TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor);

    QString complaint(CaseKind kind = CaseKind::Complaint)
    {
        NewCase c;
        c.kind = kind;
        c.itemCode = QStringLiteral("T06");
        c.customerId = m_customer;
        c.channel = QStringLiteral("phone");
        c.subject = QStringLiteral("套餐变更后仍按原套餐扣费");
        const Result<QString> no = CaseService(m_t->db()).registerCase(m_clerk, c);
        if (!no)
            qWarning() << no.error().english();
        return no ? no.value() : QString();
    }

    // The one event the last step appended.
    QJsonObject lastEvent(const QString &type, qint64 before)
    {
        if (m_t->eventCount() != before + 1)
            return {};
        const Event e = EventLog::head(m_t->db().connection()).value();
        return e.type == type && e.staff == m_clerk.staffNo ? e.dataObject() : QJsonObject();
    }

private slots:
    void init()
    {
        setToday(QDate(2026, 11, 2)); // a Monday
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        QVERIFY(MasterData::apply(m_t->db(), TestDatabase::console(), master()).ok());
        NewCustomer c;
        c.name = QStringLiteral("周建国");
        const QString body = QStringLiteral("51072219700101001");
        c.idNumber = body + IdNumber::checkCharacter(body);
        const Result<Customer> customer = CustomerService(m_t->db()).registerCustomer(m_clerk, c);
        QVERIFY2(customer.ok(), qPrintable(customer.error().english()));
        m_customer = customer->customerId;
    }
    void cleanup()
    {
        m_t.reset();
        Clock::reset();
    }

    void fullFlow_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<QDate>("repliedOn");
        QTest::addColumn<bool>("onTime");
        // Due 15 working days after Monday 2 November: Monday 23 November.
        QTest::newRow("complaint on time") << CaseKind::Complaint << QDate(2026, 11, 23) << true;
        QTest::newRow("complaint late") << CaseKind::Complaint << QDate(2026, 11, 24) << false;
        QTest::newRow("petition") << CaseKind::Petition << QDate(2026, 12, 10) << true;
    }
    void fullFlow()
    {
        QFETCH(CaseKind, kind);
        QFETCH(QDate, repliedOn);
        QFETCH(bool, onTime);
        ComplaintService complaints(m_t->db());
        const QString no = complaint(kind);
        QVERIFY(!no.isEmpty());

        qint64 before = m_t->eventCount();
        QVERIFY(complaints.approve(m_clerk, no, m_leader).ok());
        QJsonObject data = lastEvent(QStringLiteral("case.approved"), before);
        QCOMPARE(data.value(QLatin1String("case_no")).toString(), no);
        QCOMPARE(data.value(QLatin1String("approved_by")).toString(), QStringLiteral("2001"));

        before = m_t->eventCount();
        QVERIFY(complaints.assign(m_clerk, no, QStringLiteral("中国电信城关镇营业部")).ok());
        data = lastEvent(QStringLiteral("case.assigned"), before);
        QCOMPARE(data.value(QLatin1String("section")).toString(),
                 QStringLiteral("中国电信城关镇营业部"));
        // The section hands it back; it goes to another one.
        QVERIFY(complaints.assign(m_clerk, no, QStringLiteral("县分公司客户服务部")).ok());

        before = m_t->eventCount();
        QVERIFY(complaints.reportResult(m_clerk, no, QStringLiteral("已退还多扣费用 30 元")).ok());
        data = lastEvent(QStringLiteral("case.result"), before);
        QCOMPARE(data.value(QLatin1String("result")).toString(),
                 QStringLiteral("已退还多扣费用 30 元"));

        setToday(repliedOn);
        before = m_t->eventCount();
        const Result<bool> replied = complaints.reply(
            m_clerk, no, QStringLiteral("电话告知处理结果，客户表示满意"), QStringLiteral("phone"));
        QVERIFY2(replied.ok(), qPrintable(replied.error().english()));
        QCOMPARE(replied.value(), onTime);
        data = lastEvent(QStringLiteral("case.replied"), before);
        QCOMPARE(data.value(QLatin1String("method")).toString(), QStringLiteral("phone"));
        QCOMPARE(data.value(QLatin1String("on_time")).toBool(), onTime);
        QCOMPARE(data.value(QLatin1String("replied_on")).toString(),
                 repliedOn.toString(Qt::ISODate));

        const ServiceCase stored = CaseService(m_t->db()).find(no).value();
        QCOMPARE(stored.status, CaseStatus::Replied);
        QCOMPARE(stored.approvedBy, QStringLiteral("2001"));
        QCOMPARE(stored.assignedTo, QStringLiteral("县分公司客户服务部"));
        QCOMPARE(stored.result, QStringLiteral("已退还多扣费用 30 元"));
        QCOMPARE(stored.replyMethod, QStringLiteral("phone"));
        QCOMPARE(stored.repliedOn, repliedOn);
        QCOMPARE(stored.onTime, std::optional<bool>(onTime));
        QVERIFY(CaseState::canRate(stored.status));
        QVERIFY(EventLog::verify(m_t->db().connection()).value().intact());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("code");
        QTest::newRow("assign before approval") << "assign"
                                                << "case.illegal_transition";
        QTest::newRow("result before assignment") << "result"
                                                  << "case.illegal_transition";
        QTest::newRow("reply before the result") << "reply"
                                                 << "case.illegal_transition";
        QTest::newRow("approved by a clerk") << "approve-clerk"
                                             << "case.approval_required";
        QTest::newRow("approved by nobody") << "approve-nobody"
                                            << "case.approval_required";
        QTest::newRow("assigned to nobody") << "approve,assign-empty"
                                            << "case.section_required";
        QTest::newRow("empty result") << "approve,assign,result-empty"
                                      << "case.result_required";
        QTest::newRow("empty reply") << "approve,assign,result,reply-empty"
                                     << "case.reply_required";
        QTest::newRow("reply by pigeon") << "approve,assign,result,reply-pigeon"
                                         << "case.bad_reply_method";
        QTest::newRow("approve twice") << "approve,approve"
                                       << "case.illegal_transition";
        QTest::newRow("reply twice") << "approve,assign,result,reply,reply"
                                     << "case.illegal_transition";
    }
    void refusals()
    {
        QFETCH(QString, step);
        QFETCH(QString, code);
        ComplaintService complaints(m_t->db());
        const QString no = complaint();
        const auto run = [&](const QString &s) -> Status {
            if (s == QLatin1String("approve"))
                return complaints.approve(m_clerk, no, m_leader);
            if (s == QLatin1String("approve-clerk"))
                return complaints.approve(m_clerk, no, TestDatabase::staff(QStringLiteral("1002")));
            if (s == QLatin1String("approve-nobody"))
                return complaints.approve(m_clerk, no, Session());
            if (s == QLatin1String("assign"))
                return complaints.assign(m_clerk, no, QStringLiteral("营业部"));
            if (s == QLatin1String("assign-empty"))
                return complaints.assign(m_clerk, no, QStringLiteral(" "));
            if (s == QLatin1String("result"))
                return complaints.reportResult(m_clerk, no, QStringLiteral("已处理"));
            if (s == QLatin1String("result-empty"))
                return complaints.reportResult(m_clerk, no, QString());
            const QString method = s == QLatin1String("reply-pigeon") ? QStringLiteral("pigeon")
                                                                      : QStringLiteral("visit");
            const QString text =
                s == QLatin1String("reply-empty") ? QString() : QStringLiteral("已答复");
            const Result<bool> r = complaints.reply(m_clerk, no, text, method);
            return r ? success() : Status(r.error());
        };
        QStringList steps = step.split(QLatin1Char(','));
        const QString last = steps.takeLast();
        for (const QString &s : steps)
            QVERIFY2(run(s).ok(), qPrintable(s));
        const QString before = CaseState::key(CaseService(m_t->db()).find(no)->status);
        const qint64 events = m_t->eventCount();
        QCOMPARE(run(last).error().code(), code);
        QCOMPARE(m_t->eventCount(), events);
        QCOMPARE(CaseState::key(CaseService(m_t->db()).find(no)->status), before);
    }

    void notTakenUpIsRefusedInWriting()
    {
        const QString no = complaint(CaseKind::Petition);
        QVERIFY(CaseService(m_t->db()).refuse(m_clerk, no, QStringLiteral("属法院受理范围")).ok());
        QCOMPARE(CaseService(m_t->db()).find(no)->status, CaseStatus::Refused);
        QCOMPARE(ComplaintService(m_t->db()).approve(m_clerk, no, m_leader).error().code(),
                 QStringLiteral("case.illegal_transition"));
    }

    void applicationsHaveNoComplaintSteps()
    {
        NewCase c;
        c.itemCode = QStringLiteral("T06");
        c.customerId = m_customer;
        const QString no = CaseService(m_t->db()).registerCase(m_clerk, c).value();
        QCOMPARE(ComplaintService(m_t->db()).approve(m_clerk, no, m_leader).error().code(),
                 QStringLiteral("case.illegal_transition"));
    }

    void extendedOnce()
    {
        const QString no = complaint();
        CaseService cases(m_t->db());
        const Result<CaseExtension> e =
            cases.extend(m_clerk, no, 5, QStringLiteral("需县分公司核查话单"), m_leader);
        QVERIFY2(e.ok(), qPrintable(e.error().english()));
        QCOMPARE(e->previousDueOn, QDate(2026, 11, 23));
        QCOMPARE(e->dueOn, QDate(2026, 11, 30));
        QCOMPARE(cases.find(no)->status, CaseStatus::Registered);
        QCOMPARE(cases.extend(m_clerk, no, 5, QStringLiteral("再延"), m_leader).error().code(),
                 QStringLiteral("case.already_extended"));
    }
};

QTEST_GUILESS_MAIN(tst_ComplaintService)
#include "tst_complaintservice.moc"
