// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputguard.h"

#include "clioutput.h"

#include "project/projectfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Segmenta::Cli {

namespace {

// The name a file not yet written will have: its folder resolved, its own name as given.
QString futureName(const QFileInfo &file)
{
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? file.absolutePath() : folder) + u'/' + file.fileName();
}

} // namespace

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a), fb(b);
    if (!fa.exists() || !fb.exists())
        return futureName(fa) == futureName(fb); // two outputs named alike
    if (fa.canonicalFilePath() == fb.canonicalFilePath())
        return true;
#ifdef Q_OS_UNIX
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return false;
}

bool outputIsNotAnInput(const QString &command, const QString &option, const QString &output,
                        const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (!sameFile(output, input))
            continue;
        printError(QStringLiteral("%1: %2 %3 is also an input (%4); writing it would destroy that "
                                  "input. Choose another file.")
                       .arg(command, option, output, input));
        return false;
    }
    return true;
}

bool mayWriteProject(const QString &command, const QString &output, bool force)
{
    const QFileInfo info(output);
    // An empty file holds nothing to lose (e.g. one made by mktemp).
    if (force || !info.exists() || (info.isFile() && info.size() == 0))
        return true;
    if (info.isFile()) {
        auto version = ProjectFile::schemaVersion(output);
        if (version && *version > 0)
            return true;
    }
    printError(QStringLiteral("%1: %2 exists and is not a Segmenta project; use --force to "
                              "replace it.").arg(command, output));
    return false;
}

} // namespace Segmenta::Cli
