#include "demoseeder.h"

#include "clock.h"
#include "database.h"
#include "deviceidentity.h"
#include "eventlog.h"
#include "idnumber.h"
#include "passwordhasher.h"
#include "session.h"
#include "staffservice.h"
#include "workingcalendar.h"
#include "writetransaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Area codes of the demo county and its neighbours (Mianyang, Sichuan).
const char *const kAreaCodes[] = {"510722", "510723", "510725", "510781"};
constexpr int kAreaCount = 4;
const QDate kFirstBirth(1945, 1, 1);
constexpr quint64 kBirthDays = 23010; // 1945-01-01 … 2007-12-31
constexpr quint64 kIdSpace = kAreaCount * kBirthDays * 1000;
// Multipliers coprime with their modulus: n -> (n * A + B) mod M is a bijection, so
// consecutive n give different, random-looking numbers.
constexpr quint64 kIdMultiplier = 1000003;
constexpr quint64 kPhoneMultiplier = 48271;
constexpr quint64 kPhoneSpace = 100000000;

// The most common surnames, the first ones more often (as in a real register).
const char16_t *const kSurnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
    u"马", u"朱", u"胡", u"郭", u"何", u"林", u"罗", u"高", u"郑", u"梁", u"谢", u"宋",
    u"唐", u"许", u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董", u"袁",
    u"潘", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任"};
const char16_t *const kMaleGiven[] = {
    u"伟", u"强", u"军", u"勇", u"杰", u"涛", u"斌", u"超", u"明", u"刚", u"平", u"辉",
    u"鹏", u"华", u"飞", u"鑫", u"波", u"宇", u"浩", u"建", u"国", u"文", u"志", u"兵",
    u"林", u"峰", u"磊", u"洋", u"成", u"德", u"福", u"贵", u"春", u"海", u"俊", u"永"};
const char16_t *const kFemaleGiven[] = {
    u"芳", u"娟", u"敏", u"静", u"丽", u"艳", u"霞", u"秀", u"英", u"玲", u"桂", u"兰",
    u"燕", u"萍", u"红", u"梅", u"琴", u"雪", u"慧", u"婷", u"洁", u"莉", u"琳", u"佳",
    u"欣", u"悦", u"淑", u"珍", u"凤", u"霞", u"蓉", u"春", u"月", u"翠", u"芬", u"莹"};
const char16_t *const kVillages[] = {u"东风村", u"红星村", u"白鹤村", u"金龙村",
                                     u"青松村", u"新华村", u"桂花村", u"石桥村",
                                     u"柏林村", u"玉河村", u"长虹村", u"三元村"};
const char16_t *const kStreets[] = {u"解放街", u"人民路", u"北坝街", u"南街", u"新民路"};
const char *const kMobilePrefixes[] = {"133", "153", "180", "181", "189", "199", "177",
                                       "138", "139", "150", "158", "187", "130", "186"};

template <typename T, size_t N> constexpr size_t countOf(T (&)[N])
{
    return N;
}

QString pick(const char16_t *const *list, size_t size, quint64 n)
{
    return QString::fromUtf16(list[n % size]);
}

// A cheap mixing function: the demo needs variety, not cryptographic quality.
quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

QString nameFor(quint64 n, bool male)
{
    const quint64 h = mix(n);
    // Skew towards the first surnames: the square of a uniform number.
    const double u = double(h % 10000) / 10000.0;
    QString name = QString::fromUtf16(kSurnames[size_t(u * u * double(countOf(kSurnames)))]);
    const char16_t *const *given = male ? kMaleGiven : kFemaleGiven;
    const size_t size = male ? countOf(kMaleGiven) : countOf(kFemaleGiven);
    name += pick(given, size, h >> 16);
    if ((h >> 40) % 10 < 7) // most given names have two characters
        name += pick(given, size, h >> 24);
    return name;
}

struct StaffSeed
{
    const char *staffNo;
    const char16_t *name;
    Role role;
};
const StaffSeed kStaff[] = {{"1001", u"张丽", Role::Clerk},
                            {"1002", u"王强", Role::Clerk},
                            {"1003", u"陈芳", Role::Partner},
                            {"2001", u"李敏", Role::Supervisor},
                            {"9001", u"赵刚", Role::Admin}};

