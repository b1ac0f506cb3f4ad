// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendwrap.h"

#include <QAbstractAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <QTextLayout>

#include <algorithm>

namespace Segmenta {

namespace {

QString fullLabel(QLegendMarker *marker)
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        return bar->barset()->label();
    if (auto *pie = qobject_cast<QPieLegendMarker *>(marker)) // one entry per slice
        return pie->slice()->label();
    return marker->series()->name();
}

// Property names: the whole title, and the wrapped one shown in its place.
constexpr char kFullTitle[] = "segmentaFullTitle";
constexpr char kShownTitle[] = "segmentaShownTitle";

// The title to wrap: the one set by the page, unless the current one is our wrapped copy.
QString fullTitle(const QObject *owner, const QString &current)
{
    if (current == owner->property(kShownTitle).toString())
        return owner->property(kFullTitle).toString();
    return current;
}

} // namespace

LegendWrap::LegendWrap(QChart *chart) : QObject(chart), m_chart(chart)
{
    chart->installEventFilter(this);
    chart->legend()->setShowToolTips(true);
}

LegendWrap *LegendWrap::install(QChart *chart)
{
    // ChartStyle::newChart installs it on every chart: a second install is the same one.
    if (auto *installed = chart->findChild<LegendWrap *>(QString(), Qt::FindDirectChildrenOnly))
        return installed;
    auto *wrap = new LegendWrap(chart);
    wrap->apply();
    return wrap;
}

QStringList LegendWrap::wrap(const QString &text, const QFont &font, qreal width)
{
    // Broken at spaces only, so that "置信区间" or "confidence" stays whole: Qt's own line
    // breaking may split Chinese between any two characters ("95% 置信区 / 间").
    const QFontMetricsF metrics(font);
    QStringList lines;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty()
            && metrics.horizontalAdvance(lines.last() + u' ' + word) <= width)
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    // A word wider than a line on its own is broken where Qt's line breaking allows.
    QStringList out;
    for (const QString &line : std::as_const(lines)) {
        if (metrics.horizontalAdvance(line) <= width) {
            out << line;
            continue;
        }
        QTextLayout layout(line, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine piece = layout.createLine(); piece.isValid(); piece = layout.createLine()) {
            piece.setLineWidth(width);
            out << line.mid(piece.textStart(), piece.textLength());
        }
        layout.endLayout();
    }
    return out;
}

QString LegendWrap::wrapTitle(QObject *owner, const QString &current, const QFont &font,
                              qreal width)
{
    const QString full = fullTitle(owner, current);
    QString shown = full;
    // Qt Charts gives a title a little less than the plot's width (its label padding): a
    // title that just fits the plot was still cut, so the text gets a margin of room.
    width -= 16;
    if (width > 0 && !Qt::mightBeRichText(full)
        && QFontMetricsF(font).horizontalAdvance(full) > width) {
        QStringList lines = wrap(full, font, width);
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        // Centred, like the one line it replaces.
        shown = QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>")));
    }
    owner->setProperty(kFullTitle, full);
    owner->setProperty(kShownTitle, shown);
    return shown;
}

void LegendWrap::applyToTitles()
{
    // Qt Charts cuts a title wider than its room ("SDs of value per SD of th..."): the chart's
    // title and the axes' titles are wrapped instead, to the plot area's width or height. A
    // vertical title's room shrinks with the lines the others take: the layout that follows
    // their change comes back here, and the lines only grow until they fit.
    const QMarginsF margins = m_chart->margins();
    const qreal chartWidth = m_chart->size().width() - margins.left() - margins.right() - 24;
    const QString title = wrapTitle(m_chart, m_chart->title(), m_chart->titleFont(), chartWidth);
    if (m_chart->title() != title)
        m_chart->setTitle(title);
    const QRectF plot = m_chart->plotArea();
    for (QAbstractAxis *axis : m_chart->axes()) {
        const qreal room = axis->orientation() == Qt::Horizontal ? plot.width() : plot.height();
        const QString text = wrapTitle(axis, axis->titleText(), axis->titleFont(), room);
        if (axis->titleText() != text)
            axis->setTitleText(text);
    }
}

void LegendWrap::apply()
{
    applyToTitles();
    QLegend *legend = m_chart->legend();
    QList<QLegendMarker *> markers;
    for (QLegendMarker *marker : legend->markers())
        if (marker->isVisible())
            markers << marker;
    if (markers.isEmpty() || !(legend->alignment() & (Qt::AlignTop | Qt::AlignBottom)))
        return;
    const QFontMetricsF metrics(legend->font());
    // What an entry needs beside its text: the colour box and the spaces around it (Qt Charts
    // uses about one line height for the box and a few pixels on either side).
    const qreal box = metrics.height() + 16;
    const QMarginsF margins = m_chart->margins();
    const qreal available = m_chart->size().width() - margins.left() - margins.right() - 24;
    qreal oneLine = 0;
    for (QLegendMarker *marker : markers)
        oneLine += box + metrics.horizontalAdvance(fullLabel(marker));
    // Each entry gets an equal share; never so little that a line holds only a letter or two.
    const qreal room = std::max(available / markers.size() - box, 4 * metrics.height());
    bool changed = false;
    for (QLegendMarker *marker : markers) {
        const QString full = fullLabel(marker);
        QString label = full;
        if (oneLine > available) {
            QStringList lines = wrap(full, legend->font(), room);
            for (QString &line : lines)
                line = line.toHtmlEscaped();
            label = lines.join(QStringLiteral("<br>"));
        }
        if (marker->label() != label) {
            marker->setLabel(label);
            changed = true;
        }
    }
    // The legend keeps the height it had for one line unless told its size hint changed.
    if (changed && legend->layout())
        legend->layout()->invalidate();
}

bool LegendWrap::eventFilter(QObject *watched, QEvent *event)
{
    // Resized, or laid out anew: the legend makes its entries only once the chart is in a
    // scene, and the layout request that follows comes here before the chart handles it.
    if (watched == m_chart
        && (event->type() == QEvent::GraphicsSceneResize || event->type() == QEvent::LayoutRequest))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace Segmenta
