// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QPdfWriter;
class QTextDocument;
class QWidget;

namespace Segmenta {

// The one-click workshop report: one PDF with the key figures, every chart,
// the segment table and the health checks, for a consultant to hand out after a workshop.
// Built from what the pages show (their charts are rendered at a fixed size, so the report
// looks the same whatever the window's size), laid out by QTextDocument on A4 pages.
class WorkshopReport
{
public:
    struct Chart
    {
        QString title;
        QWidget *widget = nullptr;
    };
    struct Finding
    {
        QString segment; // empty: the whole segmentation
        QString text;
        int severity = 1; // 0 info, 1 warning, 2 error
    };

    QString project;          // the project's name, for the title
    QString keyFiguresHtml;   // rich text of the overview's key figures
    QList<Chart> charts;
    const QAbstractItemModel *segments = nullptr; // the segment table, as shown
    QList<Finding> findings;
    QString healthSummary;

    // The report as HTML; charts referenced as chart0.png, chart1.png, ...
    QString html() const;
    // Writes the PDF (a temporary file renamed over path). The error sentence, empty on success.
    QString write(const QString &path) const;

    // The key figures' rich text with each figure bound to its label (no line break between).
    static QString keepFiguresWithLabels(const QString &html);
    // Moves each heading that would end a page, apart from what follows it, to the next page.
    // The document must have its page size (and paint device) set.
    static void keepHeadingsWithNext(QTextDocument &document);

private:
    static void printPages(QTextDocument &document, QPdfWriter &pdf);
};

} // namespace Segmenta
