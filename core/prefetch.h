#pragma once

// Starts loading a cache line that a loop will touch a few iterations later. Passes over the
// order lines update per-customer figures at addresses the hardware cannot predict (the
// customers of consecutive lines are random), so without this each line waits for memory.
namespace Segmenta {

inline void prefetchRead(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0);
#else
    (void)address;
#endif
}

inline void prefetchWrite(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 1);
#else
    (void)address;
#endif
}

} // namespace Segmenta
