// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute clusters benchmark (docs/clusters.md, docs/performance.md "Attribute clusters"):
// N customers with planted groups over five categorical attributes and age (40 columns once
// one-hot coded), clustered for k = 2 .. 10 with silhouettes on a sample. Prints one JSON
// object: seconds to encode, to cluster and in total, the k found, the adjusted Rand index
// against the planted groups and the peak memory.
//
// --write-matrix FILE writes what tests/benchmarks/compare_sklearn.py reads: FILE (the encoded
// matrix, float64 row-major), FILE.labels and FILE.truth (int32 per customer).
//
//   bench_attributeclusters [--customers N] [--groups G] [--noise P] [--seed S] [--threads T]
//                           [--k N] [--write-matrix FILE]
#include "analysis/clusters/adjustedrandindex.h"
#include "analysis/clusters/attributeclustering.h"
#include "benchsupport.h"
#include "plantedattributes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Segmenta;

namespace {

template<typename T> bool writeRaw(const QString &path, const std::vector<T> &v)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const qint64 bytes = qint64(v.size() * sizeof(T));
    return f.write(reinterpret_cast<const char *>(v.data()), bytes) == bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("groups"), QStringLiteral("Planted groups (default 5)."), QStringLiteral("G"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("noise"), QStringLiteral("Share of random values (default 0.3)."), QStringLiteral("P"), QStringLiteral("0.3")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads (default: one per core)."), QStringLiteral("T"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("A fixed k (default: 2 .. 10, chosen by silhouette)."), QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("write-matrix"), QStringLiteral("Write the encoded matrix, labels and truth."), QStringLiteral("FILE")});
    parser.process(app);
    const qsizetype customers = parser.value(QStringLiteral("customers")).toLongLong();
    const Test::PlantedAttributes planted = Test::plantAttributes(
        customers, parser.value(QStringLiteral("groups")).toInt(),
        parser.value(QStringLiteral("noise")).toDouble(), parser.value(QStringLiteral("seed")).toULongLong());

    QElapsedTimer total;
    total.start();
    std::vector<ClusterAttribute> attributes;
    for (const DesignVariable &v : planted.variables)
        attributes.push_back(ClusterAttribute::from(v));
    const double encodeSeconds = double(total.nsecsElapsed()) / 1e9;
    AttributeClustering::Options options;
    options.kmeans.threads = parser.value(QStringLiteral("threads")).toInt();
    options.k = parser.value(QStringLiteral("k")).toInt();
    QStringList columns;
    std::vector<double> matrix;
    if (parser.isSet(QStringLiteral("write-matrix")))
        matrix = AttributeClustering::encode(attributes, columns);
    QElapsedTimer clusterTimer;
    clusterTimer.start();
    auto result = AttributeClustering::run(attributes, options);
    const double clusterSeconds = double(clusterTimer.nsecsElapsed()) / 1e9;
    const double totalSeconds = double(total.nsecsElapsed()) / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.errorString()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("write-matrix"))) {
        const QString path = parser.value(QStringLiteral("write-matrix"));
        if (!writeRaw(path, matrix) || !writeRaw(path + QStringLiteral(".labels"), result->labels)
            || !writeRaw(path + QStringLiteral(".truth"), planted.truth)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    QJsonArray silhouettes;
    for (const KMeansSolution &s : result->selection.solutions)
        silhouettes.append(QJsonObject{{QStringLiteral("k"), s.k}, {QStringLiteral("silhouette"), s.silhouette}});
    const QJsonObject out{{QStringLiteral("customers"), qint64(customers)},
                          {QStringLiteral("columns"), qint64(result->columns.size())},
                          {QStringLiteral("encode_seconds"), encodeSeconds},
                          {QStringLiteral("cluster_seconds"), clusterSeconds},
                          {QStringLiteral("total_seconds"), totalSeconds},
                          {QStringLiteral("k"), result->k},
                          {QStringLiteral("silhouette_by_k"), silhouettes},
                          {QStringLiteral("ari_vs_planted"), AdjustedRandIndex::of(planted.truth, result->labels)},
                          {QStringLiteral("peak_mb"), Bench::peakMegabytes()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
