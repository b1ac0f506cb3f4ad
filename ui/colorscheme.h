// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace Segmenta {

// The light or dark look of the whole application. Normally the platform's palette decides
// (Qt follows the desktop's dark mode where its platform theme supports it); "dark" or "light"
// forces one, with the Fusion style so that every widget draws with the palette: for users
// whose platform does not pass its dark mode on, and to check every page in both (the
// offscreen platform has no theme of its own).
class ColorScheme
{
public:
    // name: "dark", "light", or empty/"system" (change nothing). False for another name.
    static bool apply(const QString &name);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace Segmenta
