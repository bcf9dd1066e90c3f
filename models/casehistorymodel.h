// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/event.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The history of one case: every event that names it (CaseService::history), oldest
// first, each described in a sentence. A case has tens of events, so they are read
// whole; reloaded when the log grows.
class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StepColumn, StaffColumn, DetailsColumn, ColumnCount };
    enum DataRole { TypeRole = Qt::UserRole };

    CaseHistoryModel(Database &db, const QString &caseNo, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Event event(int row) const { return m_events.value(row); }

    // "Accepted", "Extended"… for an event type (translated; the type itself if unknown).
    static QString stepName(const QString &type);
    // What the event says, in a sentence for the clerk (translated).
    static QString describe(const Event &event);

private:
    Database &m_db;
    QString m_caseNo;
    QList<Event> m_events;
};
