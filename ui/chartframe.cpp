// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartframe.h"

#include "chartexport.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>

namespace Segmenta {

ChartFrame::ChartFrame(QWidget *chart, const QString &name, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_name(name)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    chart->setParent(this);
    layout->addWidget(chart, 0, 0);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this chart as a PNG, SVG or PDF file"));
    m_export->setAutoRaise(true);
    m_export->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_export, 0, 0, Qt::AlignTop | Qt::AlignRight);
    connect(m_export, &QToolButton::clicked, this, &ChartFrame::exportChart);
    // The chart's own context menu (QChartView has none) is replaced by ours.
    chart->setContextMenuPolicy(Qt::NoContextMenu);
}

void ChartFrame::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart…"), this, &ChartFrame::exportChart);
    menu.exec(event->globalPos());
}

QString ChartFrame::exportTo(const QString &path) const
{
    // The button is the chart's sibling, so it is not part of the picture.
    return ChartExport::save(m_chart, path, m_name);
}

void ChartFrame::exportChart()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("charts/folder"), QDir::homePath()).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(folder).filePath(m_name + QStringLiteral(".png")),
        ChartExport::fileFilter(), &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("charts/folder"), QFileInfo(path).absolutePath());
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace Segmenta
