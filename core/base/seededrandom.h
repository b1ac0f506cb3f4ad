// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Segmenta {

// A small, fast random generator (xoshiro256**, seeded through splitmix64) that gives the same
// sequence for a seed on every platform and compiler, unlike the <random> distributions.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 s = seed ^ (stream * 0xD1B54A32D192ED03ull);
        for (quint64 &word : m_state)
            word = splitMix(s);
    }

    quint64 next()
    {
        const quint64 result = rotate(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform in [0, bound), without modulo bias.
    quint64 below(quint64 bound)
    {
        if (bound == 0)
            return 0;
        const quint64 threshold = (0 - bound) % bound;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

private:
    static quint64 rotate(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &s)
    {
        quint64 z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
};

} // namespace Segmenta
