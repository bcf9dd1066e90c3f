// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus (tests/fuzz/corpus) and a fixed-seed run of mutations of it
// through the harness libFuzzer uses (scripts/fuzz.sh), so every CI run fuzzes a little.
#include "hqrequestfuzz.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

class tst_HqRequestFuzz : public QObject
{
    Q_OBJECT
private slots:
    void corpusAndMutations()
    {
        const QDir corpus(qEnvironmentVariable("HALLDESK_SOURCE_DIR") +
                          QStringLiteral("/tests/fuzz/corpus"));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        QList<QByteArray> inputs;
        for (const QString &name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            inputs.append(f.readAll());
        }
        for (const QByteArray &input : inputs)
            hqRequestFuzzOne(reinterpret_cast<const uint8_t *>(input.constData()),
                             size_t(input.size()));
        // Byte flips, cuts and splices, always the same ones (a failure is reproducible).
        QRandomGenerator random(20261123);
        for (int i = 0; i < 3000; ++i) {
            QByteArray m = inputs[random.bounded(int(inputs.size()))];
            switch (random.bounded(4)) {
            case 0:
                if (!m.isEmpty())
                    m[random.bounded(int(m.size()))] = char(random.bounded(256));
                break;
            case 1:
                m.truncate(random.bounded(int(m.size()) + 1));
                break;
            case 2:
                m.insert(random.bounded(int(m.size()) + 1),
                         inputs[random.bounded(int(inputs.size()))].left(64));
                break;
            default:
                m.replace("\"seq\":", "\"seq\":9");
                break;
            }
            hqRequestFuzzOne(reinterpret_cast<const uint8_t *>(m.constData()), size_t(m.size()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HqRequestFuzz)
#include "tst_hqrequestfuzz.moc"