// Meets the password policy, which refuses a password containing the staff number.
QString initialPassword(const QString &)
{
    return QStringLiteral("Start@2026");
}

QString demoPassword(const QString &staffNo)
{
    return QStringLiteral("Demo@") + staffNo;
}

Result<QJsonObject> demoMaster();

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString DemoSeeder::Summary::text() const
{
    return QStringLiteral(
               "Demo branch TZ01 城关镇便民服务中心: %1 staff, %2 customers and %3 cases "
               "added; %4 events in the log.\n")
        .arg(staff)
        .arg(customers)
        .arg(cases)
        .arg(events);
}

QString DemoSeeder::makeIdNumber(const QString &areaCode, QDate birth, int sequence)
{
    QString first17 = areaCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

DemoSeeder::Person DemoSeeder::person(quint64 n)
{
    const quint64 id = (n * kIdMultiplier + 7919) % kIdSpace;
    const int sequence = int(id % 1000);
    const QDate birth = kFirstBirth.addDays(qint64((id / 1000) % kBirthDays));
    const QString area = QString::fromLatin1(kAreaCodes[id / 1000 / kBirthDays]);
    Person p;
    p.idNumber = makeIdNumber(area, birth, sequence);
    p.name = nameFor(n, sequence % 2 == 1);
    const quint64 phone = (n * kPhoneMultiplier + 12345) % kPhoneSpace;
    p.phone = QString::fromLatin1(kMobilePrefixes[mix(n + 2) % countOf(kMobilePrefixes)]) +
              QStringLiteral("%1").arg(phone, 8, 10, QLatin1Char('0'));
    const quint64 h = mix(n + 1);
    if (h % 4 == 0) {
        p.address = QStringLiteral("四川省绵阳市三台县城关镇%1%2号")
                        .arg(pick(kStreets, countOf(kStreets), h >> 8))
                        .arg((h >> 20) % 300 + 1);
    } else {
        p.address = QStringLiteral("四川省绵阳市三台县城关镇%1%2组%3号")
                        .arg(pick(kVillages, countOf(kVillages), h >> 8))
                        .arg((h >> 20) % 9 + 1)
                        .arg((h >> 28) % 80 + 1);
    }
    return p;
}

DemoSeeder::Person DemoSeeder::randomPerson(QRandomGenerator &random)
{
    return person(random.bounded(quint64(1) << 40) + (quint64(1) << 40));
}

// The documented demo passwords (Demo@<staff no>) contain the staff number, which the
// policy refuses for real accounts, so the demo sets them directly, marks them as changed
// (no forced change at the first demo sign-in) and says so in its own event type.
Status DemoSeeder::setDemoPassword(const QString &staffNo)
{
    const QString hash = PasswordHasher::hash(demoPassword(staffNo));
    WriteTransaction tx(m_db);
    QSqlQuery q = tx.prepare(QStringLiteral("UPDATE staff SET password_hash = ?, "
                                            "must_change_password = 0, updated_at = ? WHERE "
                                            "staff_no = ?"));
    q.addBindValue(hash);
    q.addBindValue(Clock::nowStamp());
    q.addBindValue(staffNo);
    if (const Status s = tx.exec(q); !s)
        return s;
    tx.touch(QStringLiteral("staff"));
    const Result<Event> e = tx.commit(QStringLiteral("staff.demo_password_set"), QString(),
                                      {{QStringLiteral("staff_no"), staffNo}});
    return e ? success() : Status(e.error());
}

Status DemoSeeder::seedStaff(int *added)
{
    StaffService staff(m_db);
    for (const StaffSeed &seed : kStaff) {
        const QString staffNo = QString::fromLatin1(seed.staffNo);
        if (staff.find(staffNo).ok())
            continue;
        if (const Status s =
                staff.addStaff(Session::forConsole(), staffNo, QString::fromUtf16(seed.name),
                               seed.role, initialPassword(staffNo));
            !s)
            return s;
        if (const Status s = setDemoPassword(staffNo); !s)
            return s;
        ++*added;
    }
    return success();
}

Result<DemoSeeder::Summary> DemoSeeder::seed(const Options &options,
                                             const std::function<void(const QString &)> &progress)
{
    const auto report = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Summary summary;
    const Result<DeviceIdentity> device = DeviceIdentity::ensure(
        m_db, {QStringLiteral("TZ01"), QStringLiteral("城关镇便民服务中心"), QStringLiteral("D1")});
    if (!device)
        return device.error();
    report(QStringLiteral("staff…"));
    if (const Status s = seedStaff(&summary.staff); !s)
        return s.error();
    report(QStringLiteral("master data (windows, catalogue, fees, holidays)…"));
    if (const Status s = applyMasterData(report); !s)
        return s.error();
    if (options.customers > 0 || options.days > 0) {
        if (const Status s = seedHistory(options, report, &summary); !s) {
            Clock::reset();
            return s.error();
        }
        Clock::reset();
    }
    const Result<qint64> events = EventLog::count(m_db.connection());
    summary.events = events ? events.value() : 0;
    return summary;
}

Status DemoSeeder::applyMasterData(const std::function<void(const QString &)> &report)
{
    const Result<QJsonObject> master = demoMaster();
    if (!master)
        return master.error();
    // MasterData::apply(m_db, Session::forConsole(), master) belongs here; MasterData is not
    // in this build yet, so the windows, catalogue, fees and holidays are left out.
    report(QStringLiteral("master data not applied: MasterData is missing from this build"));
    return success();
}

namespace {

// One catalogue item as the history generator needs it.
struct ItemPlan
{
    QString code;
    QString window;
    QString mode;
    int limitDays = 0;
    int weight = 1; // how often it is asked for, relative to the others
};

// Telecom business and the common township matters dominate a real day at the counter.
int weightOf(const QString &code)
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("T09"), 30}, {QStringLiteral("T06"), 12}, {QStringLiteral("T05"), 10},
        {QStringLiteral("T01"), 10}, {QStringLiteral("T02"), 5},  {QStringLiteral("T03"), 5},
        {QStringLiteral("T04"), 3},  {QStringLiteral("T07"), 2},  {QStringLiteral("T08"), 3},
        {QStringLiteral("G020"), 8}, {QStringLiteral("G024"), 8}, {QStringLiteral("G022"), 4},
        {QStringLiteral("G023"), 4}, {QStringLiteral("G001"), 4}, {QStringLiteral("G013"), 3},
        {QStringLiteral("G010"), 3}, {QStringLiteral("G011"), 2}};
    return weights.value(code, 1);
}

