// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/democsvwriter.h"
#include "demo/democustomermaker.h"
#include "demo/demomessages.h"
#include "demo/demoordersimulation.h"
#include "demo/demoparallel.h"
#include "base/taskcontrol.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace Segmenta {

using Demo::cancelled;
using Demo::fileError;

namespace {

constexpr const char *kContext = "Segmenta::Demo";
constexpr qint64 kMaxCustomers = 99999999;
constexpr double kMaxOrdersPerCustomer = 500.0;
constexpr int kMaxDays = 65535 - Demo::kHistoryDays; // day indexes are stored in 16 bits

// The customers first, then their orders, then the two files; the parts share no state but
// what is passed here.
Result<qint64> generate(const DemoOptions &options, TaskControl *control, QFile &customersFile,
                        QFile &ordersFile)
{
    const int days = int(options.start.daysTo(options.end)) + 1;
    std::vector<Demo::Customer> customers = Demo::CustomerMaker(options, days).makeAll(control);
    if (Demo::isCancelled(control))
        return cancelled();

    Demo::OrderSimulation orders(options, days, customers);
    if (!orders.run(control) || Demo::isCancelled(control))
        return cancelled();
    Demo::reportProgress(control, 0.45);

    Demo::CsvWriter writer(options, days, control);
    if (Status status = writer.writeOrders(ordersFile, orders.lines(), orders.lineCount());
        !status) {
        return status.error();
    }
    if (Status status = writer.writeCustomers(customersFile, customers); !status)
        return status.error();
    return orders.lineCount();
}

// Replaces `target` with the finished temporary file.
Status publish(QTemporaryFile &file, const QString &target)
{
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (QFile::exists(target) && !QFile::remove(target)) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "Cannot replace the existing file “%1”."),
                       {QDir::toNativeSeparators(target)});
    }
    if (!file.rename(target))
        return fileError(target, file.errorString());
    file.setAutoRemove(false);
    return {};
}

} // namespace

Result<DemoFiles> DemoGenerator::write(const QString &folder, const DemoOptions &options,
                                       TaskControl *control)
{
    if (options.customers < 1 || options.customers > kMaxCustomers) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The demo data needs between 1 and %1 customers."),
                       {QString::number(kMaxCustomers)});
    }
    if (!(options.ordersPerCustomer >= 0 && options.ordersPerCustomer <= kMaxOrdersPerCustomer)) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The mean number of order lines per customer must be "
                                         "between 0 and %1."),
                       {QString::number(kMaxOrdersPerCustomer)});
    }
    if (!options.start.isValid() || !options.end.isValid() || options.end < options.start
        || options.start.daysTo(options.end) >= kMaxDays) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The demo period from %1 to %2 is not valid: the end "
                                         "must not be before the start, and it may span at most "
                                         "%3 days."),
                       {options.start.toString(Qt::ISODate), options.end.toString(Qt::ISODate),
                        QString::number(kMaxDays)});
    }

    const QDir dir(folder);
    if (folder.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "Cannot create the folder “%1” for the demo data."),
                       {QDir::toNativeSeparators(folder)});
    }
    DemoFiles files;
    files.customersPath = dir.absoluteFilePath(QStringLiteral("customers.csv"));
    files.ordersPath = dir.absoluteFilePath(QStringLiteral("orders.csv"));
    files.customers = options.customers;

    // Temporary names first, so a cancelled or failed run never leaves half a file behind.
    QTemporaryFile customersFile(dir.absoluteFilePath(QStringLiteral("customers.csv.XXXXXX")));
    QTemporaryFile ordersFile(dir.absoluteFilePath(QStringLiteral("orders.csv.XXXXXX")));
    for (QTemporaryFile *file : {&customersFile, &ordersFile}) {
        if (!file->open()) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Demo",
                                             "Cannot write the demo data to the folder “%1”: "
                                             "%2"),
                           {QDir::toNativeSeparators(folder), file->errorString()});
        }
    }

    Result<qint64> lines = generate(options, control, customersFile, ordersFile);
    if (!lines)
        return lines.error();
    files.orderLines = *lines;
    if (control && control->isCancelled())
        return cancelled();

    if (Status status = publish(customersFile, files.customersPath); !status)
        return status.error();
    if (Status status = publish(ordersFile, files.ordersPath); !status)
        return status.error();
    if (control)
        control->reportProgress(1.0);
    return files;
}

} // namespace Segmenta
