// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistnames.h"

#include <QSet>

namespace Segmenta {

namespace {

// Counted in code points (what Excel and libxlsxwriter count), never splitting a surrogate pair.
QString leftCodePoints(const QString &s, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype n = 0; n < count && units < s.size(); ++n)
        units += (s[units].isHighSurrogate() && units + 1 < s.size()) ? 2 : 1;
    return s.left(units);
}

bool isReservedDeviceName(const QString &base)
{
    static const QStringList reserved = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
        QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("COM5"),
        QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"),
        QStringLiteral("LPT3"), QStringLiteral("LPT4"), QStringLiteral("LPT5"),
        QStringLiteral("LPT6"), QStringLiteral("LPT7"), QStringLiteral("LPT8"),
        QStringLiteral("LPT9")};
    // Windows reserves the name with any extension too ("CON.txt").
    const QString stem = base.section(u'.', 0, 0).trimmed();
    return reserved.contains(stem, Qt::CaseInsensitive);
}

// name, then "name (2)", "name (3)", ... shortened so the suffix still fits in maxLength.
QString uniqueName(const QString &name, QSet<QString> &taken, qsizetype maxLength)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = leftCodePoints(name, maxLength - suffix.size()) + suffix;
    }
    taken.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace

QString TargetListNames::safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const bool bad = c.unicode() < 0x20 || c.unicode() == 0x7F
                         || QStringView(u"<>:\"/\\|?*").contains(c);
        out.append(bad ? QChar(u'_') : c);
    }
    out = leftCodePoints(out, 80);
    while (!out.isEmpty() && (out.front().isSpace() || out.front() == u'.'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back().isSpace() || out.back() == u'.'))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("segment");
    if (isReservedDeviceName(out))
        out.append(u'_');
    return out;
}

QStringList TargetListNames::fileNames(const QStringList &segmentNames)
{
    QStringList out;
    QSet<QString> taken;
    for (const QString &name : segmentNames)
        out << uniqueName(safeFileName(name), taken, 80);
    return out;
}

QStringList TargetListNames::sheetNames(const QStringList &segmentNames)
{
    QStringList out;
    QSet<QString> taken;
    for (qsizetype i = 0; i < segmentNames.size(); ++i) {
        QString s = segmentNames[i];
        for (QChar &c : s)
            if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
                c = u'_';
        s = s.trimmed();
        while (s.startsWith(u'\''))
            s.remove(0, 1);
        s = leftCodePoints(s, 31);
        while (s.endsWith(u'\''))
            s.chop(1);
        if (s.compare(u"History", Qt::CaseInsensitive) == 0)
            s.append(u'_');
        if (s.isEmpty())
            s = QStringLiteral("Segment %1").arg(i + 1);
        out << uniqueName(s, taken, 31);
    }
    return out;
}

} // namespace Segmenta