QList<ItemPlan> itemPlans(const QJsonObject &master)
{
    QList<ItemPlan> plans;
    const QJsonArray items = master.value(QLatin1String("catalogue")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        ItemPlan p;
        p.code = o.value(QLatin1String("code")).toString();
        p.window = o.value(QLatin1String("window")).toString();
        p.mode = o.value(QLatin1String("mode")).toString();
        p.limitDays = o.value(QLatin1String("limit_days")).toInt();
        p.weight = weightOf(p.code);
        plans.append(p);
    }
    return plans;
}

WorkingCalendar calendarFrom(const QJsonObject &master)
{
    QMap<QDate, WorkingCalendar::DayKind> days;
    const QJsonArray holidays = master.value(QLatin1String("holidays")).toArray();
    for (const QJsonValue &v : holidays) {
        const QJsonObject o = v.toObject();
        const QDate day = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        days.insert(day, o.value(QLatin1String("kind")).toString() == QLatin1String("workday")
                             ? WorkingCalendar::DayKind::Workday
                             : WorkingCalendar::DayKind::Holiday);
    }
    return WorkingCalendar(days);
}

Result<QJsonObject> demoMaster()
{
    QFile file(QStringLiteral(":/demo/master.json"));
    QJsonParseError parseError;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                  : QJsonDocument();
    if (!doc.isObject()) {
        return Error(QStringLiteral("demo.missing"),
                     QT_TRANSLATE_NOOP("Error", "The demo master data is missing from this "
                                                "build or damaged. Rebuild HallDesk."));
    }
    return doc.object();
}

