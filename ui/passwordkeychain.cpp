// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordkeychain.h"

#include "warehouse/warehousesource.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#ifdef SEGMENTA_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Segmenta {

namespace {

// The keychain entries' service name; the key names the login.
const QString kService = QStringLiteral("Segmenta warehouse");

#ifdef SEGMENTA_KEYCHAIN
QString problemText(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return PasswordKeychain::tr("The system keychain refused access, so the password cannot be "
                                    "remembered; Segmenta will ask for it each time.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeychain::tr("No system keychain is running here (such as GNOME Keyring or "
                                    "KWallet), so the password cannot be remembered; Segmenta will "
                                    "ask for it each time.");
    default:
        return {};
    }
}

QString problemText(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::OtherError:
        // Without a D-Bus session (CI, ssh, offscreen) QtKeychain reports an "other" error: it
        // means the same as no keychain at all.
        if (job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || job->errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive))
            return problemText(QKeychain::NoBackendAvailable);
        return PasswordKeychain::tr("The system keychain did not answer (%1), so the password cannot "
                                    "be remembered; Segmenta will ask for it each time.")
            .arg(job->errorString().trimmed());
    default:
        return problemText(job->error());
    }
}

// Connects the job's end to `finish` (guarded by the context) and starts it; the job deletes
// itself afterwards.
template<typename Job, typename Finish>
void run(Job *job, const QString &key, QObject *context, Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, finish](QKeychain::Job *j) {
        if (guard)
            finish(static_cast<Job *>(j));
    });
    job->start();
}
#else
// Runs `call` on the GUI thread's next turn unless the context is gone, so callers see the
// same asynchronous behaviour with and without a keychain.
void later(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

QString notBuiltIn()
{
    return PasswordKeychain::tr("This build of Segmenta has no system keychain support, so the "
                                "password cannot be remembered; Segmenta will ask for it each time.");
}
#endif

} // namespace

bool PasswordKeychain::isBuiltIn()
{
#ifdef SEGMENTA_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordKeychain::key(const WarehouseSource &source)
{
    return QStringLiteral("%1@%2:%3/%4").arg(source.user, source.host).arg(source.port).arg(source.database);
}

void PasswordKeychain::read(const QString &key, QObject *context, ReadDone done)
{
#ifdef SEGMENTA_KEYCHAIN
    run(new QKeychain::ReadPasswordJob(kService), key, context, [done](QKeychain::ReadPasswordJob *job) {
        const bool found = job->error() == QKeychain::NoError;
        done(found ? job->textData() : QString(), found, problemText(job));
    });
#else
    Q_UNUSED(key)
    later(context, [done] { done(QString(), false, notBuiltIn()); });
#endif
}

void PasswordKeychain::write(const QString &key, const QString &password, QObject *context, Done done)
{
#ifdef SEGMENTA_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setTextData(password);
    run(job, key, context, [done](QKeychain::WritePasswordJob *j) { done(problemText(j)); });
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    later(context, [done] { done(notBuiltIn()); });
#endif
}

void PasswordKeychain::remove(const QString &key, QObject *context, Done done)
{
#ifdef SEGMENTA_KEYCHAIN
    run(new QKeychain::DeletePasswordJob(kService), key, context,
        [done](QKeychain::DeletePasswordJob *j) { done(problemText(j)); });
#else
    Q_UNUSED(key)
    later(context, [done] { done(notBuiltIn()); });
#endif
}

} // namespace Segmenta
