// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cash/closeshiftdialog.h"

#include "core/common/clock.h"
#include "core/staff/staffservice.h"
#include "ui/shell/dialogfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CloseShiftDialog::CloseShiftDialog(Database &db, const Session &session, const Shift &shift,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_shift(shift),
      m_expectedLabel(new QLabel(this)), m_countedLabel(new QLabel(this)),
      m_varianceLabel(new QLabel(this)), m_floatLeft(new QLineEdit(this)),
      m_handoverTo(new QComboBox(this)), m_note(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("closeShiftDialog"));
    setWindowTitle(tr("Close shift"));
    const ShiftTakings takings = ShiftService(db).takings(shift.shiftId);
    m_expected = takings.expectedCash();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildIntro());
    layout->addWidget(buildTakingsSummary(takings));
    layout->addWidget(buildCountGroup());
    layout->addLayout(buildFigures());
    m_error->setObjectName(QStringLiteral("closeShiftError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buildButtons());
    updateFigures();
    setMinimumWidth(620);
}

QLabel *CloseShiftDialog::buildIntro()
{
    auto *intro = new QLabel(
        tr("Shift of staff no. %1 at window %2, opened %3. Count the drawer by denomination.")
            .arg(m_shift.staffNo, m_shift.window,
                 Clock::parseStamp(m_shift.openedAt)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        this);
    intro->setWordWrap(true);
    if (forAbsentClerk()) {
        intro->setText(intro->text() + QLatin1Char(' ') +
                       tr("You close this shift for staff no. %1, who is away: count the drawer "
                          "before a witness, another staff member, and choose them below.")
                           .arg(m_shift.staffNo));
    }
    return intro;
}

// What the shift took, by method.
QLabel *CloseShiftDialog::buildTakingsSummary(const ShiftTakings &takings)
{
    auto *summary = new QLabel(
        tr("Float %1 · cash taken %2 · cash paid back %3 · bank card %4 · mobile QR %5 · "
           "waived %6 · %7 payments")
            .arg(takings.floatAmount.format(), takings.cashIn.format(), takings.cashOut.format(),
                 takings.card.format(), takings.qr.format(), takings.waived.format())
            .arg(takings.payments),
        this);
    summary->setObjectName(QStringLiteral("shiftSummary"));
    summary->setWordWrap(true);
    return summary;
}

// One spin box per note and coin, in two columns.
QGroupBox *CloseShiftDialog::buildCountGroup()
{
    auto *countBox = new QGroupBox(tr("Cash counted"), this);
    auto *grid = new QGridLayout(countBox);
    const QList<int> denominations = CashCount::denominations();
    const int perColumn = int((denominations.size() + 1) / 2);
    for (int i = 0; i < denominations.size(); ++i) {
        const int fen = denominations.at(i);
        auto *spin = new QSpinBox(countBox);
        spin->setObjectName(QStringLiteral("pieces_%1").arg(fen));
        spin->setRange(0, CashCount::MaxPieces);
        spin->setMinimumWidth(90);
        m_pieces.insert(fen, spin);
        const int row = i % perColumn;
        const int column = (i / perColumn) * 2;
        grid->addWidget(new QLabel(Money::fromFen(fen).format(), countBox), row, column,
                        Qt::AlignRight);
        grid->addWidget(spin, row, column + 1);
        connect(spin, &QSpinBox::valueChanged, this, &CloseShiftDialog::updateFigures);
    }
    return countBox;
}

// Expected, counted and the variance; what stays in the drawer, for whom, and the note.
QFormLayout *CloseShiftDialog::buildFigures()
{
    auto *figures = new QFormLayout;
    m_expectedLabel->setObjectName(QStringLiteral("expectedCash"));
    m_countedLabel->setObjectName(QStringLiteral("countedCash"));
    m_varianceLabel->setObjectName(QStringLiteral("variance"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    for (QLabel *l : {m_expectedLabel, m_countedLabel, m_varianceLabel})
        l->setFont(big);
    figures->addRow(tr("Expected in the drawer"), m_expectedLabel);
    figures->addRow(tr("Counted"), m_countedLabel);
    figures->addRow(tr("Variance"), m_varianceLabel);
    m_floatLeft->setObjectName(QStringLiteral("floatLeft"));
    m_floatLeft->setPlaceholderText(tr("0.00: everything is handed in"));
    figures->addRow(tr("Left in the drawer for the next clerk (¥)"), m_floatLeft);
    m_handoverTo->setObjectName(QStringLiteral("handoverTo"));
    m_handoverTo->addItem(tr("Nobody yet"), QString());
    for (const StaffRecord &r : StaffService(m_db).list()) {
        if (r.active && r.staffNo != m_shift.staffNo &&
            (r.role == Role::Clerk || r.role == Role::Supervisor))
            m_handoverTo->addItem(QStringLiteral("%1 %2").arg(r.staffNo, r.name), r.staffNo);
    }
    figures->addRow(tr("Hand over to"), m_handoverTo);
    if (forAbsentClerk()) {
        m_witness = new QComboBox(this);
        m_witness->setObjectName(QStringLiteral("witness"));
        m_witness->addItem(tr("(choose the witness)"), QString());
        for (const StaffRecord &r : StaffService(m_db).list()) {
            if (r.active && r.staffNo != m_shift.staffNo && r.staffNo != m_session.staffNo)
                m_witness->addItem(QStringLiteral("%1 %2").arg(r.staffNo, r.name), r.staffNo);
        }
        figures->addRow(tr("Witness of the count"), m_witness);
    }
    m_note->setObjectName(QStringLiteral("shiftNote"));
    m_note->setPlaceholderText(tr("Required when the count differs from what is expected"));
    m_note->setMaximumHeight(70);
    figures->addRow(tr("Note"), m_note);
    return figures;
}

QDialogButtonBox *CloseShiftDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close shift"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseShiftDialog::submit);
    connect(m_note, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void CloseShiftDialog::updateFigures()
{
    CashCount count;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        count.pieces.insert(it.key(), it.value()->value());
    const Money counted = count.total();
    const Money variance = counted - m_expected;
    m_expectedLabel->setText(m_expected.format());
    m_countedLabel->setText(counted.format());
    m_varianceLabel->setText(variance.isZero()       ? tr("%1 (balanced)").arg(variance.format())
                             : variance.isNegative() ? tr("%1 (short)").arg(variance.format())
                                                     : tr("%1 (over)").arg(variance.format()));
    m_varianceLabel->setStyleSheet(variance.isZero() ? QStringLiteral("color: #1d7a35;")
                                                     : QStringLiteral("color: #b00020;"));
}

void CloseShiftDialog::setPieces(int denominationFen, int pieces)
{
    if (QSpinBox *spin = m_pieces.value(denominationFen))
        spin->setValue(pieces);
}

void CloseShiftDialog::setFloatLeft(const QString &text)
{
    m_floatLeft->setText(text);
}

void CloseShiftDialog::setHandoverTo(const QString &staffNo)
{
    m_handoverTo->setCurrentIndex(std::max(0, m_handoverTo->findData(staffNo)));
}

void CloseShiftDialog::setWitness(const QString &staffNo)
{
    if (m_witness)
        m_witness->setCurrentIndex(std::max(0, m_witness->findData(staffNo)));
}

bool CloseShiftDialog::forAbsentClerk() const
{
    return m_shift.staffNo != m_session.staffNo;
}

void CloseShiftDialog::setNote(const QString &text)
{
    m_note->setPlainText(text);
}

QString CloseShiftDialog::expectedText() const
{
    return m_expectedLabel->text();
}

QString CloseShiftDialog::countedText() const
{
    return m_countedLabel->text();
}

QString CloseShiftDialog::varianceText() const
{
    return m_varianceLabel->text();
}

QString CloseShiftDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CloseShiftDialog::submit()
{
    ShiftClosing closing;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        closing.count.pieces.insert(it.key(), it.value()->value());
    closing.floatLeft = m_floatLeft->text();
    closing.handoverTo = m_handoverTo->currentData().toString();
    closing.note = m_note->toPlainText();
    if (m_witness)
        closing.witness = m_witness->currentData().toString();
    const Result<Shift> s = ShiftService(m_db).close(m_session, m_shift.shiftId, closing);
    if (!s) {
        m_error->setText(s.error().message());
        m_error->show();
        DialogFit::grow(this);
        return;
    }
    m_closed = s.value();
    accept();
}
