// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportsection.h"

#include <QAbstractTableModel>

// One table of a report (ReportSection) for a QTableView: numbers right-aligned, the total
// row in bold, the raw value of a cell under ValueRole for sorting or tests.
class ReportSectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole {
        ValueRole = Qt::UserRole, // fen for money, a count, a percentage or minutes
    };

    explicit ReportSectionModel(QObject *parent = nullptr);
    explicit ReportSectionModel(const ReportSection &section, QObject *parent = nullptr);

    void setSection(const ReportSection &section);
    const ReportSection &section() const { return m_section; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportSection m_section;
};
