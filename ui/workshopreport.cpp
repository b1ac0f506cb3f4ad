// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopreport.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

namespace Segmenta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Segmenta::WorkshopReport", text);
}

const QSize kChartSize(760, 440);

// The chart as it would look at a fixed size, whatever its size in the window now.
void resizeNow(QWidget *chart, const QSize &size)
{
    // A hidden widget only records a resize; the chart view lays its scene out in its resize
    // event, and the scene's layout is a posted event: deliver both now.
    const QSize old = chart->size();
    chart->resize(size);
    QResizeEvent event(size, old);
    QCoreApplication::sendEvent(chart, &event);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

QImage renderChart(QWidget *chart)
{
    QImage image(kChartSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (auto *view = qobject_cast<QChartView *>(chart); view && view->chart()) {
        // The scene is drawn directly: a chart view on a hidden page keeps its old viewport.
        QChart *c = view->chart();
        const QRectF old = c->geometry();
        const QRectF target(QPointF(0, 0), QSizeF(kChartSize));
        c->setGeometry(target);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        view->scene()->render(&painter, target, target);
        c->setGeometry(old);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    } else {
        // The first render of a widget on a page never shown activates the page's layouts,
        // which would undo the resize below: let that happen on a throwaway image first.
        QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
        chart->render(&scratch);
        const QSize old = chart->size();
        resizeNow(chart, kChartSize);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        resizeNow(chart, old);
    }
    painter.end();
    return image;
}

QString tableHtml(const QAbstractItemModel &model)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:8pt'><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th bgcolor='#e8eaf0'>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const bool right = model.data(index, Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(right ? QStringLiteral(" align='right'") : QString(),
                             model.data(index).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString WorkshopReport::html() const
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("Customer segmentation: %1").arg(project.toHtmlEscaped()),
                     tr("Workshop report, %1").arg(QLocale().toString(QDate::currentDate(),
                                                                      QLocale::LongFormat)));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Key figures")) + keyFiguresHtml;
    for (int i = 0; i < charts.size(); ++i)
        html += QStringLiteral("<h3>%1</h3><p align='center'><img src='chart%2.png' width='600'></p>")
                    .arg(charts[i].title.toHtmlEscaped())
                    .arg(i);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Segments"));
    if (segments && segments->rowCount() > 0)
        html += tableHtml(*segments);
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("No segments are defined yet."));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Health checks"), healthSummary.toHtmlEscaped());
    if (!findings.isEmpty()) {
        const QString marks[] = {tr("Note"), tr("Warning"), tr("Error")};
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:8pt'>");
        html += QStringLiteral("<tr><th bgcolor='#e8eaf0'>%1</th><th bgcolor='#e8eaf0'>%2</th><th bgcolor='#e8eaf0'>%3</th></tr>")
                    .arg(tr("Severity"), tr("Segment"), tr("Finding"));
        for (const Finding &f : findings)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(marks[qBound(0, f.severity, 2)],
                             (f.segment.isEmpty() ? tr("All segments") : f.segment).toHtmlEscaped(),
                             f.text.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

QString WorkshopReport::write(const QString &path) const
{
    QTextDocument document;
    for (int i = 0; i < charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("chart%1.png").arg(i)),
                             renderChart(charts[i].widget));
    document.setHtml(html());

    const QFileInfo info(path);
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName()
                              + QStringLiteral(".saving");
    {
        QPdfWriter pdf(temporary);
        pdf.setTitle(tr("Customer segmentation: %1").arg(project));
        pdf.setCreator(QStringLiteral("Segmenta"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(300);
        document.print(&pdf);
    }
    if (QFileInfo(temporary).size() == 0) {
        QFile::remove(temporary);
        return tr("The report could not be written to %1.").arg(path);
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return tr("The file %1 could not be replaced; is it open elsewhere?").arg(path);
    }
    return QString();
}

} // namespace Segmenta
