// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/appstyle.h"

#include "ui/shell/dialogfit.h"

#include <QApplication>
#include <QFont>
#include <QStyleFactory>

void AppStyle::apply(QApplication &app)
{
    // Fusion looks the same on every desktop the terminals run (and in the tests).
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSize(11);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QGroupBox { font-weight: bold; border: 1px solid #c9d3e0; border-radius: 6px;"
        " margin-top: 12px; padding: 14px 12px 10px 12px; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }"
        "QPushButton { padding: 5px 14px; }"
        "QLineEdit, QComboBox, QSpinBox { padding: 3px 6px; min-height: 22px; }"
        "QStatusBar QLabel { padding: 0 8px; }"));
    DialogFit::growAllDialogs(&app);
}
