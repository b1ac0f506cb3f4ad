// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>

namespace Segmenta {

// Replaces a file so that nothing is lost on the way (docs/project-file.md): the new content is
// written to NAME<marker>PID beside the file, synced, and renamed over it, so a process killed
// in the middle leaves the old file whole. A symbolic link is followed: the file it points to
// is replaced and the link stays. The old file's permissions are kept; a new file is created
// readable by its owner only, as the files written this way hold personal data.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path, const QString &marker = QStringLiteral(".saving-"));
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Why writing `path` failed, as a sentence for a person: the usual errno values (a full
    // disk, a quota, no permission, a read-only file system, a file too large) get their own;
    // others the system's text. Writers call it with errno taken where the write failed, as
    // QFileDevice's own error text can be "Unknown error" then.
    static Message writeError(const QString &path, int errorNumber);

    // The file a write to path replaces: path, or the file its symbolic link(s) point to.
    static QString resolvedTarget(const QString &path);

    // Creates the empty temporary file with the permissions the result will have.
    Status create();
    const QString &target() const { return m_target; }
    const QString &temporary() const { return m_temporary; }
    // `message` about the target rather than the temporary file: what failed while writing the
    // temporary file (a full disk, say) names the file the user asked for.
    Message aboutTarget(const Message &message) const;
    // Syncs the temporary file and renames it over the target.
    Status commit();
    // Removes the temporary file; the target stays as it was.
    void discard();

private:
    QString m_target;
    QString m_temporary;
    bool m_pending = false;
};

} // namespace Segmenta
