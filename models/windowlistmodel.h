// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

class Database;

// The branch's active service windows (service_window), for choosing one at sign-in.
// Read only: windows are master data from headquarters.
class WindowListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole { CodeRole = Qt::UserRole };

    explicit WindowListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

private:
    struct Entry
    {
        QString code;
        QString name;
    };
    Database &m_db;
    QList<Entry> m_rows;
};
