// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoseeder.h"

#include "core/cases/caseservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/common/workingcalendar.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/writetransaction.h"
#include "demo/casedemo.h"
#include "demo/cashdemo.h"
#include "demo/queuedemo.h"
#include "demo/subscriptiondemo.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <QVarLengthArray>

#include <algorithm>
#include <memory>

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
    const Result<Event> e = tx.commit(QStringLiteral("staff.demo_password_set"), m_operator.staffNo,
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
        if (const Status s = staff.addStaff(m_operator, staffNo, QString::fromUtf16(seed.name),
                                            seed.role, initialPassword(staffNo));
            !s)
            return s;
        if (const Status s = setDemoPassword(staffNo); !s)
            return s;
        ++*added;
    }
    return success();
}

namespace {

Error notTheDemoBranch(const QString &branchCode)
{
    return Error(QStringLiteral("demo.other_branch"),
                 QT_TRANSLATE_NOOP("Error", "This data folder belongs to branch %1. The demo is "
                                            "made only in a new data folder or on the demo branch "
                                            "TZ01: start with --data-dir and an empty folder. "
                                            "Nothing was changed."),
                 {branchCode});
}

} // namespace

Result<DemoSeeder::Summary> DemoSeeder::seed(const Options &options,
                                             const std::function<void(const QString &)> &progress)
{
    const auto report = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    Summary summary;
    // A terminal already set up keeps its branch, device and enrolment: the demo is made in
    // a new data folder, on the demo branch itself, or on a terminal not yet given a branch.
    DeviceIdentity::Setup demoBranch{QStringLiteral("TZ01"), QStringLiteral("城关镇便民服务中心"),
                                     QStringLiteral("D1")};
    const DeviceIdentity current = DeviceIdentity::load(m_db.connection());
    if (current.isComplete()) {
        if (current.branchCode != demoBranch.branchCode &&
            current.branchCode != QLatin1String("LOCAL"))
            return notTheDemoBranch(current.branchCode);
        demoBranch = {};
    }
    const Result<DeviceIdentity> device = DeviceIdentity::ensure(m_db, demoBranch);
    if (!device)
        return device.error();
    report(QStringLiteral("staff…"));
    if (const Status s = seedStaff(&summary.staff); !s)
        return s.error();
    report(QStringLiteral("master data (windows, catalogue, fees, holidays)…"));
    if (const Status s = applyMasterData(report); !s)
        return s.error();
    if (const Status s = QueueDemo(m_db).setUpCategories(m_operator); !s)
        return s.error();
    if (const Status s = CaseDemo::seed(m_db, report, &summary); !s)
        return s.error();
    if (options.customers > 0 || options.days > 0) {
        if (const Status s = seedHistory(options, report, &summary); !s) {
            Clock::reset();
            return s.error();
        }
        Clock::reset();
        if (const Status s = CashDemo::seed(m_db, report); !s)
            return s.error();
        if (const Result<int> waiting = QueueDemo(m_db).fillTodaysQueue(); !waiting)
            return waiting.error();
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
    const int before = MasterData::version(m_db.connection());
    // The same version with the same content is a no-op inside MasterData (no event).
    const Result<int> applied = MasterData::apply(m_db, m_operator, master.value());
    if (!applied)
        return applied.error();
    report(applied.value() == before
               ? QStringLiteral("master data version %1 already applied").arg(applied.value())
               : QStringLiteral("master data version %1 applied").arg(applied.value()));
    return success();
}

namespace {

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

// The two demo clerks: 张丽 at the general window, 王强 at the telecom window.
Session clerkSession(const char *staffNo, const char16_t *name, const char *window)
{
    Session s;
    s.staffNo = QString::fromLatin1(staffNo);
    s.name = QString::fromUtf16(name);
    s.role = Role::Clerk;
    s.window = QString::fromLatin1(window);
    return s;
}

// Plausible answers for the free-text form fields of the demo catalogue.
const char16_t *const kMachines[] = {u"久保田2ZGQ-6D插秧机", u"雷沃M904-B拖拉机",
                                     u"沃得4LZ-6.0E收割机", u"大疆T40植保无人机"};
const char16_t *const kHardships[] = {u"住院治疗，医疗费用负担重", u"房屋失火", u"交通事故致伤",
                                      u"突发重病", u"洪涝灾害致房屋受损"};
const char16_t *const kEmployers[] = {u"三台县鑫达建材有限公司", u"绵阳市川江食品有限公司",
                                      u"三台县城关镇华兴超市", u"四川蜀丰农业开发有限公司"};
const char16_t *const kWishes[] = {u"普工", u"保洁", u"保安", u"厨师", u"驾驶员", u"电工"};
const char16_t *const kProjects[] = {u"自建住房（砖混两层）", u"自建住房（框架三层）",
                                     u"农房翻建（砖混一层）"};
const char16_t *const kRefusals[] = {
    u"申请人户籍不在本镇，不符合办理条件，已告知向户籍所在地便民服务中心申请",
    u"所申请事项不属于本中心受理范围，已告知向县政务服务中心申请",
    u"申请人不符合政策规定的年龄条件", u"申请人家庭收入超过规定标准，不符合申请条件"};

QString village(quint64 h)
{
    return QStringLiteral("%1%2组").arg(pick(kVillages, countOf(kVillages), h)).arg(h % 9 + 1);
}

// One catalogue item as the history generator needs it.
struct ItemPlan
{
    CatalogueItem item;
    int weight = 1; // how often it is asked for, relative to the others
    int clerk = 0;  // index into the clerks: telecom matters go to the telecom window
};

// A valid value of the field's type; optional fields are left out now and then.
QJsonValue fieldValue(const FormField &f, const DemoSeeder::Person &p, quint64 n, quint64 h,
                      QDate day)
{
    if (!f.required && h % 10 < 4)
        return QJsonValue(QJsonValue::Undefined);
    const QString &key = f.key;
    if (f.type == QLatin1String("choice"))
        return f.options.isEmpty() ? QJsonValue(QString())
                                   : f.options.at(qsizetype(h % quint64(f.options.size())));
    if (f.type == QLatin1String("id_number"))
        return DemoSeeder::person(n + 50000000).idNumber;
    if (f.type == QLatin1String("phone")) {
        // The applicant's own number, or (for a new line) a new one.
        return key == QLatin1String("number") && f.required
                   ? p.phone
                   : DemoSeeder::person(n + 60000000).phone;
    }
    if (f.type == QLatin1String("date")) {
        if (key == QLatin1String("birth_date")) {
            const Result<IdNumber> id = IdNumber::parse(p.idNumber);
            if (id)
                return id->birthDate().toString(Qt::ISODate);
        }
        return day.addDays(-qint64(10 + h % 300)).toString(Qt::ISODate);
    }
    if (f.type == QLatin1String("number")) {
        const auto range = [h](int low, int high) {
            return double(low + int(h % quint64(high - low + 1)));
        };
        if (key == QLatin1String("children"))
            return range(1, 3);
        if (key == QLatin1String("invoice_amount"))
            return range(30, 800) * 100;
        if (key == QLatin1String("area_mu") || key == QLatin1String("forest_area"))
            return range(15, 120) / 10.0;
        if (key == QLatin1String("household_size"))
            return range(1, 6);
        if (key == QLatin1String("monthly_income"))
            return range(3, 25) * 100;
        if (key == QLatin1String("amount_requested"))
            return range(5, 50) * 100;
        if (key == QLatin1String("years_paid"))
            return range(15, 30);
        if (key == QLatin1String("area"))
            return range(80, 180);
        if (key == QLatin1String("floors"))
            return range(1, 3);
        if (key == QLatin1String("months"))
            return range(1, 6);
        if (key == QLatin1String("amount")) {
            static const int amounts[] = {20, 30, 50, 50, 100, 100, 200};
            return double(amounts[h % countOf(amounts)]);
        }
        return range(1, 10);
    }
    // text
    if (key == QLatin1String("spouse_name") || key == QLatin1String("new_owner_name"))
        return DemoSeeder::person(n + 50000000).name;
    if (key == QLatin1String("machine"))
        return pick(kMachines, countOf(kMachines), h);
    if (key == QLatin1String("event"))
        return pick(kHardships, countOf(kHardships), h);
    if (key == QLatin1String("village") || key == QLatin1String("location"))
        return village(h);
    if (key == QLatin1String("project"))
        return pick(kProjects, countOf(kProjects), h);
    if (key == QLatin1String("card_no")) // 残疾人证号: the ID number, category and grade
        return p.idNumber + QString::number(h % 7 + 1) + QString::number((h >> 8) % 4 + 1);
    if (key == QLatin1String("bank_account"))
        return QStringLiteral("621790%1").arg(h % 10000000000000ULL, 13, 10, QLatin1Char('0'));
    if (key == QLatin1String("last_employer"))
        return pick(kEmployers, countOf(kEmployers), h);
    if (key == QLatin1String("wish"))
        return pick(kWishes, countOf(kWishes), h);
    return QStringLiteral("见申请材料");
}

QJsonObject formFor(const CatalogueItem &item, const DemoSeeder::Person &p, quint64 n, quint64 r,
                    QDate day)
{
    QJsonObject form;
    quint64 k = 0;
    for (const FormField &f : item.fields) {
        const QJsonValue v = fieldValue(f, p, n, mix(r + ++k * 0x9e3779b97f4a7c15ULL), day);
        if (!v.isUndefined())
            form.insert(f.key, v);
    }
    return form;
}

// What happens to a case on a later working day.
struct FollowUp
{
    enum class Kind { Accept, Complete };
    Kind kind = Kind::Complete;
    QString caseNo;
    int item = 0;          // index into the plans
    int clerk = 0;         // index into the clerks
    QStringList materials; // brought after the one-time notice (Accept)
    quint64 r = 0;         // the case's random bits
};

// Writes the history through the services' WriteTransaction overloads, many actions per
// transaction (a clerk's own action commits alone; seeding a million that way would take
// hours). One service instance each for the whole run: their prepared statements and
// caches are reused. A refusal writes nothing, so the open transaction stays usable.
class HistoryWriter
{
public:
    static constexpr int ActionsPerTransaction = 2000;

    explicit HistoryWriter(Database &db) : m_db(db), m_customers(db), m_cases(db) {}

    CaseService &cases() { return m_cases; }
    qint64 actions() const { return m_actions; }

    // The new customer's id; an empty id when the ID number is already registered.
    Result<QString> registerCustomer(const Session &clerk, const DemoSeeder::Person &person)
    {
        const Result<WriteTransaction *> tx = transaction();
        if (!tx)
            return tx.error();
        NewCustomer c;
        c.name = person.name;
        c.idNumber = person.idNumber;
        c.phone = person.phone;
        c.address = person.address;
        const Result<Customer> registered = m_customers.registerCustomer(*tx.value(), clerk, c);
        if (!registered) {
            if (registered.error().code() == QLatin1String("customer.duplicate_id"))
                return QString();
            return registered.error();
        }
        if (const Status s = done(); !s)
            return s.error();
        return registered->customerId;
    }

    Result<QString> registerCase(const Session &clerk, const NewCase &newCase)
    {
        const Result<WriteTransaction *> tx = transaction();
        if (!tx)
            return tx.error();
        const Result<QString> caseNo = m_cases.registerCase(*tx.value(), clerk, newCase);
        if (!caseNo)
            return caseNo;
        if (const Status s = done(); !s)
            return s.error();
        return caseNo;
    }

    Result<CaseAcceptance> accept(const Session &clerk, const QString &caseNo,
                                  const QStringList &materials)
    {
        const Result<WriteTransaction *> tx = transaction();
        if (!tx)
            return tx.error();
        const Result<CaseAcceptance> a = m_cases.accept(*tx.value(), clerk, caseNo, materials);
        if (!a)
            return a;
        if (const Status s = done(); !s)
            return s.error();
        return a;
    }

    Status requestMaterials(const Session &clerk, const QString &caseNo, const QStringList &missing)
    {
        return run([&](WriteTransaction &tx) {
            return m_cases.requestMaterials(tx, clerk, caseNo, missing);
        });
    }

    Status refuse(const Session &clerk, const QString &caseNo, const QString &reason)
    {
        return run([&](WriteTransaction &tx) { return m_cases.refuse(tx, clerk, caseNo, reason); });
    }

    Status complete(const Session &clerk, const QString &caseNo)
    {
        return run([&](WriteTransaction &tx) {
            const Result<bool> onTime = m_cases.complete(tx, clerk, caseNo);
            return onTime ? success() : Status(onTime.error());
        });
    }

    Status finish() { return commit(); }

    // Any action (another area's: the queue's, the telecom services') in the same batched
    // transactions.
    template <typename Action> Status run(const Action &action)
    {
        const Result<WriteTransaction *> tx = transaction();
        if (!tx)
            return tx.error();
        if (const Status s = action(*tx.value()); !s)
            return s;
        return done();
    }

private:
    Result<WriteTransaction *> transaction()
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

    // One action written: commit every ActionsPerTransaction.
    Status done()
    {
        ++m_actions;
        if (++m_inTransaction < ActionsPerTransaction)
            return success();
        return commit();
    }

    Status commit()
    {
        if (!m_tx)
            return success();
        const Status s = m_tx->commit();
        m_tx.reset();
        m_inTransaction = 0;
        return s;
    }

    Database &m_db;
    CustomerService m_customers;
    CaseService m_cases;
    std::unique_ptr<WriteTransaction> m_tx;
    int m_inTransaction = 0;
    qint64 m_actions = 0;
};

// The generated history of DemoSeeder::seedHistory, one working day after another: the
// follow-ups due that morning, then the day's new visitors, each action at its own moment.
class HistoryRun
{
public:
    HistoryRun(Database &db, const std::function<void(const QString &)> &report,
               DemoSeeder::Summary *summary)
        : m_db(db), m_writer(db), m_queue(db), m_telecom(db), m_report(report),
          m_summary(summary), m_clerks{clerkSession("1001", u"张丽", "W01"),
                                       clerkSession("1002", u"王强", "W05")}
    {
    }

    // The catalogue's items as the counter reads them, with how often each is asked for.
    Status loadPlans()
    {
        const QList<CatalogueItem> catalogue = MasterData::catalogue(m_db.connection());
        for (const CatalogueItem &item : catalogue) {
            ItemPlan p;
            // MasterData::item is what the counter reads when the clerk picks the matter.
            const Result<CatalogueItem> full = MasterData::item(m_db.connection(), item.code);
            if (!full)
                return full.error();
            p.item = full.value();
            p.weight = weightOf(item.code);
            p.clerk = item.windowCode == QLatin1String("W05") ? 1 : 0;
            m_totalWeight += p.weight;
            m_plans.append(p);
        }
        return success();
    }

    bool offersAnything() const { return !m_plans.isEmpty(); }

    Status write(const DemoSeeder::Options &options)
    {
        m_calendar = m_writer.cases().calendar(); // HolidayCalendar, cached
        const int days = options.days > 0 ? options.days : 30;
        const int customers = options.customers > 0 ? options.customers : 30 * days;
        m_now = Clock::nowUtc();
        m_today = m_now.toLocalTime().date();
        const QList<QDate> workingDays = periodDays(days);
        // New people continue after those already seeded, so a second run adds, never repeats.
        m_next = quint64(scalar(m_db, QStringLiteral("SELECT count(*) FROM customer")));

        int customerIndex = 0;
        for (qsizetype dayIndex = 0; dayIndex < workingDays.size(); ++dayIndex) {
            const QDate day = workingDays.at(dayIndex);
            const int until = int(qint64(customers) * (dayIndex + 1) / workingDays.size());
            const QList<FollowUp> due = m_later.take(day);
            startDay(day, qint64(due.size()) * 2 + qint64(until - customerIndex) * 10 + 1);
            // Morning: applicants bring what the notice asked for; results are handed over.
            for (const FollowUp &f : due) {
                if (const Status s = followUp(f); !s)
                    return s;
            }
            for (; customerIndex < until; ++customerIndex) {
                if (const Status s = visit(day); !s)
                    return s;
            }
        }
        if (const Status s = m_writer.finish(); !s)
            return s;
        m_report(QStringLiteral("history: %1 customers, %2 cases, %3 actions")
                     .arg(m_summary->customers)
                     .arg(m_summary->cases)
                     .arg(m_writer.actions()));
        return success();
    }

private:
    // The working days of the period, oldest first; history never reaches into the
    // future: today only up to now, and only when the hall has been open a while.
    QList<QDate> periodDays(int days) const
    {
        // Days a supervisor has closed (日结) take nothing more, in the demo as at the counter.
        const auto dayOpen = [this](QDate d) {
            return !BusinessDay::isClosed(m_db.connection(), d);
        };
        QList<QDate> workingDays;
        for (QDate d = m_today.addDays(1 - days); d < m_today; d = d.addDays(1)) {
            if (m_calendar.isWorkingDay(d) && dayOpen(d))
                workingDays.append(d);
        }
        const QDateTime openToday(m_today, QTime(8, 30), Qt::LocalTime);
        if (m_calendar.isWorkingDay(m_today) && openToday.secsTo(m_now) > 1800 && dayOpen(m_today))
            workingDays.append(m_today);
        if (workingDays.isEmpty())
            workingDays.append(dayOpen(m_today.addDays(-1)) ? m_today.addDays(-1) : m_today);
        return workingDays;
    }

    // Spreads the day's expected actions evenly over opening hours, 08:30 to 17:30 local
    // time (today: to now).
    void startDay(QDate day, qint64 expected)
    {
        m_open = QDateTime(day, QTime(8, 30), Qt::LocalTime).toUTC();
        const QDateTime close =
            std::min(QDateTime(day, QTime(17, 30), Qt::LocalTime).toUTC(), m_now.addSecs(-60));
        m_stepMs = std::max<qint64>(1, m_open.msecsTo(close) / expected);
        m_offsetMs = 0;
        m_lastMs = m_open.msecsTo(close);
    }

    // The clock on to the next action's moment.
    void tick()
    {
        m_offsetMs = std::min(m_offsetMs + m_stepMs, m_lastMs); // never after closing (or now)
        Clock::setFixed(m_open.addMSecs(m_offsetMs));
    }

    // The date a commitment case is completed, or invalid while it is still open.
    QDate completion(const CaseAcceptance &a, quint64 r) const
    {
        const int span = std::max(1, m_calendar.workingDaysBetween(a.acceptedOn, a.dueOn));
        QDate finish = m_calendar.addWorkingDays(a.acceptedOn, 1 + int((r >> 32) % quint64(span)));
        if ((r >> 24) % 100 < 4) // late: the higher level or the applicant took longer
            finish = m_calendar.addWorkingDays(a.dueOn, 1 + int((r >> 40) % 5));
        return finish <= m_today ? finish : QDate();
    }

    // Accepted now: completed on the spot, or later, or (not yet) at all.
    Status afterAcceptance(const FollowUp &f, const CaseAcceptance &a)
    {
        const ItemPlan &plan = m_plans.at(f.item);
        if (plan.item.mode == QLatin1String("immediate")) {
            tick();
            return m_writer.complete(m_clerks[f.clerk], f.caseNo);
        }
        const QDate finish = completion(a, f.r);
        if (finish.isValid()) {
            FollowUp c = f;
            c.kind = FollowUp::Kind::Complete;
            c.materials.clear();
            m_later[finish].append(c);
        }
        return success();
    }

    // A case's later step: the materials brought back (accepted now), or the result.
    Status followUp(const FollowUp &f)
    {
        tick();
        if (f.kind == FollowUp::Kind::Complete)
            return m_writer.complete(m_clerks[f.clerk], f.caseNo);
        const Result<CaseAcceptance> a = m_writer.accept(m_clerks[f.clerk], f.caseNo, f.materials);
        if (!a)
            return a.error();
        return afterAcceptance(f, a.value());
    }

    // One visitor: a ticket, called to the window, registered as a customer, one to three
    // matters, and the end of the visit with the rating pad.
    Status visit(QDate day)
    {
        quint64 n = m_next++;
        const quint64 h = mix(n * 31 + 17);
        const int cases = 1 + int((h >> 8) % 3); // 1-3, two on average
        const QVarLengthArray<int, 3> picked = pickItems(h, cases);
        const Session &registrar = m_clerks[m_plans.at(picked.first()).clerk];
        // The visitor takes a ticket at the kiosk and is called to the clerk's window.
        tick();
        if (const Status s = m_writer.run([&](WriteTransaction &tx) {
                return m_queue.arrive(tx, registrar, m_plans.at(picked.first()).item.category, h);
            });
            !s)
            return s;
        tick();
        if (const Status s =
                m_writer.run([&](WriteTransaction &tx) { return m_queue.call(tx, registrar); });
            !s)
            return s;
        tick();
        DemoSeeder::Person person;
        const Result<QString> customerId = registerVisitor(registrar, n, person);
        if (!customerId)
            return customerId.error();
        if (customerId->isEmpty())
            return success();
        ++m_summary->customers;
        if (const Status s = m_writer.run([&](WriteTransaction &tx) {
                return m_telecom.afterRegistration(tx, customerId.value(), person.idNumber, n);
            });
            !s)
            return s;
        const Applicant applicant{customerId.value(), person, n, day};
        for (int c = 0; c < cases; ++c) {
            if (const Status s = seedCase(applicant, picked.at(c), mix(h + quint64(c) + 1)); !s)
                return s;
        }
        tick(); // the end of the visit, and the rating pad
        if (const Status s =
                m_writer.run([&](WriteTransaction &tx) { return m_queue.leave(tx, registrar, h); });
            !s)
            return s;
        reportProgress(day);
        return success();
    }

    // The visitor's matters: plan indexes drawn by weight.
    QVarLengthArray<int, 3> pickItems(quint64 h, int cases) const
    {
        QVarLengthArray<int, 3> picked;
        for (int c = 0; c < cases; ++c) {
            int w = int(mix(h + quint64(c) + 1) % quint64(m_totalWeight));
            int index = 0;
            while ((w -= m_plans.at(index).weight) >= 0)
                ++index;
            picked.append(index);
        }
        return picked;
    }

    // The new customer's id, or an empty id when 100 people in a row were registered
    // already. An ID number registered otherwise (a clerk, a benchmark): take the next
    // person; n and person are the one registered.
    Result<QString> registerVisitor(const Session &registrar, quint64 &n,
                                    DemoSeeder::Person &person)
    {
        person = DemoSeeder::person(n);
        Result<QString> customerId = m_writer.registerCustomer(registrar, person);
        for (int tries = 0; customerId && customerId->isEmpty() && tries < 100; ++tries) {
            n = m_next++;
            person = DemoSeeder::person(n);
            customerId = m_writer.registerCustomer(registrar, person);
        }
        return customerId;
    }

    // Who asks for a matter, and on which day.
    struct Applicant
    {
        QString customerId;
        const DemoSeeder::Person &person;
        quint64 n;
        QDate day;
    };

    // One matter: registered, then refused, given a one-time notice, or accepted.
    Status seedCase(const Applicant &applicant, int planIndex, quint64 r)
    {
        const ItemPlan &plan = m_plans.at(planIndex);
        const CatalogueItem &item = plan.item;
        const Session &clerk = m_clerks[plan.clerk];
        const int roll = int((r >> 20) % 100);
        // A one-time notice needs something to be missing.
        const bool notice = roll >= 4 && roll < 14 && !item.materials.isEmpty();
        const QStringList missing = notice ? missingFor(item, r) : QStringList();
        tick();
        const Result<QString> caseNo =
            m_writer.registerCase(clerk, newCaseFor(item, applicant, r, missing));
        if (!caseNo)
            return caseNo.error();
        ++m_summary->cases;
        FollowUp f;
        f.caseNo = caseNo.value();
        f.item = planIndex;
        f.clerk = plan.clerk;
        f.r = r;
        tick();
        if (roll < 4) // not this hall's matter, or the applicant is not eligible
            return m_writer.refuse(clerk, f.caseNo, pick(kRefusals, countOf(kRefusals), r >> 12));
        if (notice)
            return giveNotice(clerk, f, missing, applicant.day);
        const Result<CaseAcceptance> a = m_writer.accept(clerk, f.caseNo, {});
        if (!a)
            return a.error();
        return afterAcceptance(f, a.value());
    }

    // One or two materials are missing; everything else was brought.
    static QStringList missingFor(const CatalogueItem &item, quint64 r)
    {
        QStringList missing;
        const qsizetype size = item.materials.size();
        const qsizetype first = qsizetype((r >> 8) % quint64(size));
        missing.append(item.materials.at(first));
        if (size > 2 && (r >> 16) % 2 == 0)
            missing.append(item.materials.at((first + 1) % size));
        return missing;
    }

    static NewCase newCaseFor(const CatalogueItem &item, const Applicant &applicant, quint64 r,
                              const QStringList &missing)
    {
        NewCase newCase;
        newCase.itemCode = item.code;
        newCase.customerId = applicant.customerId;
        newCase.windowCode = item.windowCode;
        newCase.channel = (r >> 48) % 50 == 0 ? QStringLiteral("phone") : QStringLiteral("visit");
        newCase.formData = formFor(item, applicant.person, applicant.n, r, applicant.day);
        for (const QString &m : item.materials) {
            if (!missing.contains(m))
                newCase.materialsReceived.append(m);
        }
        return newCase;
    }

    // The one-time notice; most come back within a week with what it asked for, a few
    // have not (yet).
    Status giveNotice(const Session &clerk, FollowUp f, const QStringList &missing, QDate day)
    {
        if (const Status s = m_writer.requestMaterials(clerk, f.caseNo, missing); !s)
            return s;
        const QDate back = m_calendar.addWorkingDays(day, 1 + int((f.r >> 36) % 5));
        if ((f.r >> 44) % 100 < 85 && back <= m_today) {
            f.kind = FollowUp::Kind::Accept;
            f.materials = missing;
            m_later[back].append(f);
        }
        return success();
    }

    void reportProgress(QDate day)
    {
        if (m_writer.actions() - m_reported < 100000)
            return;
        m_reported = m_writer.actions();
        m_report(QStringLiteral("%1 customers, %2 cases, %3 actions (%4)…")
                     .arg(m_summary->customers)
                     .arg(m_summary->cases)
                     .arg(m_writer.actions())
                     .arg(day.toString(Qt::ISODate)));
    }

    Database &m_db;
    HistoryWriter m_writer;
    QueueDemo m_queue;
    SubscriptionDemo m_telecom;
    const std::function<void(const QString &)> &m_report;
    DemoSeeder::Summary *m_summary;
    const Session m_clerks[2];
    QList<ItemPlan> m_plans;
    int m_totalWeight = 0;
    WorkingCalendar m_calendar;
    QDateTime m_now;
    QDate m_today;
    quint64 m_next = 0;                   // the next demo person
    QMap<QDate, QList<FollowUp>> m_later; // what each later working day brings
    qint64 m_reported = 0;                // actions at the last progress line
    QDateTime m_open;                     // the day's opening, UTC
    qint64 m_stepMs = 1;
    qint64 m_offsetMs = 0;
    qint64 m_lastMs = 0;
};

} // namespace

// The history: customers registered by the clerks over the working days of the period,
// each asking for one to three matters. About 4 % are refused; about 10 % get a one-time
// notice of missing materials and are accepted when the applicant comes back (a few never
// do); the rest are accepted at once. Immediate matters are completed on the spot, the
// others on a later working day, most within their limit and a few late; those whose day
// has not come yet stay open. Every action goes through CustomerService or CaseService
// with the clock fixed to its moment, so rows, events and numbers are what the counter
// itself would have written. Dated before the staff and master data events of the same
// run (which carry the real time), and before the history of an earlier run when the
// periods overlap: the chain is ordered by sequence, not by time.
Status DemoSeeder::seedHistory(const Options &options,
                               const std::function<void(const QString &)> &report, Summary *summary)
{
    HistoryRun run(m_db, report, summary);
    if (const Status s = run.loadPlans(); !s)
        return s;
    if (!run.offersAnything()) { // a catalogue HQ replaced with one offering nothing
        report(QStringLiteral("no active catalogue items: no history written"));
        return success();
    }
    return run.write(options);
}
