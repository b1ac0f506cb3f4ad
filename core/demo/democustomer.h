// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demovocabulary.h"

#include <QtGlobal>

// The state of the demo model, shared by DemoGenerator's parts (demogenerator.h).
namespace Segmenta::Demo {

inline constexpr int kHistoryDays = 3 * 365; // existing customers signed up before the period
inline constexpr quint8 kNone = 255;          // an attribute a customer does not have
// Customers per generation task, each with its own random stream: fixed, so the output does
// not depend on the number of threads.
inline constexpr int kBlockSize = 2048;

struct Customer
{
    double rate = 0;        // purchases per day before calibration (BG/NBD lambda)
    float dropout = 0;      // BG/NBD p: chance of leaving after each repeat purchase
    float growth = 0;       // trend of frequency and spend, per year
    float spend = 0;        // mean order value in yuan (gamma-gamma)
    qint32 firstOrder = -1; // day index; -1: never orders
    qint64 costCents = 0;
    qint64 income = -1; // yuan; -1 for organisations
    qint64 assets = -1;
    quint16 signup = 0; // index into m_dates, which starts kHistoryDays before the period
    quint8 type = Consumer;
    quint8 female = 0;
    quint8 age = 0;
    quint8 city = 0;
    quint8 lifestyle = kNone;
    quint8 personality = kNone;
    quint8 values = kNone;
    quint8 interest1 = kNone;
    quint8 interest2 = kNone;
    quint8 surname = 0;
    quint8 given1 = 0;
    quint8 given2 = kNone;
    quint8 phonePrefix = 0;
    quint8 channel = 0; // preferred channel
};

inline bool isPerson(const Customer &c)
{
    return c.type == Consumer || c.type == Internal;
}

struct Line
{
    quint32 customer;
    quint32 priceCents;
    quint16 day;
    qint16 quantity; // negative: refund
    quint8 product;
    quint8 flags; // bits 0-2 channel, bit 3 first line of an order
};
inline constexpr quint8 kFirstLine = 8;

} // namespace Segmenta::Demo
