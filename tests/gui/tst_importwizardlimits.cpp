// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard at the import limits (docs/user/import.md, "Limits"): a file past a limit,
// or one that is not a regular file, is named with the reason on the files page when Next is
// pressed, never waited on. Driven as a user does: File → Import Files…, the path typed into
// the field Alt+O reaches, Next clicked.
#include "importwizard.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Segmenta;
using namespace Qt::StringLiterals;

class TestImportWizardLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void saidOnThePage_data();
    void saidOnThePage();

private:
    // The hostile file of a row; a FIFO is kept open for writing here, with a line in it, so
    // that a wizard that opened it would not wait for ever and the test fails instead.
    QString write(const QString &kind);
    static ImportWizard *openFromFileMenu(MainWindow &window);
    static QLineEdit *typeInto(QWidget *wizard, Qt::Key mnemonic, const QString &text);

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    int m_fifo = -1;
};

QString TestImportWizardLimits::write(const QString &kind)
{
    if (kind == u"device")
        return u"/dev/zero"_s;
    const QString file = m_dir.filePath(kind + u".csv"_s);
    const QByteArray native = QFile::encodeName(file);
#ifdef Q_OS_UNIX
    if (kind == u"fifo") {
        if (::mkfifo(native.constData(), 0600) != 0)
            return {};
        m_fifo = ::open(native.constData(), O_RDWR | O_NONBLOCK);
        const QByteArray line = "customer,date,amount\n";
        return m_fifo >= 0 && ::write(m_fifo, line.constData(), size_t(line.size())) > 0 ? file
                                                                                       : QString();
    }
#endif
    QByteArray header = "customer,date,amount"; // "columns": 20,000 of them
    for (int i = 3; i < 20000; ++i)
        header += ",extra" + QByteArray::number(i);
    return Test::writeBytes(file, header + "\nc1,2024-01-01,1\n") ? file : QString();
}

ImportWizard *TestImportWizardLimits::openFromFileMenu(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QMenu *file = nullptr;
    if (!QTest::qWaitFor([&] { return (file = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }))
        return nullptr;
    QTest::keyClick(file, Qt::Key_I); // &Import Files…
    ImportWizard *wizard = nullptr;
    if (!QTest::qWaitFor([&] { return (wizard = window.findChild<ImportWizard *>()) && wizard->isVisible(); }))
        return nullptr;
    // The offscreen platform has no window manager to activate a new dialog, as one does.
    const bool active = QTest::qWaitFor([wizard] {
        if (QApplication::activeWindow() == wizard)
            return true;
        wizard->activateWindow();
        return false;
    });
    return active ? wizard : nullptr;
}

QLineEdit *TestImportWizardLimits::typeInto(QWidget *wizard, Qt::Key mnemonic, const QString &text)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : wizard, mnemonic,
                    Qt::AltModifier);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!edit || edit->window() != wizard)
        return nullptr;
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    return edit;
}

void TestImportWizardLimits::saidOnThePage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words"); // from the English sentence

#ifdef Q_OS_UNIX
    QTest::newRow("a FIFO") << u"fifo"_s << u"is not a regular file"_s;
    QTest::newRow("a device") << u"device"_s << u"is not a regular file"_s;
#endif
    QTest::newRow("20,000 columns") << u"columns"_s << u"has more than 16384 columns"_s;
}

void TestImportWizardLimits::saidOnThePage()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    const QString orders = write(kind);
    QVERIFY(!orders.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ImportWizard *wizard = openFromFileMenu(window);
    QVERIFY(wizard);
    QVERIFY(typeInto(wizard, Qt::Key_O, orders));
    QVERIFY(typeInto(wizard, Qt::Key_P, m_dir.filePath(kind + u".segmenta"_s)));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isVisible() && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
#ifdef Q_OS_UNIX
    if (m_fifo >= 0)
        ::close(m_fifo);
#endif
    m_fifo = -1;
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPage));
    auto *problem = wizard->currentPage()->findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(words), qPrintable(problem->text()));
    QVERIFY(m_modalGuard.caught().isEmpty());
    wizard->reject();
}

QTEST_MAIN(TestImportWizardLimits)
#include "tst_importwizardlimits.moc"
