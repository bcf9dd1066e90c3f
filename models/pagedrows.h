// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

// The rows a list model has fetched so far from a paged query (LIMIT/OFFSET), and whether
// there may be more. The model calls next() from fetchMore(), so a view only ever asks for
// what it is about to show.
template <typename Row> class PagedRows
{
public:
    // Returns at most limit rows starting at offset.
    using Fetch = std::function<QList<Row>(int limit, int offset)>;

    explicit PagedRows(int pageSize = 50) : m_pageSize(pageSize) {}

    // Marks a reset or an insertion in progress: something listening to the model's
    // signals (a view, QAbstractItemModelTester) may ask for more rows meanwhile, and must
    // not start a second change inside the first.
    class Changing
    {
    public:
        explicit Changing(PagedRows &rows) : m_rows(rows) { m_rows.m_changing = true; }
        ~Changing() { m_rows.m_changing = false; }
        Changing(const Changing &) = delete;
        Changing &operator=(const Changing &) = delete;

    private:
        PagedRows &m_rows;
    };

    // Forgets what was fetched; fetch is what next() pages through (none: an empty list).
    void reset(Fetch fetch = {})
    {
        m_rows.clear();
        m_fetch = std::move(fetch);
        m_more = bool(m_fetch);
    }
    bool canFetchMore() const { return m_more && !m_changing; }
    // The next page (empty when the query is used up); append() it inside the model's
    // beginInsertRows/endInsertRows.
    QList<Row> next()
    {
        if (!m_more || m_changing)
            return {};
        QList<Row> page = m_fetch(m_pageSize, int(m_rows.size()));
        m_more = page.size() == m_pageSize;
        return page;
    }
    void append(const QList<Row> &page) { m_rows.append(page); }

    int size() const { return int(m_rows.size()); }
    const Row &at(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    int pageSize() const { return m_pageSize; }

private:
    int m_pageSize;
    QList<Row> m_rows;
    Fetch m_fetch;
    bool m_more = false;
    bool m_changing = false;
};
