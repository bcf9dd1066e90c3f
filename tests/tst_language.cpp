// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own messages (a refused connection, a failed TLS handshake) follow the chosen UI
// language: English when English is chosen, even after Chinese was installed first (the
// saved language before --lang), Chinese with Chinese when Debian's qt6-translations-l10n
// provides qtbase_zh_CN.qm; halldeskctl, which prints Chinese and English, quotes them in
// English.
#include "core/common/language.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString socketRefusal()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, closedPort());
    socket.waitForConnected(5000);
    return socket.errorString();
}

QString replyRefusal()
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(
        QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(closedPort()))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString text = reply->errorString();
    delete reply;
    return text;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}
} // namespace

class tst_Language : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase()
    {
        Language::install(*QCoreApplication::instance(), Language::defaultLanguage());
    }

    void englishShowsQtMessagesInEnglish()
    {
        // As halldesk starts: the saved language (Chinese) first, then --lang en.
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("en")));
        const QString socket = socketRefusal();
        QVERIFY2(!hasChinese(socket) &&
                     socket.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(socket));
        const QString reply = replyRefusal();
        QVERIFY2(!hasChinese(reply) &&
                     reply.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(reply));
    }

    // halldeskctl prints each message in Chinese, then English: Qt's part of it (why the
    // connection failed) must not be Chinese in the English line.
    void theConsoleQuotesQtInEnglish()
    {
        QTemporaryDir dir;
        const auto ctl = [&dir](const QStringList &args) {
            QProcess p;
            p.start(qEnvironmentVariable("HALLDESK_CTL"),
                    QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
            p.waitForFinished(60000);
            return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        QCOMPARE(ctl({QStringLiteral("init")}).first, 0);
        const auto [code, err] =
            ctl({QStringLiteral("enroll"), QStringLiteral("https://127.0.0.1:%1").arg(closedPort()),
                 QStringLiteral("K7MQ-3XTP-9RWA")});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("Connection refused")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("连接被拒绝")), qPrintable(err));
    }

    void chineseShowsQtMessagesInChinese()
    {
        const QString qm =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qm))
            QSKIP("qtbase_zh_CN.qm is not installed (Debian: qt6-translations-l10n)");
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QVERIFY2(hasChinese(socketRefusal()), qPrintable(socketRefusal()));
        QVERIFY2(hasChinese(replyRefusal()), qPrintable(replyRefusal()));
    }
};

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
