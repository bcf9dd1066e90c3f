// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed form fields of catalogue items: what each type accepts and how it is stored.
#include "core/common/idnumber.h"
#include "core/master/formvalidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class tst_FormValidation : public QObject
{
    Q_OBJECT
private slots:
    void values_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QJsonValue>("stored");
        const QString body = QStringLiteral("11010519491231002");
        const QString id = body + IdNumber::checkCharacter(body);
        QTest::newRow("text trimmed") << "text" << QJsonValue(QStringLiteral(" 东风村 ")) << true
                                      << QJsonValue(QStringLiteral("东风村"));
        QTest::newRow("text not a number") << "text" << QJsonValue(5) << false << QJsonValue();
        QTest::newRow("number typed")
            << "number" << QJsonValue(QStringLiteral(" 2.5 ")) << true << QJsonValue(2.5);
        QTest::newRow("number as number") << "number" << QJsonValue(3) << true << QJsonValue(3);
        // The defaults: 0 to 99,999,999 with 2 decimals (issue: -5 and 99999999999 saved).
        QTest::newRow("negative amount")
            << "number" << QJsonValue(QStringLiteral("-5")) << false << QJsonValue();
        QTest::newRow("negative as number") << "number" << QJsonValue(-5) << false << QJsonValue();
        QTest::newRow("eleven nines")
            << "number" << QJsonValue(QStringLiteral("99999999999")) << false << QJsonValue();
        QTest::newRow("three decimals")
            << "number" << QJsonValue(QStringLiteral("1.005")) << false << QJsonValue();
        QTest::newRow("two decimals")
            << "number" << QJsonValue(QStringLiteral("19.99")) << true << QJsonValue(19.99);
        QTest::newRow("the maximum")
            << "number" << QJsonValue(QStringLiteral("99999999")) << true << QJsonValue(99999999.0);
        QTest::newRow("number in words")
            << "number" << QJsonValue(QStringLiteral("两")) << false << QJsonValue();
        QTest::newRow("date") << "date" << QJsonValue(QStringLiteral("2026-02-28")) << true
                              << QJsonValue(QStringLiteral("2026-02-28"));
        QTest::newRow("no 30 February")
            << "date" << QJsonValue(QStringLiteral("2026-02-30")) << false << QJsonValue();
        QTest::newRow("date the Chinese way")
            << "date" << QJsonValue(QStringLiteral("2026年2月28日")) << false << QJsonValue();
        QTest::newRow("ID upper-cased")
            << "id_number" << QJsonValue(id.toLower()) << true << QJsonValue(id);
        QTest::newRow("ID bad checksum")
            << "id_number"
            << QJsonValue(body +
                          (id.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1')))
            << false << QJsonValue();
        QTest::newRow("mobile with spaces")
            << "phone" << QJsonValue(QStringLiteral("138 0013 8000")) << true
            << QJsonValue(QStringLiteral("13800138000"));
        QTest::newRow("10-digit mobile")
            << "phone" << QJsonValue(QStringLiteral("1380013800")) << false << QJsonValue();
        QTest::newRow("listed choice") << "choice" << QJsonValue(QStringLiteral("二孩")) << true
                                       << QJsonValue(QStringLiteral("二孩"));
        QTest::newRow("unlisted choice")
            << "choice" << QJsonValue(QStringLiteral("四孩")) << false << QJsonValue();
    }
    void values()
    {
        QFETCH(QString, type);
        QFETCH(QJsonValue, input);
        QFETCH(bool, ok);
        QFETCH(QJsonValue, stored);
        FormField f;
        f.key = QStringLiteral("f");
        f.label = QStringLiteral("字段");
        f.type = type;
        f.options = {QStringLiteral("一孩"), QStringLiteral("二孩")};
        const Result<QJsonValue> v = FormValidation::value(f, input);
        QCOMPARE(v.ok(), ok);
        if (ok) {
            QCOMPARE(v.value(), stored);
        } else {
            QCOMPARE(v.error().code(), QStringLiteral("case.bad_field"));
            // The message names the field and what it expects.
            QVERIFY(v.error().english().contains(QStringLiteral("字段")));
            QVERIFY(v.error().english().contains(FormValidation::expectation(type)));
        }
    }

    // The catalogue's own range: T09's 缴费金额 is 0.01 to 5000 yuan with 2 decimals.
    void catalogueRange_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("in range") << "150" << true;
        QTest::newRow("fen") << "0.01" << true;
        QTest::newRow("zero") << "0" << false;
        QTest::newRow("above") << "5000.01" << false;
        QTest::newRow("negative") << "-5" << false;
        QTest::newRow("whole number field, decimals") << "2.5" << false;
    }
    void catalogueRange()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const QJsonArray definition{
            QJsonObject{{QStringLiteral("key"), QStringLiteral("amount")},
                        {QStringLiteral("label"), QStringLiteral("缴费金额")},
                        {QStringLiteral("type"), QStringLiteral("number")},
                        {QStringLiteral("min"), 0.01},
                        {QStringLiteral("max"), 5000},
                        {QStringLiteral("decimals"), 2},
                        {QStringLiteral("charge"), true}},
            QJsonObject{{QStringLiteral("key"), QStringLiteral("floors")},
                        {QStringLiteral("type"), QStringLiteral("number")},
                        {QStringLiteral("min"), 1},
                        {QStringLiteral("max"), 10},
                        {QStringLiteral("decimals"), 0}}};
        const Result<QList<FormField>> fields =
            FormValidation::definitions(QStringLiteral("T09"), definition);
        QVERIFY(fields.ok());
        QVERIFY(fields->at(0).charge);
        const FormField &f =
            QString::fromUtf8(QTest::currentDataTag()).startsWith(QLatin1String("whole"))
                ? fields->at(1)
                : fields->at(0);
        const Result<QJsonValue> v = FormValidation::value(f, QJsonValue(input));
        QCOMPARE(v.ok(), ok);
        if (!ok)
            QVERIFY(v.error().english().contains(FormValidation::expectation(f)));
        // Stored as the master data gives it, and read back the same.
        const Result<QList<FormField>> again = FormValidation::definitions(
            QStringLiteral("T09"), FormValidation::definitionsJson(fields.value()));
        QVERIFY(again.ok());
        QCOMPARE(again->at(0).maximum, 5000.0);
        QCOMPARE(again->at(1).decimals, 0);
    }

    void wholeForm()
    {
        FormField name{
            QStringLiteral("name"), QStringLiteral("姓名"), QStringLiteral("text"), true, {}};
        FormField age{
            QStringLiteral("age"), QStringLiteral("年龄"), QStringLiteral("number"), false, {}};
        const QList<FormField> fields{name, age};
        Result<QJsonObject> form =
            FormValidation::check(fields, {{QStringLiteral("name"), QStringLiteral("李四")},
                                           {QStringLiteral("age"), QStringLiteral(" ")},
                                           {QStringLiteral("extra"), 1}});
        QVERIFY(form.ok());
        QCOMPARE(form->value(QLatin1String("name")).toString(), QStringLiteral("李四"));
        QVERIFY(!form->contains(QLatin1String("age"))); // blank optional dropped
        QVERIFY(form->contains(QLatin1String("extra")));
        form = FormValidation::check(fields, {{QStringLiteral("age"), 3}});
        QCOMPARE(form.error().code(), QStringLiteral("case.missing_field"));
        QVERIFY(form.error().english().contains(QStringLiteral("姓名")));
    }
};

QTEST_GUILESS_MAIN(tst_FormValidation)
#include "tst_formvalidation.moc"
