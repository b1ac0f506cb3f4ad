// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/parallelchunks.h"

#include <algorithm>

namespace Segmenta {

ParallelChunks::ParallelChunks(int threads)
{
    const int count =
        threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    for (int t = 1; t < count; ++t)
        m_workers.emplace_back([this] { workerLoop(); });
}

ParallelChunks::~ParallelChunks()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void ParallelChunks::runJob(qsizetype chunks, Job job, const void *function)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_job = job;
        m_function = function;
        m_chunks = chunks;
        m_next.store(0);
        m_busy = int(m_workers.size());
        ++m_generation;
    }
    m_wake.notify_all();
    work();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_done.wait(lock, [this] { return m_busy == 0; });
}

void ParallelChunks::work()
{
    for (qsizetype c = m_next.fetch_add(1); c < m_chunks; c = m_next.fetch_add(1))
        m_job(m_function, c);
}

void ParallelChunks::workerLoop()
{
    quint64 seen = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
        }
        work();
        std::lock_guard<std::mutex> lock(m_mutex);
        if (--m_busy == 0)
            m_done.notify_one();
    }
}

} // namespace Segmenta