// A case accepted earlier that is completed on a later working day.
struct PendingCompletion
{
    QString caseNo;
    QString staffNo;
    QString window;
    bool late = false;
};

const char *const kClerks[] = {"1001", "1002"};

// Writes the history through the services' WriteTransaction overloads, many actions per
// transaction (a clerk's own action commits alone; seeding a million would take hours).
class HistoryWriter
{
public:
    static constexpr int ActionsPerTransaction = 2000;
    static constexpr int ProgressEvery = 50000;

    HistoryWriter(Database &db, const std::function<void(const QString &)> &report)
        : m_db(db), m_report(report)
    {
    }

    Result<QString> registerCustomer(const DemoSeeder::Person &person, const QString &clerk);
    Result<QString> accept(const QString &customerId, const ItemPlan &item, const QString &clerk);
    Status refuse(const QString &customerId, const ItemPlan &item, const QString &clerk);
    Status complete(const PendingCompletion &c);
    Status finish() { return commit(); }

private:
    // For the actions once the services are wired in (see historyUnavailable()).
    [[maybe_unused]] Session session(const QString &staffNo, const QString &window) const;
    [[maybe_unused]] Result<WriteTransaction *> transaction();
    [[maybe_unused]] Status done(); // one action written: commit every ActionsPerTransaction
    Status commit();

    Database &m_db;
    const std::function<void(const QString &)> &m_report;
    std::unique_ptr<WriteTransaction> m_tx;
    int m_inTransaction = 0;
    qint64 m_actions = 0;
};

Session HistoryWriter::session(const QString &staffNo, const QString &window) const
{
    Session s;
    s.staffNo = staffNo;
    s.name = staffNo == QLatin1String("1001") ? QStringLiteral("张丽") : QStringLiteral("王强");
    s.role = Role::Clerk;
    s.window = window;
    return s;
}

Result<WriteTransaction *> HistoryWriter::transaction()
{
    if (!m_tx) {
        m_tx = std::make_unique<WriteTransaction>(m_db);
        if (!m_tx->begun()) {
            const Error e = m_tx->begun().error();
            m_tx.reset();
            return e;
        }
    }
    return m_tx.get();
}

Status HistoryWriter::commit()
{
    if (!m_tx)
        return success();
    const Status s = m_tx->commit();
    m_tx.reset();
    m_inTransaction = 0;
    return s;
}

// The four actions go through CustomerService and CaseService (their WriteTransaction&
// overloads, on transaction(), then done()). Those services are not in this build yet, so
// history cannot be generated and the seeder says so instead of writing rows itself.
Error historyUnavailable()
{
    return Error(QStringLiteral("demo.history_unavailable"),
                 QT_TRANSLATE_NOOP("Error", "This build cannot generate demo history yet (the "
                                            "customer and case services are missing). Seed "
                                            "without --customers and --days."));
}

Result<QString> HistoryWriter::registerCustomer(const DemoSeeder::Person &, const QString &)
{
    return historyUnavailable();
}

Result<QString> HistoryWriter::accept(const QString &, const ItemPlan &, const QString &)
{
    return historyUnavailable();
}

Status HistoryWriter::refuse(const QString &, const ItemPlan &, const QString &)
{
    return historyUnavailable();
}

Status HistoryWriter::complete(const PendingCompletion &)
{
    return historyUnavailable();
}

Status HistoryWriter::done()
{
    ++m_actions;
    if (m_actions % ProgressEvery == 0)
        m_report(QStringLiteral("%1 actions written…").arg(m_actions));
    if (++m_inTransaction < ActionsPerTransaction)
        return success();
    return commit();
}

} // namespace

