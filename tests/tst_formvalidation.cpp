// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed form fields of catalogue items: what each type accepts and how it is stored.
#include "core/common/idnumber.h"
#include "core/master/formvalidation.h"

#include <QJsonArray>
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
