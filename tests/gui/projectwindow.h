// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace Segmenta {
class MainWindow;
}

namespace Segmenta::Test {

// The real main window, 1280 × 800 and shown, opening a fresh copy of project made in folder
// (what one test function saves must not leak into the next). The opening runs in the
// background: the caller waits for what its page needs (the fields, the counts). Null when the
// copy or the window failed.
std::unique_ptr<MainWindow> openProjectCopy(const QString &project, const QString &folder);

} // namespace Segmenta::Test