Status DemoSeeder::seedHistory(const Options &options,
                               const std::function<void(const QString &)> &report, Summary *summary)
{
    const Result<QJsonObject> master = demoMaster();
    if (!master)
        return master.error();
    const QList<ItemPlan> items = itemPlans(master.value());
    int totalWeight = 0;
    for (const ItemPlan &p : items)
        totalWeight += p.weight;
    const WorkingCalendar calendar = calendarFrom(master.value());

    // The working days of the period, oldest first; history never reaches into the future.
    const int days = options.days > 0 ? options.days : 30;
    const int customers = options.customers > 0 ? options.customers : 30 * days;
    const QDate today = QDateTime::currentDateTimeUtc().toLocalTime().date();
    QList<QDate> workingDays;
    for (QDate d = today.addDays(1 - days); d <= today; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            workingDays.append(d);
    }
    if (workingDays.isEmpty())
        workingDays.append(today);

    // New people continue after those already seeded, so a second run adds, never repeats.
    quint64 next = quint64(scalar(m_db, QStringLiteral("SELECT count(*) FROM customer")));

    HistoryWriter writer(m_db, report);
    QMap<QDate, QList<PendingCompletion>> pending;
    int customerIndex = 0;
    for (qsizetype dayIndex = 0; dayIndex < workingDays.size(); ++dayIndex) {
        const QDate day = workingDays.at(dayIndex);
        const int until = int(qint64(customers) * (dayIndex + 1) / workingDays.size());
        const QList<PendingCompletion> due = pending.take(day);
        // Spread the day's actions evenly over opening hours, 08:30 to 17:30 local time.
        const int expected = int(due.size()) + (until - customerIndex) * 7 + 1;
        QDateTime at(day, QTime(8, 30), Qt::LocalTime);
        const qint64 stepMs = std::max<qint64>(1, qint64(9) * 3600 * 1000 / expected);
        const auto tick = [&at, stepMs]() {
            at = at.addMSecs(stepMs);
            Clock::setFixed(at.toUTC());
        };

        // Morning: results of earlier commitments and forwarded cases are handed over.
        for (const PendingCompletion &c : due) {
            tick();
            if (const Status s = writer.complete(c); !s)
                return s;
        }
        for (; customerIndex < until; ++customerIndex) {
            const quint64 n = next++;
            const quint64 h = mix(n * 31 + 17);
            const Person person = DemoSeeder::person(n);
            const QString clerk = QString::fromLatin1(kClerks[h % 2]);
            tick();
            const Result<QString> customerId = writer.registerCustomer(person, clerk);
            if (!customerId)
                return customerId.error();
            ++summary->customers;
            const int cases = 1 + int((h >> 8) % 3); // 1-3, two on average
            for (int c = 0; c < cases; ++c) {
                const quint64 r = mix(h + quint64(c) + 1);
                int w = int(r % quint64(totalWeight));
                const ItemPlan *item = &items.first();
                for (const ItemPlan &p : items) {
                    if ((w -= p.weight) < 0) {
                        item = &p;
                        break;
                    }
                }
                tick();
                const int roll = int((r >> 20) % 100);
                if (roll < 4) { // refused: not this hall's matter, or ineligible
                    if (const Status s = writer.refuse(customerId.value(), *item, clerk); !s)
                        return s;
                    ++summary->cases;
                    continue;
                }
                const Result<QString> caseNo = writer.accept(customerId.value(), *item, clerk);
                if (!caseNo)
                    return caseNo.error();
                ++summary->cases;
                PendingCompletion done{caseNo.value(), clerk, item->window, false};
                if (item->mode == QLatin1String("immediate")) {
                    tick();
                    if (const Status s = writer.complete(done); !s)
                        return s;
                    continue;
                }
                // Most finish within the limit; a few run late; some are still open.
                const QDate dueOn = calendar.addWorkingDays(day, item->limitDays);
                const int span = std::max(1, calendar.workingDaysBetween(day, dueOn));
                QDate finish = calendar.addWorkingDays(day, 1 + int((r >> 32) % quint64(span)));
                if (roll >= 97) {
                    finish = calendar.addWorkingDays(dueOn, 1 + int((r >> 40) % 5));
                    done.late = true;
                }
                if (finish <= today)
                    pending[finish].append(done);
            }
        }
    }
    if (const Status s = writer.finish(); !s)
        return s;
    return success();
}
