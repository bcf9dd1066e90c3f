// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/logindialog.h"

#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"
#include "models/windowlistmodel.h"
#include "ui/shell/appicon.h"
#include "ui/shell/backgroundtask.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QSettings>
#include <QVBoxLayout>

namespace {
// Each staff member's own window on this computer: the next person is not offered it.
QString settingsWindowKey(const QString &staffNo)
{
    return QStringLiteral("login/window/") + staffNo;
}
} // namespace

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_windows(new WindowListModel(db, this)),
      m_staffNo(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_window(new QComboBox(this)), m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_signIn(new QPushButton(tr("Sign in"), this)), m_quit(new QPushButton(tr("Quit"), this))
{
    setWindowTitle(tr("HallDesk - Sign in"));
    setWindowIcon(AppIcon::icon());
    setObjectName(QStringLiteral("loginDialog"));

    QHBoxLayout *header = buildHeader();
    QFormLayout *form = buildForm();
    QHBoxLayout *buttons = buildButtons();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    m_staffNo->setFocus();
}

// The icon, the program's name and the branch this terminal belongs to.
QHBoxLayout *LoginDialog::buildHeader()
{
    const DeviceIdentity identity = DeviceIdentity::load(m_db.connection());
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(56, 56));
    auto *title = new QLabel(tr("HallDesk counter terminal"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *branch = new QLabel(identity.branchName.isEmpty()
                                  ? identity.branchCode
                                  : tr("%1 (%2)").arg(identity.branchName, identity.branchCode),
                              this);
    branch->setStyleSheet(QStringLiteral("color: #555;"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(branch);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon);
    header->addLayout(titles, 1);
    return header;
}

// Staff number, password and window.
QFormLayout *LoginDialog::buildForm()
{
    m_staffNo->setObjectName(QStringLiteral("staffNo"));
    m_staffNo->setPlaceholderText(tr("e.g. 1001"));
    m_staffNo->setMaxLength(12);
    m_staffNo->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,12}")), m_staffNo));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(64);
    setUpWindowChoice();

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("Staff no.:"), m_staffNo);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Window:"), m_window);
    return form;
}

// The windows headquarters set up; without them a window is typed. The staff member's own
// last window is proposed as their number is typed, until a window is picked by hand.
void LoginDialog::setUpWindowChoice()
{
    m_window->setObjectName(QStringLiteral("window"));
    if (m_windows->rowCount() > 0) {
        m_window->setModel(m_windows);
    } else {
        // No windows from headquarters yet: the clerk names the window.
        m_window->setEditable(true);
    }
    proposeWindow(QString());
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_proposing)
            m_windowPicked = true;
    });
    connect(m_staffNo, &QLineEdit::textChanged, this, [this](const QString &staffNo) {
        if (!m_windowPicked)
            proposeWindow(staffNo.trimmed());
    });
}

void LoginDialog::proposeWindow(const QString &staffNo)
{
    const QString saved =
        staffNo.isEmpty() ? QString() : QSettings().value(settingsWindowKey(staffNo)).toString();
    const QScopedValueRollback proposing(m_proposing, true);
    if (m_window->isEditable()) {
        m_window->setEditText(saved.isEmpty() ? QStringLiteral("W01") : saved);
        return;
    }
    int proposed = m_windows->rowCount() == 1 ? 0 : -1;
    for (int row = 0; row < m_windows->rowCount(); ++row) {
        if (m_windows->index(row).data(WindowListModel::CodeRole).toString() == saved)
            proposed = row;
    }
    m_window->setCurrentIndex(proposed);
}

// The error line, the progress of the (slow) password check, and the buttons.
QHBoxLayout *LoginDialog::buildButtons()
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setMinimumHeight(m_error->fontMetrics().height() * 3);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_signIn->setMinimumWidth(110);
    m_quit->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);
    return buttons;
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::setStaffNo(const QString &staffNo)
{
    m_staffNo->setText(staffNo);
    (staffNo.isEmpty() ? m_staffNo : m_password)->setFocus();
}

QString LoginDialog::selectedWindow() const
{
    if (m_window->isEditable())
        return m_window->currentText().trimmed();
    return m_window->currentData(WindowListModel::CodeRole).toString();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_staffNo, m_password, m_window, m_signIn})
        w->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Checking...") : tr("Sign in"));
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QString staffNo = m_staffNo->text().trimmed();
    const QString password = m_password->text();
    const QString window = selectedWindow();
    if (staffNo.isEmpty()) {
        showError(tr("Enter your staff number."));
        m_staffNo->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (window.isEmpty()) {
        showError(tr("Choose the window you serve at."));
        m_window->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    BackgroundTask::run<Session>(
        m_db, this,
        [staffNo, password, window](Database &db) {
            return StaffService(db).login(staffNo, password, window);
        },
        [this, staffNo, window](const Result<Session> &result) {
            setBusy(false);
            // Success and failure both change the staff row (last sign-in, failure count).
            m_db.notifyChanged({QStringLiteral("staff")});
            if (!result) {
                showError(result.error().message());
                m_password->clear();
                m_password->setFocus();
                return;
            }
            QSettings().setValue(settingsWindowKey(staffNo), window);
            m_session = result.value();
            m_password->clear();
            accept();
        });
}
