// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>

namespace Segmenta::Test {

// The public data sets in ../shared/data; empty when they are not beside the checkout.
QString sharedData(const QString &relative);
QString testData(const QString &relative);

// Writes text in the given encoding ("UTF-8", "GB18030", "Big5", "UTF-16LE"), with a BOM if asked.
bool writeEncoded(const QString &path, const QString &text, const QByteArray &encoding,
                  bool bom = false);
bool writeBytes(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};
CliRun runCli(const QStringList &arguments, int timeoutMs = 300000);
// The id of a process that has ended (started and waited for): no process runs with it, as
// with a writer killed mid-save.
qint64 deadProcessId();

// The demo generator's project with this many customers, built in folder by segmenta-cli demo,
// with the segments of segmentsJson (a segment file, docs/segments.md) when given. The project's
// path; empty when a command failed.
QString demoProject(const QString &folder, int customers, const QByteArray &segmentsJson = {});

// Relative comparison for figures that went through floating point sums.
inline bool fuzzyEqual(double a, double b, double relative = 1e-9)
{
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace Segmenta::Test
