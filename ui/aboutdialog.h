// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Segmenta {

// Help → About Segmenta: the version (SEGMENTA_VERSION, set once by project() in the top-level
// CMakeLists.txt) and the licence of every component shipped with Segmenta, with a link to the
// folder that holds their texts when Segmenta runs installed.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The rich text shown, for tests.
    QString text() const { return m_text; }
    // Where packaging/CMakeLists.txt installs the licence texts, relative to the program, or an
    // empty string when Segmenta runs from a build folder.
    static QString licenceFolder();

private:
    QString m_text;
};

} // namespace Segmenta
