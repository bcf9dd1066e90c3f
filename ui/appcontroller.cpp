#include "appcontroller.h"

#include "changepassworddialog.h"
#include "logindialog.h"
#include "mainwindow.h"

AppController::AppController(Database &db, QString dataDir, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(std::move(dataDir))
{
}

AppController::~AppController()
{
    delete m_mainWindow;
}

void AppController::start()
{
    showLogin(QString());
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
    m_mainWindow = new MainWindow(m_db, session, m_dataDir);
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
    // Show the sign-in first, so there is always a window on screen.
    showLogin(staffNo);
    MainWindow *window = m_mainWindow;
    m_mainWindow = nullptr;
    window->hide();
    window->deleteLater();
}
