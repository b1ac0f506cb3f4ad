// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/bgnbdmodel.h"
#include "data/column.h"
#include "analysis/measures/customersummary.h"
#include "base/result.h"
#include "analysis/clv/rfmtsummary.h"

#include <vector>

namespace Segmenta {

class Dataset;
class TaskControl;

struct BacktestOptions
{
    TimeUnit unit = TimeUnit::Week;
    qint32 fromDay = Column::kMissingDate; // calibration start; missing = from the first purchase
    qint32 cutDay = Column::kMissingDate;  // first holdout day = the calibration's asOfDay
    qint32 endDay = Column::kMissingDate;  // exclusive end of the holdout; missing = after the
                                           // last transaction
    int frequencyCap = 7;                  // bins x = 0 .. cap-1, then "cap or more"
};

struct BacktestResult
{
    BgNbdModel::Fit fit;     // on the calibration window
    RfmtSummary calibration; // x, t_x, T per customer at the cut
    qint64 cohort = 0;       // customers who bought in the calibration window
    double holdoutLength = 0; // in units

    // Repeat purchase days of the cohort in the holdout, per customer and in total, against
    // the sum of their conditional expectations E[Y(holdout) | x, t_x, T].
    std::vector<qint32> holdoutPurchases;
    qint64 actualHoldout = 0;
    double predictedHoldout = 0;

    // Tracking curve (FHL 2005 Figure 1): cumulative repeat purchase days of the cohort by the
    // end of each period since `origin`, against sum_i E[X(t_i)] with t_i the customer's time
    // since the first purchase (the unconditional expectation, as in the paper).
    qint32 origin = 0;
    std::vector<qint32> periodEnd; // exclusive end day of each period
    std::vector<double> actualCumulative;
    std::vector<double> expectedCumulative;

    // Conditional expectations by calibration frequency (FHL 2005 Figure 2).
    struct FrequencyBin
    {
        qint32 frequency = 0; // x, or the lower bound of the last bin
        bool orMore = false;
        qint64 customers = 0;
        double actualMean = 0;
        double expectedMean = 0;
    };
    std::vector<FrequencyBin> byFrequency;
};

// Calibration/holdout check of the BG/NBD model: fit on purchases before the cut day, then
// compare its forecasts with what the same customers actually did until the end day. Fails
// with the fit's reason when the calibration fit does not converge.
class HoldoutBacktest
{
public:
    static Result<BacktestResult> run(const Dataset &data, const BacktestOptions &options,
                                      TaskControl *control = nullptr);
};

} // namespace Segmenta
