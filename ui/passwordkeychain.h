// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace Segmenta {

struct WarehouseSource;

// The warehouse password in the system keychain (QtKeychain: Secret Service or KWallet on
// Linux, the macOS Keychain, the Windows Credential Manager), never in the project file or
// QSettings. Calls are asynchronous: `done` runs later on the GUI thread, and not at all when
// `context` is gone by then. Without QtKeychain in the build (SEGMENTA_KEYCHAIN off), or without
// a keychain service (CI, offscreen, a bare session), every call reports why in one translated
// sentence, and the caller asks for the password each time. QtKeychain's "insecure fallback"
// (a plain QSettings entry) is never used.
class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)

public:
    // Compiled with QtKeychain.
    static bool isBuiltIn();
    // The entry's name: one password per login (user@host:port/database), whatever the tables.
    static QString key(const WarehouseSource &source);

    // found: a password was stored under the key. problem: empty when the keychain answered
    // (found or not), else why it could not be asked.
    using ReadDone = std::function<void(const QString &password, bool found, const QString &problem)>;
    // problem: empty on success.
    using Done = std::function<void(const QString &problem)>;

    static void read(const QString &key, QObject *context, ReadDone done);
    static void write(const QString &key, const QString &password, QObject *context, Done done);
    // Forgets the password (a missing entry is no problem).
    static void remove(const QString &key, QObject *context, Done done);
};

} // namespace Segmenta
