// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the benchmark programs.
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Segmenta::Bench {

// The process's peak resident memory so far, in MB (0 where the platform does not say).
inline double peakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return 0;
#endif
}

} // namespace Segmenta::Bench
