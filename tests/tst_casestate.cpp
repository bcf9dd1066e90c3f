// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The case state machine: every kind, status and action against the transition table as
// the domain describes it, legal or not; keys, events and the running/finished rules.
#include "core/cases/casestate.h"

#include <QSet>
#include <QTest>

namespace {

using K = CaseKind;
using S = CaseStatus;
using A = CaseAction;

struct Expected
{
    K kind;
    S from;
    A action;
    S to;
};

// The table written out once more, from DOMAIN.md rules 2-4 and 12, so the code's table is
// checked against a second statement of it and not against itself.
QList<Expected> expectedMoves()
{
    QList<Expected> list = {
        {K::Case, S::Registered, A::Accept, S::Accepted},
        {K::Case, S::Registered, A::RequestMaterials, S::MaterialsRequested},
        {K::Case, S::Registered, A::Refuse, S::Refused},
        {K::Case, S::MaterialsRequested, A::Accept, S::Accepted},
        {K::Case, S::MaterialsRequested, A::Refuse, S::Refused},
        {K::Case, S::Accepted, A::Forward, S::Forwarded},
        {K::Case, S::Accepted, A::Complete, S::Completed},
        {K::Case, S::Accepted, A::Extend, S::Accepted},
        {K::Case, S::Forwarded, A::Decide, S::Decided},
        {K::Case, S::Forwarded, A::Complete, S::Completed},
        {K::Case, S::Forwarded, A::Extend, S::Forwarded},
        {K::Case, S::Decided, A::Complete, S::Completed},
        {K::Case, S::Decided, A::Extend, S::Decided},
        {K::Case, S::Completed, A::Deliver, S::Delivered},
    };
    for (K kind : {K::Complaint, K::Petition}) {
        list += {
            {kind, S::Registered, A::Approve, S::Approved},
            {kind, S::Registered, A::Refuse, S::Refused},
            {kind, S::Registered, A::Extend, S::Registered},
            {kind, S::Approved, A::Assign, S::Assigned},
            {kind, S::Approved, A::Extend, S::Approved},
            {kind, S::Assigned, A::Assign, S::Assigned},
            {kind, S::Assigned, A::ReportResult, S::Resolved},
            {kind, S::Assigned, A::Extend, S::Assigned},
            {kind, S::Resolved, A::Reply, S::Replied},
            {kind, S::Resolved, A::Extend, S::Resolved},
        };
    }
    return list;
}

QByteArray rowName(K kind, S from, A action)
{
    return (CaseState::kindKey(kind) + QLatin1Char(':') + CaseState::key(from) + QLatin1Char('+') +
            CaseState::actionKey(action))
        .toUtf8();
}

} // namespace

