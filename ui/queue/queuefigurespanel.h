// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CategoryLoadModel;
class Database;
class QGridLayout;
class QLabel;
class QTableView;
class WindowLoadModel;

// The supervisor's live figures for today: waiting now and the longest wait, average wait
// and service times from the day's events, and the tickets per category and per window.
// Follows every write, and the clock every half minute.
class QueueFiguresPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueueFiguresPanel(Database &db, QWidget *parent = nullptr);

    void refresh();
    QString figure(const QString &name) const; // the text of a figure by its objectName

private:
    QLabel *addFigure(const char *name, const QString &title);

    Database &m_db;
    CategoryLoadModel *m_categories;
    WindowLoadModel *m_windows;
    QList<QLabel *> m_figures;
    QGridLayout *m_figureGrid;
};
