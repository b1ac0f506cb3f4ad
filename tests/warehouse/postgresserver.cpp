// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Segmenta::Test {

namespace {

QString findBin()
{
    // Debian's layout; the newest version installed.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_running)
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true);
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database());
}

QString PostgresServer::sharedFolder() const
{
    return m_dir->filePath(QStringLiteral("files"));
}

QString PostgresServer::run(const QStringList &command, bool asServerUser) const
{
    QProcess p;
    QStringList args = command;
    QString program = args.takeFirst();
    if (asServerUser && !m_runAs.isEmpty()) {
        args = QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args;
        program = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir->path());
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2%3")
            .arg(command.constFirst(), QString::fromLocal8Bit(p.readAllStandardError()),
                 QString::fromLocal8Bit(p.readAllStandardOutput()));
    return {};
}

QString PostgresServer::start()
{
    m_bin = findBin();
    if (m_bin.isEmpty())
        return QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql "
                              "(apt-get install postgresql)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing (apt-get install libqt6sql6-psql)");
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/segmenta-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder");
    uid_t uid = getuid();
    gid_t gid = getgid();
    if (uid == 0) {
        // initdb refuses root: the server runs as postgres (or nobody), owning the folder.
        for (const char *name : {"postgres", "nobody"}) {
            if (const passwd *pw = getpwnam(name)) {
                m_runAs = QString::fromLatin1(name);
                uid = pw->pw_uid;
                gid = pw->pw_gid;
                break;
            }
        }
        if (m_runAs.isEmpty())
            return QStringLiteral("running as root and no postgres or nobody user to run the server as");
    }
    const QByteArray root = QFile::encodeName(m_dir->path());
    chmod(root.constData(), 0755);
    QDir(m_dir->path()).mkpath(QStringLiteral("files"));
    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the password file");
        f.write(password().toUtf8() + '\n');
    }
    for (const QString &path : {m_dir->path(), sharedFolder(), pwfile})
        if (chown(QFile::encodeName(path).constData(), uid, gid) != 0)
            return QStringLiteral("cannot hand %1 to the server user").arg(path);
    chmod(QFile::encodeName(sharedFolder()).constData(), 0777);

    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (QString e = run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
                         QStringLiteral("--pwfile"), pwfile, QStringLiteral("--auth-host=scram-sha-256"),
                         QStringLiteral("--auth-local=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                        true);
        !e.isEmpty())
        return e;
    // A loopback port unlikely to be taken; a few tries in case it is.
    QString error;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = 20000 + int((QCoreApplication::applicationPid() * 7 + attempt * 4099) % 40000);
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c shared_buffers=256MB -c work_mem=256MB -c max_parallel_workers_per_gather=2")
                                    .arg(m_port)
                                    .arg(m_dir->path());
        error = run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"), options,
                     QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("start")},
                    true);
        m_running = error.isEmpty();
    }
    return m_running ? QString() : error;
}

QString PostgresServer::exec(const QString &sql) const
{
    const QString name = QStringLiteral("segmenta-test-admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database());
        db.setUserName(user());
        db.setPassword(password());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace Segmenta::Test
