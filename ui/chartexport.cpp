// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

namespace Segmenta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Segmenta::ChartExport", text);
}

QString writeTo(QWidget *chart, const QString &file, const QString &suffix, const QString &title)
{
    const QSize size = chart->size();
    if (suffix == QStringLiteral("png")) {
        const qreal scale = 2.0;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(chart->palette().color(QPalette::Window));
        QPainter painter(&image);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return image.save(file, "PNG") ? QString() : tr("The picture could not be written.");
    }
    if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(title);
        svg.setDescription(tr("Exported from Segmenta"));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("The drawing could not be written.");
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return QString();
    }
    if (suffix == QStringLiteral("pdf")) {
        QPdfWriter pdf(file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Segmenta"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("The PDF could not be written.");
        const QRect page = painter.viewport();
        const qreal scale = std::min(page.width() / qreal(size.width()),
                                     page.height() / qreal(size.height()));
        painter.scale(scale, scale);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return QString();
    }
    return tr("Choose a file ending in .png, .svg or .pdf.");
}

} // namespace

QString ChartExport::fileFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString ChartExport::save(QWidget *chart, const QString &path, const QString &title)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName()
                              + QStringLiteral(".saving");
    QFile::remove(temporary);
    QString error = writeTo(chart, temporary, suffix, title);
    if (error.isEmpty() && QFileInfo(temporary).size() == 0)
        error = tr("The chart could not be written.");
    if (error.isEmpty()) {
        QFile::remove(path);
        if (!QFile::rename(temporary, path))
            error = tr("The file %1 could not be replaced; is it open elsewhere?").arg(path);
    }
    QFile::remove(temporary);
    return error;
}

} // namespace Segmenta
