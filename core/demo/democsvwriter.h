// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "demo/democustomer.h"
#include "demo/demooptions.h"

#include <QFile>

#include <array>
#include <functional>
#include <vector>

namespace Segmenta {
class TaskControl;
}

namespace Segmenta::Demo {

// Writes the demo's orders.csv and customers.csv (UTF-8 with BOM, Chinese or English headers):
// chunks of lines formatted on all cores into raw buffers while a writer thread writes the
// previous round in order. Part of DemoGenerator (demogenerator.h).
class CsvWriter
{
public:
    // days: the length of the period, options.start to options.end.
    CsvWriter(const DemoOptions &options, int days, TaskControl *control);

    // Orders are numbered in date order. Reports progress from 0.45 to 0.9.
    Status writeOrders(QFile &file, const Line *lines, qint64 lineCount);
    // Reports progress from 0.9 to 0.99.
    Status writeCustomers(QFile &file, const std::vector<Customer> &customers);

private:
    Status writeChunked(QFile &file, qsizetype chunks, qsizetype maxChunkBytes,
                        const std::function<char *(qsizetype chunk, char *out)> &format,
                        double progressFrom, double progressTo);

    DemoOptions m_options;
    TaskControl *m_control;
    int m_customerIdWidth = 6;
    quint64 m_phoneOffset = 0;
    std::vector<std::array<char, 10>> m_dates; // yyyy-MM-dd from kHistoryDays before start
};

} // namespace Segmenta::Demo
