// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context, source, translation;
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            e = Entry{context, {}, {}, false};
        else if (xml.name() == u"source")
            e.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            e.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished"
                           || xml.attributes().value(QStringLiteral("type")) == u"vanished";
            // Plural messages (%n) hold their text in <numerusform> children; Chinese has one.
            e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(e);
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(u'L'));
    out.sort();
    out.removeDuplicates();
    return out;
}

// docs/domain.md, "Chinese terms": when the English says it, the translation must say it this way.
struct Term
{
    const char *english;
    const char *simplified;
    const char *traditional;
};
const Term kTerms[] = {
    {"customer segmentation", "客户细分", "客戶細分"},
    {"customer list", "客户名单", "客戶名單"},
    {"value tier", "价值层级", "價值層級"},
    {"platinum", "白金", "白金"},
    {"gold", "黄金", "黃金"},
    {"most valuable", "最具价值", "最具價值"},
    {"most growable", "最具成长性", "最具成長性"},
    {"below zero", "低于零点", "低於零點"},
    {"loyal", "忠诚", "忠誠"},
    {"churned", "流失", "流失"},
    {"purchase probability", "购买可能性", "購買可能性"},
    {"lifetime value", "客户终身价值", "客戶終身價值"},
    {"psychographic", "心理细分", "心理細分"},
    {"recency", "最近消费", "最近消費"},
    {"frequency", "消费频率", "消費頻率"},
    {"monetary", "消费金额", "消費金額"},
    {"target list", "目标客户名单", "目標客戶名單"},
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void inStepWithSources_data();
    void inStepWithSources();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("traditional");
    QTest::newRow("zh_CN") << "segmenta_zh_CN.ts" << false;
    QTest::newRow("zh_TW") << "segmenta_zh_TW.ts" << true;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(bool, traditional);
    const QList<Entry> entries = readTs(QDir(SEGMENTA_TRANSLATIONS).filePath(file));
    QVERIFY(entries.size() > 100);
    QStringList problems;
    for (const Entry &e : entries) {
        if (e.unfinished || e.translation.isEmpty()) {
            problems << QStringLiteral("untranslated: %1").arg(e.source);
            continue;
        }
        if (placeholders(e.source) != placeholders(e.translation))
            problems << QStringLiteral("placeholders differ: %1 -> %2").arg(e.source, e.translation);
        if (e.source.contains(u'&') && !e.source.contains(QStringLiteral("&amp;"))
            && QRegularExpression(QStringLiteral("&[A-Za-z]")).match(e.source).hasMatch()
            && !e.translation.contains(u'&'))
            problems << QStringLiteral("keyboard shortcut lost: %1").arg(e.source);
        // Quoted words are rule-language literals ("platinum", "churned"), the same in
        // every language; the glossary applies to the prose around them.
        const QString prose = QString(e.source).remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
        for (const Term &t : kTerms) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QLatin1String(t.english)),
                                          QRegularExpression::CaseInsensitiveOption);
            const QString expected = QString::fromUtf8(traditional ? t.traditional : t.simplified);
            if (word.match(prose).hasMatch() && !e.translation.contains(expected))
                problems << QStringLiteral("“%1” must be “%2” in: %3").arg(QLatin1String(t.english), expected, e.translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::inStepWithSources_data()
{
    complete_data();
}

void TestTranslations::inStepWithSources()
{
    QFETCH(QString, file);
    if (!QFile::exists(QStringLiteral(SEGMENTA_LUPDATE)))
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QDir(SEGMENTA_TRANSLATIONS).filePath(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    const QDir src(SEGMENTA_SOURCE_DIR);
    args << src.filePath(QStringLiteral("ui")) << src.filePath(QStringLiteral("app/gui"));
    for (const QString &f : QDir(src.filePath(QStringLiteral("core"))).entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}))
        args << src.filePath(QStringLiteral("core/") + f);
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(SEGMENTA_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList fresh;
    for (const Entry &e : readTs(copy))
        if (e.unfinished)
            fresh << e.source;
    QVERIFY2(fresh.isEmpty(), qPrintable(QStringLiteral("strings not in %1 (run translations/update.py):\n").arg(file)
                                         + fresh.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
