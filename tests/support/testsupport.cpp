// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringEncoder>

namespace Segmenta::Test {

QString sharedData(const QString &relative)
{
    const QString path = QDir(QStringLiteral(SEGMENTA_SHARED_DATA)).filePath(relative);
    return QFile::exists(path) ? path : QString();
}

QString testData(const QString &relative)
{
    return QDir(QStringLiteral(SEGMENTA_TEST_DATA)).filePath(relative);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeEncoded(const QString &path, const QString &text, const QByteArray &encoding, bool bom)
{
    QStringEncoder encoder(encoding.constData(),
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        return false;
    QByteArray bytes = encoder.encode(text);
    return writeBytes(path, bytes);
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(SEGMENTA_CLI), arguments);
    CliRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QString demoProject(const QString &folder, int customers, const QByteArray &segmentsJson)
{
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("-o"), folder,
                                QStringLiteral("--customers"), QString::number(customers)});
    const QString project = demo.json().value(QStringLiteral("project")).toString();
    if (demo.exitCode != 0 || project.isEmpty())
        return {};
    if (segmentsJson.isEmpty())
        return project;
    const QString rules = QDir(folder).filePath(QStringLiteral("segments.json"));
    if (!writeBytes(rules, segmentsJson))
        return {};
    const CliRun set = runCli({QStringLiteral("segments"), project, QStringLiteral("--rules"),
                               rules, QStringLiteral("--json")});
    return set.exitCode == 0 ? project : QString();
}

qint64 deadProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace Segmenta::Test
