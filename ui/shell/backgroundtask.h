// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

// Runs slow core calls (password hashing, chain verification) on a pool thread, so the
// window never freezes. The worker opens its own connection to the same file inside that
// thread: a QSqlDatabase never crosses threads. done(result) runs on context's thread, and
// not at all once context is gone. The Database passed in must outlive the task (main()
// waits for the pool before it closes the database).
class BackgroundTask
{
public:
    // work is Result<T>(Database &) or Result<T>(Database &, QPromise<Result<T>> &); the
    // second form may report progress with promise.setProgressRange/setProgressValue,
    // which arrives through the returned watcher's progressValueChanged signal.
    template <typename T, typename Work, typename Done>
    static QFutureWatcher<Result<T>> *run(const Database &db, QObject *context, Work work,
                                          Done done)
    {
        auto *watcher = new QFutureWatcher<Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() {
            const QFuture<Result<T>> future = watcher->future();
            watcher->deleteLater();
            if (future.resultCount() > 0)
                done(future.result());
        });
        const Database *source = &db;
        watcher->setFuture(QtConcurrent::run([source, work](QPromise<Result<T>> &promise) {
            Result<std::unique_ptr<Database>> own = source->openAnother();
            if (!own) {
                promise.addResult(Result<T>(own.error()));
                return;
            }
            if constexpr (std::is_invocable_v<Work, Database &, QPromise<Result<T>> &>)
                promise.addResult(work(*own.value(), promise));
            else
                promise.addResult(work(*own.value()));
        }));
        return watcher;
    }
};
