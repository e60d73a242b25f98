#pragma once

// Published indicator data at England scale, in the DfE's LAIT long layout: every bundled measure
// for every English authority (no regions) and year from first to last, a tenth missing ("-"),
// values random from seed. For the benchmarks only: the values mean nothing.
#include "reference/AuthorityRegister.h"
#include "reference/MeasureRegister.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

inline QByteArray laitLongTable(quint32 seed, int first, int last, int *rows)
{
    QFile f(QStringLiteral(":/dfe/lait-measures.csv"));
    f.open(QIODevice::ReadOnly);
    QStringList shorts;
    for (const QByteArray &line : f.readAll().split('\n')) {
        // The short name is the fifth field of rows that start with a measure code.
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() > 5 && !fields.first().isEmpty() && fields.first().at(0) >= '0'
            && fields.first().at(0) <= '9'
            && MeasureRegister::bundled().contains(QString::fromUtf8(fields.at(4))))
            shorts.append(QString::fromUtf8(fields.at(4)));
    }
    shorts.removeDuplicates();
    QByteArray out = "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n";
    out.reserve(4 * 1024 * 1024 * (last - first + 1));
    QRandomGenerator random(seed);
    *rows = 0;
    for (const QString &s : std::as_const(shorts)) {
        for (int year = first; year <= last; ++year) {
            for (const Authority &a : AuthorityRegister::bundled().authorities()) {
                if (a.laNumber >= 1000)
                    continue;
                const bool missing = random.bounded(10) == 0;
                const QByteArray value = missing ? QByteArray("-")
                                                 : QByteArray::number(random.bounded(1000.0), 'g', 6);
                QByteArray name = a.name.toUtf8();
                if (name.contains(','))
                    name = '"' + name + '"';
                out += s.toUtf8() + ",," + QByteArray::number(year) + ',' + name + ',' + value + ','
                    + QByteArray::number(a.laNumber) + ',' + a.region.toUtf8() + '\n';
                ++*rows;
            }
        }
    }
    return out;
}