class tst_CaseState : public QObject
{
    Q_OBJECT
private slots:
    // Every (kind, status, action): the move it makes, or the refusal.
    void moves_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<CaseStatus>("from");
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<CaseStatus>("to");
        const QList<Expected> expected = expectedMoves();
        for (K kind : CaseState::allKinds()) {
            for (S from : CaseState::all()) {
                for (A action : CaseState::allActions()) {
                    bool legal = false;
                    S to = from;
                    for (const Expected &e : expected) {
                        if (e.kind == kind && e.from == from && e.action == action) {
                            legal = true;
                            to = e.to;
                        }
                    }
                    QTest::newRow(rowName(kind, from, action).constData())
                        << kind << from << action << legal << to;
                }
            }
        }
    }
    void moves()
    {
        QFETCH(CaseKind, kind);
        QFETCH(CaseStatus, from);
        QFETCH(CaseAction, action);
        QFETCH(bool, legal);
        QFETCH(CaseStatus, to);
        const Result<CaseStatus> next = CaseState::next(kind, from, action);
        QCOMPARE(next.ok(), legal);
        QCOMPARE(CaseState::actions(kind, from).contains(action), legal);
        if (legal) {
            QCOMPARE(next.value(), to);
            return;
        }
        QCOMPARE(next.error().code(), QStringLiteral("case.illegal_transition"));
        // The message names where the case stands and what was tried.
        QVERIFY(next.error().english().contains(CaseState::displayName(from)));
        QVERIFY(next.error().english().contains(CaseState::actionName(action)));
    }

    void tableHasNoDuplicates()
    {
        QSet<QByteArray> seen;
        for (const CaseState::Move &m : CaseState::moves()) {
            const QByteArray name = rowName(m.kind, m.from, m.action);
            QVERIFY2(!seen.contains(name), name.constData());
            seen.insert(name);
        }
        QCOMPARE(seen.size(), expectedMoves().size());
    }

    // The status-to-status view that older callers use, for applications.
    void transitions_data()
    {
        QTest::addColumn<CaseStatus>("from");
        QTest::addColumn<CaseStatus>("to");
        QTest::addColumn<bool>("legal");
        const QList<QPair<S, S>> legal = {
            {S::Registered, S::Accepted},        {S::Registered, S::MaterialsRequested},
            {S::Registered, S::Refused},         {S::MaterialsRequested, S::Accepted},
            {S::MaterialsRequested, S::Refused}, {S::Accepted, S::Completed},
            {S::Accepted, S::Forwarded},         {S::Forwarded, S::Decided},
            {S::Forwarded, S::Completed},        {S::Decided, S::Completed},
            {S::Completed, S::Delivered},
        };
        for (S from : CaseState::all()) {
            for (S to : CaseState::all()) {
                const QByteArray name =
                    (CaseState::key(from) + QLatin1String("->") + CaseState::key(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << legal.contains({from, to});
            }
        }
    }
    void transitions()
    {
        QFETCH(CaseStatus, from);
        QFETCH(CaseStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(CaseState::canMove(from, to), legal);
        const Status s = CaseState::check(from, to);
        QCOMPARE(s.ok(), legal);
        if (!legal) {
            QCOMPARE(s.error().code(), QStringLiteral("case.illegal_transition"));
            QVERIFY(s.error().english().contains(CaseState::displayName(from)));
            QVERIFY(s.error().english().contains(CaseState::displayName(to)));
        }
    }

    void keysRoundTrip()
    {
        QSet<QString> keys;
        for (CaseStatus s : CaseState::all()) {
            const QString key = CaseState::key(s);
            QVERIFY(!key.isEmpty());
            keys.insert(key);
            CaseStatus back = CaseStatus::Completed;
            QVERIFY(CaseState::fromKey(key, &back));
            QCOMPARE(back, s);
            QVERIFY(!CaseState::displayName(s).isEmpty());
        }
        QCOMPARE(keys.size(), CaseState::all().size());
        CaseStatus unchanged = CaseStatus::Accepted;
        QVERIFY(!CaseState::fromKey(QStringLiteral("archived"), &unchanged));
        QCOMPARE(unchanged, CaseStatus::Accepted);

        QSet<QString> kinds;
        for (CaseKind k : CaseState::allKinds()) {
            CaseKind back = CaseKind::Case;
            QVERIFY(CaseState::kindFromKey(CaseState::kindKey(k), &back));
            QCOMPARE(back, k);
            QVERIFY(!CaseState::kindName(k).isEmpty());
            kinds.insert(CaseState::kindKey(k));
        }
        // The values the service_case.kind column allows (migration 0005).
        QCOMPARE(kinds, QSet<QString>({QStringLiteral("case"), QStringLiteral("complaint"),
                                       QStringLiteral("petition")}));

        QSet<QString> events;
        for (CaseAction a : CaseState::allActions()) {
            QVERIFY(CaseState::eventType(a).startsWith(QLatin1String("case.")));
            QVERIFY(!CaseState::actionName(a).isEmpty());
            QVERIFY(!CaseState::actionKey(a).isEmpty());
            events.insert(CaseState::eventType(a));
        }
        QCOMPARE(events.size(), CaseState::allActions().size());
        // The catalogue's names (DESIGN.md) for the actions it lists.
        QCOMPARE(CaseState::eventType(CaseAction::Forward), QStringLiteral("case.forwarded"));
        QCOMPARE(CaseState::eventType(CaseAction::Extend), QStringLiteral("case.extended"));
        QCOMPARE(CaseState::eventType(CaseAction::Decide), QStringLiteral("case.decided"));
        QCOMPARE(CaseState::eventType(CaseAction::RequestMaterials),
                 QStringLiteral("case.materials_requested"));
    }

    void finishedRunningFinal_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<CaseStatus>("status");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("final");
        QTest::newRow("case registered") << K::Case << S::Registered << false << false << false;
        QTest::newRow("case waiting for materials")
            << K::Case << S::MaterialsRequested << false << false << false;
        QTest::newRow("case accepted") << K::Case << S::Accepted << false << true << false;
        QTest::newRow("case forwarded") << K::Case << S::Forwarded << false << true << false;
        QTest::newRow("case decided") << K::Case << S::Decided << false << true << false;
        QTest::newRow("case completed") << K::Case << S::Completed << true << false << false;
        QTest::newRow("case delivered") << K::Case << S::Delivered << true << false << true;
        QTest::newRow("case refused") << K::Case << S::Refused << true << false << true;
        // A complaint's time limit runs from the day it is received.
        QTest::newRow("complaint registered")
            << K::Complaint << S::Registered << false << true << false;
        QTest::newRow("complaint approved")
            << K::Complaint << S::Approved << false << true << false;
        QTest::newRow("petition assigned") << K::Petition << S::Assigned << false << true << false;
        QTest::newRow("petition resolved") << K::Petition << S::Resolved << false << true << false;
        QTest::newRow("complaint replied") << K::Complaint << S::Replied << true << false << true;
        QTest::newRow("complaint refused") << K::Complaint << S::Refused << true << false << true;
    }
    void finishedRunningFinal()
    {
        QFETCH(CaseKind, kind);
        QFETCH(CaseStatus, status);
        QFETCH(bool, finished);
        QFETCH(bool, running);
        QFETCH(bool, final);
        QCOMPARE(CaseState::isFinished(status), finished);
        QCOMPARE(CaseState::canRate(status), finished);
        QCOMPARE(CaseState::isRunning(kind, status), running);
        QCOMPARE(CaseState::isFinal(status), final);
        // Running is exactly where an extension is possible, and only once.
        QCOMPARE(CaseState::actions(kind, status).contains(CaseAction::Extend), running);
        QVERIFY(!CaseState::actions(kind, status, true).contains(CaseAction::Extend));
        if (running)
            QVERIFY(CaseState::runningKeys().contains(CaseState::key(status)));
    }
};

QTEST_GUILESS_MAIN(tst_CaseState)
#include "tst_casestate.moc"
