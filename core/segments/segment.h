// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <limits>

namespace Segmenta {

// A segment as the manager defines it (docs/domain.md, "Segments"). Its priority is its position in
// the Segmentation: the first segment whose rule matches a customer gets that customer.
struct Segment
{
    QString name;
    QString description; // customer-facing: how the customers would describe their group
    QString objective;   // what the segment is for (the health checks flag one without)
    QString owner;       // the manager answerable for its profit and loss
    QString rule;        // rule language text (SegmentRule)
    QString offer;       // the one recommended product or offer sales make
    QString message;     // the one message used in every channel
    QString channel;
    // The response rate a planned campaign assumes (0..1), NaN when none is planned; checked
    // against what the segment has shown (the "too optimistic" health check).
    double forecastResponse = std::numeric_limits<double>::quiet_NaN();

    bool operator==(const Segment &o) const
    {
        const bool bothNoForecast = forecastResponse != forecastResponse
                                    && o.forecastResponse != o.forecastResponse;
        return name == o.name && description == o.description && objective == o.objective
               && owner == o.owner && rule == o.rule && offer == o.offer && message == o.message
               && channel == o.channel
               && (bothNoForecast || forecastResponse == o.forecastResponse);
    }
};

} // namespace Segmenta
