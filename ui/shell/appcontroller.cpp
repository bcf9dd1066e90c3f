// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/appcontroller.h"

#include "ui/shell/changepassworddialog.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"

#include "core/staff/staffservice.h"
#include "ui/shell/backgroundtask.h"
#include "ui/shell/firstrunwizard.h"
#include "ui/shell/syncmonitor.h"

#include <QMessageBox>

AppController::AppController(Database &db, QString dataDir, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(std::move(dataDir))
{
}

AppController::~AppController()
{
    delete m_mainWindow;
    m_sync.reset(); // stops the sync thread before the database goes
}

void AppController::start()
{
    m_sync = std::make_unique<SyncMonitor>(m_db);
    checkIntegrity();
    if (StaffService(m_db).list().isEmpty())
        showFirstRun();
    else
        showLogin(QString());
}

void AppController::checkIntegrity()
{
    // quick_check reads the whole file: it runs while the clerk signs in, not before the
    // window appears. A damaged file stops the counter before anything more is written.
    BackgroundTask::run<Done>(
        m_db, this, [](Database &db) -> Result<Done> { return db.quickCheck(); },
        [this](const Result<Done> &result) {
            if (result)
                return;
            QString text = result.error().message();
            if (result.error().english() != text)
                text += QStringLiteral("\n\n") + result.error().english();
            QMessageBox::critical(nullptr, tr("HallDesk must stop"), text);
            emit quitRequested();
        });
}

void AppController::showFirstRun()
{
    auto *wizard = new FirstRunWizard(m_db);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_sync->restart(); // an enrolment may just have happened
        showLogin(wizard->administratorNo());
    });
    connect(wizard, &QDialog::rejected, this, &AppController::quitRequested);
    wizard->show();
}

void AppController::showLogin(const QString &staffNo)
{
    auto *dialog = new LoginDialog(m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStaffNo(staffNo);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Session session = dialog->session();
        if (session.mustChangePassword)
            requirePasswordChange(session);
        else
            openMainWindow(session);
    });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    dialog->show();
}

void AppController::requirePasswordChange(const Session &session)
{
    auto *dialog = new ChangePasswordDialog(m_db, session, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, session] {
        Session changed = session;
        changed.mustChangePassword = false;
        openMainWindow(changed);
    });
    // Not changing the initial password means not working: back to the sign-in.
    connect(dialog, &QDialog::rejected, this, [this, session] { showLogin(session.staffNo); });
    dialog->show();
}

void AppController::openMainWindow(const Session &session)
{
    m_mainWindow = new MainWindow(m_db, session, m_dataDir, m_sync.get());
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_mainWindow, &MainWindow::closeRequested, this, &AppController::quitRequested);
    m_mainWindow->show();
}

void AppController::signOut()
{
    if (!m_mainWindow)
        return;
    const QString staffNo = m_mainWindow->session().staffNo;
    StaffService(m_db).logout(m_mainWindow->session());
    // Show the sign-in first, so there is always a window on screen.
    showLogin(staffNo);
    MainWindow *window = m_mainWindow;
    m_mainWindow = nullptr;
    window->hide();
    window->deleteLater();
}
