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
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
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
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:8pt'><thead><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th bgcolor='#e8eaf0'>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        // A segment whose rule does not compile has no figures; its name's tooltip says why
        // (docs/segments.md, "Rules with errors"): the row says so instead of staying blank.
        const QString error = model.data(model.index(r, 1), Qt::ToolTipRole).toString();
        if (!error.isEmpty() && model.columnCount() > 2
            && model.data(model.index(r, 2)).toString().isEmpty()) {
            html += QStringLiteral("<td>%1</td><td>%2</td><td colspan='%3'><i>%4</i></td></tr>")
                        .arg(model.data(model.index(r, 0)).toString().toHtmlEscaped(),
                             model.data(model.index(r, 1)).toString().toHtmlEscaped())
                        .arg(model.columnCount() - 2)
                        .arg(QCoreApplication::translate("Segmenta::WorkshopReport",
                                                         "Not counted: the rule has an error: %1")
                                 .arg(error)
                                 .toHtmlEscaped());
            continue;
        }
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

void WorkshopReport::printPages(QTextDocument &document, QPdfWriter &pdf)
{
    // Laid out on the PDF itself, so that the pages are known before printing and a heading
    // can move to the page of what it introduces (QTextDocument has no keep-with-next).
    QPainter painter(&pdf);
    document.documentLayout()->setPaintDevice(&pdf);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);
    const QFontMetricsF footer(document.defaultFont(), &pdf);
    const QSizeF page(pdf.width(), pdf.height() - 2 * footer.height());
    document.setPageSize(page);
    keepHeadingsWithNext(document);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.setFont(QFont(document.defaultFont(), &pdf));
        painter.drawText(QRectF(0, page.height(), page.width(), 2 * footer.height()),
                         Qt::AlignCenter, QLocale().toString(i + 1));
    }
}

QString WorkshopReport::html() const
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("Customer segmentation: %1").arg(project.toHtmlEscaped()),
                     tr("Workshop report, %1").arg(QLocale().toString(QDate::currentDate(),
                                                                      QLocale::LongFormat)));
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Key figures")) + keepFiguresWithLabels(keyFiguresHtml);
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
        html += QStringLiteral("<thead><tr><th bgcolor='#e8eaf0'>%1</th><th bgcolor='#e8eaf0'>%2</th><th bgcolor='#e8eaf0'>%3</th></tr></thead>")
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

QString WorkshopReport::keepFiguresWithLabels(const QString &html)
{
    // The key figures are "label <b>value</b>" or "<b>value</b> label": a line may break
    // between two figures, never inside one ("Gini 0.64", not "Gini" / "0.64").
    static const QRegularExpression before(QStringLiteral("([^\\s;]) +<b>"));
    static const QRegularExpression after(QStringLiteral("</b> +(?=[^\\s&<])"));
    QString out = html;
    out.replace(before, QStringLiteral("\\1&nbsp;<b>"));
    out.replace(after, QStringLiteral("</b>&nbsp;"));
    return out;
}

namespace {

// Where a block's first line starts, in document coordinates (a line that did not fit on a
// page was moved to the next one, the block's top was not).
qreal firstLineTop(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF box = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    return layout && layout->lineCount() > 0 ? box.top() + layout->lineAt(0).y() : box.top();
}

} // namespace

void WorkshopReport::keepHeadingsWithNext(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid())
            continue;
        const qreal top = firstLineTop(document, block);
        const qreal bottom = document.documentLayout()->blockBoundingRect(block).bottom();
        // A table's rows are laid out in its frame: keep at least a few of its lines.
        const bool table = QTextCursor(next).currentTable() != nullptr;
        const qreal following = table ? bottom + 3 * (bottom - top) : firstLineTop(document, next);
        if (int(following / pageHeight) == int(top / pageHeight))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format); // the layout below follows on the next query
    }
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
        printPages(document, pdf);
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
