#pragma once

#include "healthfinding.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Segmenta {

class SegmentsPage;

// The health checks of domain §5 over the segments being edited: each finding with its
// reason and numbers, re-run whenever the live counts change.
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    HealthPage(SegmentsPage *segments, QWidget *parent = nullptr);

    // The codes of the findings shown (for tests).
    QStringList findingCodes() const;
    // What the page shows, for the workshop report.
    QList<HealthFinding> findings() const { return m_findings; }
    QString summary() const;

Q_SIGNALS:
    void segmentRequested(qsizetype index);

private:
    void refresh();

    SegmentsPage *m_segments;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QList<HealthFinding> m_findings;
};

} // namespace Segmenta
