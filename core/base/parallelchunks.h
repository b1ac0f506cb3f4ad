// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Segmenta {

// Runs a function over numbered chunks of work on a few worker threads plus the calling thread,
// and returns when every chunk is done. Callers keep one result per chunk and combine them in
// chunk order, so that the figures do not depend on the number of threads. The workers live
// as long as the object (one per analysis run), waiting between calls.
class ParallelChunks
{
public:
    // threads <= 0: one per core.
    explicit ParallelChunks(int threads = 0);
    ~ParallelChunks();
    ParallelChunks(const ParallelChunks &) = delete;
    ParallelChunks &operator=(const ParallelChunks &) = delete;

    int threads() const { return int(m_workers.size()) + 1; }

    template<typename Function>
    void run(qsizetype chunks, const Function &function)
    {
        if (m_workers.empty() || chunks <= 1) {
            for (qsizetype c = 0; c < chunks; ++c)
                function(c);
            return;
        }
        runJob(chunks, [](const void *f, qsizetype c) { (*static_cast<const Function *>(f))(c); },
               &function);
    }

private:
    using Job = void (*)(const void *function, qsizetype chunk);
    void runJob(qsizetype chunks, Job job, const void *function);
    void work();
    void workerLoop();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    Job m_job = nullptr;
    const void *m_function = nullptr;
    qsizetype m_chunks = 0;
    std::atomic<qsizetype> m_next{0};
    quint64 m_generation = 0;
    int m_busy = 0;
    bool m_stop = false;
};

} // namespace Segmenta
