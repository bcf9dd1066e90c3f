// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/settingspage.h"

#include "core/common/language.h"
#include "core/storage/database.h"
#include "core/storage/settingstore.h"
#include "core/storage/writetransaction.h"
#include "ui/queue/customerscreens.h"
#include "ui/shell/changepassworddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int DefaultIdleMinutes = 5;
}

int SettingsPage::idleLockMinutes(Database &db)
{
    bool ok = false;
    const int minutes =
        SettingStore::get(db.connection(), SettingStore::idleLockMinutes()).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 60 ? minutes : DefaultIdleMinutes;
}

SettingsPage::SettingsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_idleMinutes(new QSpinBox(this)),
      m_saveIdle(new QPushButton(tr("Save"), this)), m_idleResult(new QLabel(this)),
      m_passwordResult(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    // Language names are written in their own language, so anyone can find theirs.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("\u4e2d\u6587\uff08\u7b80\u4f53\uff09"),
                        QStringLiteral("zh_CN")); // 中文（简体）
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString saved = QSettings().value(languageKey(), Language::current()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(saved)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: #555;"));
    m_languageNote->setText(tr("The language applies to this computer."));
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setHorizontalSpacing(16);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(tr("Display language:"), m_language);
    languageForm->addRow(QString(), m_languageNote);

    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(1, 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(idleLockMinutes(db));
    m_idleMinutes->setMinimumWidth(100);
    m_saveIdle->setObjectName(QStringLiteral("saveIdle"));
    m_idleResult->setObjectName(QStringLiteral("idleResult"));
    m_idleResult->setWordWrap(true);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(m_saveIdle);
    idleRow->addStretch();
    auto *lockBox = new QGroupBox(tr("Screen lock"), this);
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->setHorizontalSpacing(16);
    lockForm->addRow(tr("Lock after idle for:"), idleRow);
    auto *lockNote = new QLabel(tr("Applies to every terminal user of this branch database. "
                                   "Ctrl+L locks at once."),
                                lockBox);
    lockNote->setWordWrap(true);
    lockNote->setStyleSheet(QStringLiteral("color: #555;"));
    lockForm->addRow(QString(), lockNote);
    lockForm->addRow(QString(), m_idleResult);
    if (!session.can(Permission::ManageDevice) && !session.can(Permission::CloseDay)) {
        // Only an administrator or a supervisor decides how long a counter may stay open.
        m_idleMinutes->setEnabled(false);
        m_saveIdle->setEnabled(false);
        m_idleResult->setText(tr("Only a supervisor or an administrator can change this."));
    }

    auto *passwordBox = new QGroupBox(tr("My password"), this);
    auto *passwordLayout = new QHBoxLayout(passwordBox);
    auto *changePassword = new QPushButton(tr("Change my password..."), passwordBox);
    changePassword->setObjectName(QStringLiteral("changePassword"));
    passwordLayout->addWidget(new QLabel(tr("Staff no. %1").arg(session.staffNo), passwordBox));
    m_passwordResult->setObjectName(QStringLiteral("passwordResult"));
    m_passwordResult->setStyleSheet(QStringLiteral("color: #1d7a35;"));
    passwordLayout->addWidget(m_passwordResult, 1);
    passwordLayout->addWidget(changePassword);

    layOut({languageBox, lockBox, buildScreensBox(), passwordBox});

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);
    connect(m_saveIdle, &QPushButton::clicked, this, &SettingsPage::saveIdleLock);
    connect(changePassword, &QPushButton::clicked, this, &SettingsPage::changePassword);
}

// The boxes one below the other; on a small screen they scroll rather than make the main
// window taller than the screen.
void SettingsPage::layOut(const QList<QWidget *> &boxes)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    for (QWidget *box : boxes)
        layout->addWidget(box);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

// The screen of each customer-facing window, remembered on this computer by screen name.
QGroupBox *SettingsPage::buildScreensBox()
{
    using Kind = CustomerScreens::Kind;
    auto *box = new QGroupBox(tr("Customer screens"), this);
    auto *form = new QFormLayout(box);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Hall display:"), screenChoice(int(Kind::HallDisplay), "hallDisplayScreen"));
    form->addRow(tr("Ticket machine:"), screenChoice(int(Kind::Kiosk), "kioskScreen"));
    form->addRow(tr("Rating pad:"), screenChoice(int(Kind::RatingPad), "ratingPadScreen"));
    auto *note = new QLabel(tr("For this computer. A screen that is not connected is replaced "
                               "by the primary one. On the screen of this window they open "
                               "as ordinary windows, never full screen over your work; they "
                               "keep running when you sign out."),
                            box);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), note);
    return box;
}

QComboBox *SettingsPage::screenChoice(int kind, const char *objectName)
{
    const auto screenKind = CustomerScreens::Kind(kind);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(tr("Automatic (a second screen when there is one)"), QString());
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QSize size = screen->size();
        combo->addItem(tr("%1 (%2 x %3)").arg(screen->name()).arg(size.width()).arg(size.height()),
                       screen->name());
    }
    const QString chosen = CustomerScreens::chosenName(screenKind);
    if (!chosen.isEmpty() && combo->findData(chosen) < 0)
        combo->addItem(tr("%1 (not connected: the primary screen is used)").arg(chosen), chosen);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    connect(combo, &QComboBox::currentIndexChanged, this, [combo, screenKind] {
        CustomerScreens::choose(screenKind, combo->currentData().toString());
    });
    return combo;
}

void SettingsPage::saveLanguage()
{
    const QString lang = m_language->currentData().toString();
    QSettings().setValue(languageKey(), lang);
    m_languageNote->setText(lang == Language::current()
                                ? tr("The language applies to this computer.")
                                : tr("Saved. The new language is used the next time HallDesk "
                                     "starts."));
}

void SettingsPage::saveIdleLock()
{
    const int minutes = m_idleMinutes->value();
    WriteTransaction tx(m_db);
    Status status = tx.begun();
    if (status)
        status = SettingStore::set(tx, SettingStore::idleLockMinutes(), QString::number(minutes));
    if (status) {
        const Result<Event> event =
            tx.commit(QStringLiteral("settings.changed"), m_session.staffNo,
                      {{QStringLiteral("key"), SettingStore::idleLockMinutes()},
                       {QStringLiteral("value"), QString::number(minutes)}});
        if (!event)
            status = event.error();
    }
    if (!status) {
        m_idleResult->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_idleResult->setText(status.error().message());
        return;
    }
    m_idleResult->setStyleSheet(QStringLiteral("color: #1d7a35;"));
    m_idleResult->setText(
        tr("Saved: the counter locks after %1 minutes without input.").arg(minutes));
    emit idleLockMinutesChanged(minutes);
}

void SettingsPage::changePassword()
{
    // open(), not exec(): a lock must be able to hide the dialog and bring it back intact.
    auto *dialog = new ChangePasswordDialog(m_db, m_session, false, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_passwordResult->setText(tr("Your password was changed.")); });
    dialog->open();
}
