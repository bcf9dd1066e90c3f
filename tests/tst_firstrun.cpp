// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A new terminal's first start (set-up wizard, standalone or enrolled with the real
// halldesk-hq over TLS) and the headquarters area of the main window.
#include "core/common/language.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "hqprocess.h"
#include "sync/syncengine.h"
#include "testcerts.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/firstrunwizard.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncmonitor.h"

#include "screenshot.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

namespace {
template <typename T> T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

void setText(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}
} // namespace

class tst_FirstRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setIterations(1000);
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QVERIFY(m_dir.isValid());
        QString problem;
        QVERIFY2(m_certs.make(m_dir.filePath(QStringLiteral("certs")), &problem),
                 qPrintable(problem));
    }

    void init()
    {
        m_terminal.reset(new QTemporaryDir);
        auto db = Database::open(m_terminal->filePath(QStringLiteral("halldesk.db")));
        QVERIFY(db.ok());
        m_db = db.take();
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        m_controller.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_db.reset();
        m_hq.reset();
    }

    void standaloneTerminalGetsItsFirstAdministrator()
    {
        m_controller.reset(new AppController(*m_db, m_terminal->path()));
        m_controller->start();
        FirstRunWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = topLevel<FirstRunWizard>()) != nullptr);
        QVERIFY(saveScreenshot(wizard, QStringLiteral("first-run-branch")));
        wizard->findChild<QRadioButton *>(QStringLiteral("aloneChoice"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), 0); // no branch code yet
        QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("branchMessage"))->text().isEmpty());
        setText(wizard, "branchCode", QStringLiteral("hk02"));
        setText(wizard, "branchName", QStringLiteral("河口村便民服务室"));
        wizard->next();
        QCOMPARE(wizard->currentId(), 1);
        setText(wizard, "adminNo", QStringLiteral("9100"));
        setText(wizard, "adminName", QStringLiteral("刘洋"));
        const QList<QLineEdit *> edits = wizard->currentPage()->findChildren<QLineEdit *>();
        for (QLineEdit *e : edits) {
            if (e->echoMode() == QLineEdit::Password)
                e->setText(QStringLiteral("Village2026"));
        }
        QVERIFY(saveScreenshot(wizard, QStringLiteral("first-run-administrator")));
        wizard->accept();
        LoginDialog *login = nullptr;
        QTRY_VERIFY((login = topLevel<LoginDialog>()) != nullptr);
        QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("staffNo"))->text(),
                 QStringLiteral("9100"));
        const DeviceIdentity id = DeviceIdentity::load(m_db->connection());
        QCOMPARE(id.branchCode, QStringLiteral("HK02"));
        QCOMPARE(id.branchName, QStringLiteral("河口村便民服务室"));
        const Result<StaffRecord> admin = StaffService(*m_db).find(QStringLiteral("9100"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(!admin->mustChangePassword);
    }

    void enrolmentFromTheWizardAndTheSyncArea()
    {
        m_hq.reset(new HqProcess);
        const QString hqDb =
            QStringLiteral("sqlite:") + m_terminal->filePath(QStringLiteral("hq.db"));
        QVERIFY2(m_hq->start(hqDb, m_certs.serverPem, m_certs.serverKey), qPrintable(m_hq->log()));
        const QString code =
            HqProcess::run({QStringLiteral("enroll-code"), QStringLiteral("--branch"),
                            QStringLiteral("TZ01"), QStringLiteral("--name"),
                            QStringLiteral("城关镇便民服务中心"), QStringLiteral("--db"), hqDb})
                .trimmed();
        QVERIFY(!code.isEmpty());

        FirstRunWizard wizard(*m_db);
        wizard.show();
        setText(&wizard, "enrolUrl", QStringLiteral("https://localhost:%1").arg(m_hq->port()));
        setText(&wizard, "enrolCaFile", m_certs.caPem);
        setText(&wizard, "enrolCode", QStringLiteral("WRONG-CODE-0000"));
        wizard.next();
        auto *message = wizard.findChild<QLabel *>(QStringLiteral("branchMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("总部拒绝")), 20000);
        QCOMPARE(wizard.currentId(), 0);
        setText(&wizard, "enrolCode", code);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), 1, 20000);
        QCOMPARE(DeviceIdentity::load(m_db->connection()).branchCode, QStringLiteral("TZ01"));
        QVERIFY(!SettingStore::get(m_db->connection(), SyncEngine::tokenKey()).isEmpty());
        wizard.close();

        // The main window's headquarters area and status bar follow the sync thread.
        QVERIFY(StaffService(*m_db)
                    .addFirstAdministrator(QStringLiteral("9100"), QStringLiteral("刘洋"),
                                           QStringLiteral("Village2026"))
                    .ok());
        Session admin =
            StaffService(*m_db)
                .login(QStringLiteral("9100"), QStringLiteral("Village2026"), QStringLiteral("W01"))
                .value();
        SyncMonitor monitor(*m_db);
        MainWindow window(*m_db, admin, m_terminal->path(), &monitor);
        window.resize(1180, 720);
        window.show();
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusSync"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("全部已发送")), 30000);
        QVERIFY(!monitor.attempts().isEmpty());
        QVERIFY(monitor.attempts().first().ok);
        window.showArea(int(window.areaIds().indexOf(QStringLiteral("syncPage"))));
        QVERIFY(saveScreenshot(&window, QStringLiteral("main-headquarters")));
        // The link goes down: the counter keeps working and says so.
        m_hq->kill();
        {
            WriteTransaction tx(*m_db);
            QVERIFY(tx.commit(QStringLiteral("case.registered"), admin.staffNo,
                              {{QStringLiteral("case_no"), QStringLiteral("X1")}})
                        .ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("离线")), 30000);
        QVERIFY(status->text().contains(QStringLiteral("1")));
        QVERIFY(saveScreenshot(&window, QStringLiteral("main-headquarters-offline")));
    }

private:
    QTemporaryDir m_dir;
    TestCerts m_certs;
    std::unique_ptr<QTemporaryDir> m_terminal;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<HqProcess> m_hq;
};

QTEST_MAIN(tst_FirstRun)
#include "tst_firstrun.moc"
