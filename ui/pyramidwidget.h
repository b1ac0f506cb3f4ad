// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace Segmenta {

class CustomerPyramid;

// The customer pyramid drawn as a pyramid (docs/domain.md, "Customer pyramid"): platinum at the
// top, lead at the base, each layer labelled with its customers and share of value.
class PyramidWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PyramidWidget(QWidget *parent = nullptr);
    void setPyramid(const CustomerPyramid &pyramid);
    QSize sizeHint() const override { return {420, 320}; }
    // The layer (0 = platinum … 3 = lead) under a point, or -1.
    int layerAt(const QPoint &point) const;

Q_SIGNALS:
    // A layer was clicked: show the customers in it.
    void layerClicked(int layer);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layer
    {
        QString title;
        qint64 customers = 0;
        double valueShare = 0;
        double customerPercent = 0;
    };
    QRectF layerRect(int layer) const;

    std::array<Layer, 4> m_layers;
    bool m_hasData = false;
};

} // namespace Segmenta
