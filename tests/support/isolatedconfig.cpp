// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every test (segmenta_add_test): settings, confirmed warehouse queries and
// anything else kept under the configuration folder go to a folder of the test's own, removed
// when it ends, never into the configuration of the user who runs the tests (and neither do
// the segmenta-cli runs a test starts, which inherit the environment).
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

void isolateConfiguration()
{
#ifdef Q_OS_UNIX
    static QTemporaryDir folder; // lives until the test exits
    if (folder.isValid()) {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder.path()));
        return;
    }
#endif
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateConfiguration)
