// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-iconrenderer: a build tool that renders the project's SVG logo into the icon files
// each platform wants, so that only the SVG is kept in the repository.
//
//   segmenta-iconrenderer LOGO.svg OUTDIR NAME
//
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png (freedesktop sizes), OUTDIR/NAME.ico (Windows,
// PNG entries) and OUTDIR/NAME.iconset/ (the input of macOS's iconutil).
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool savePng(const QImage &image, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (image.save(path, "PNG"))
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

// An ICO file whose entries are PNG streams (read by Windows since Vista): a 6-byte header,
// one 16-byte directory entry per image, then the images. Written by hand because Qt's ico
// plugin is not always deployed on build machines.
bool saveIco(QSvgRenderer &svg, const QList<int> &sizes, const QString &path)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(pngBytes(render(svg, size)));
    QByteArray out;
    auto put16 = [&out](quint16 v) {
        v = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&v), 2);
    };
    auto put32 = [&out](quint32 v) {
        v = qToLittleEndian(v);
        out.append(reinterpret_cast<const char *>(&v), 4);
    };
    put16(0);
    put16(1); // icon
    put16(quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put16(1);  // colour planes
        put16(32); // bits per pixel
        put32(quint32(images[i].size()));
        put32(offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(out) == out.size())
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: segmenta-iconrenderer LOGO.svg OUTDIR NAME\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    const QString out = args[2];
    const QString name = args[3];

    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("%1/hicolor/%2x%2/apps/").arg(out).arg(size);
        ok = savePng(render(svg, size), dir + name + QStringLiteral(".png")) && ok;
    }
    ok = saveIco(svg, {16, 24, 32, 48, 64, 256}, out + u'/' + name + QStringLiteral(".ico")) && ok;
    // iconutil's names: icon_NxN.png and icon_NxN@2x.png for N = 16, 32, 128, 256, 512.
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = QStringLiteral("%1/%2.iconset/icon_%3x%3").arg(out, name).arg(size);
        ok = savePng(render(svg, size), base + QStringLiteral(".png")) && ok;
        ok = savePng(render(svg, 2 * size), base + QStringLiteral("@2x.png")) && ok;
    }
    return ok ? 0 : 1;
}
