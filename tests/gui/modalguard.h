// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <tuple>

namespace Segmenta::Test {

// A failed import, open or analysis shows a modal QMessageBox (MainWindow::showError). Its own
// event loop never returns in an offscreen test, so the test's waits hang until ctest kills it
// at its time limit, without a word of why. While a ModalGuard lives (a member of the test
// class), a timer looks for such a box every 100 ms: it fails the running test with the box's
// title and text, and closes the box. The QTRY_* macros stop waiting as soon as the test has
// failed; QSignalSpy::wait does not, so wait with waitForSignal() below instead.
class ModalGuard
{
public:
    ModalGuard()
    {
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { check(); });
        m_timer.start();
    }

    // The last box closed ("title: text"); empty when none appeared.
    QString caught() const { return m_caught; }

private:
    void check()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_caught = box->windowTitle() + QStringLiteral(": ") + box->text();
        if (!box->informativeText().isEmpty())
            m_caught += u' ' + box->informativeText();
        box->done(QMessageBox::Cancel); // ends the box's exec(): the test's own loop goes on
        const QByteArray message = "Unexpected message box: " + m_caught.toUtf8();
        if (QTest::currentTestFunction())
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        else
            qCritical("%s", message.constData());
    }

    QTimer m_timer;
    QString m_caught;
};

// QSignalSpy::wait(timeout), but ends as soon as the test has failed (e.g. a ModalGuard closed
// a message box). True when the spy saw the signal.
inline bool waitForSignal(QSignalSpy &spy, int timeoutMs)
{
    const qsizetype before = spy.count();
    std::ignore = QTest::qWaitFor([&] { return spy.count() > before || QTest::currentTestFailed(); }, timeoutMs);
    return spy.count() > before;
}

} // namespace Segmenta::Test
