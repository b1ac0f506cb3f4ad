// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/memoryadvice.h"

#include <QtGlobal>

#include <cstdint>
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Segmenta {

void MemoryAdvice::preferHugePages(void *data, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = 2u << 20;
    const std::uintptr_t start = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > start)
        ::madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

void MemoryAdvice::prefault(const void *data, std::size_t bytes)
{
#if defined(Q_OS_LINUX)
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
    constexpr std::uintptr_t page = 4096;
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data) & ~(page - 1);
    const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(data) + bytes;
    ::madvise(reinterpret_cast<void *>(start), end - start, MADV_POPULATE_READ); // Linux 5.14+
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace Segmenta
