// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/segmentation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace Segmenta {

namespace {

constexpr const char kContext[] = "Segmenta::Segments";

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

qsizetype Segmentation::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < segments.size(); ++i)
        if (segments[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QJsonObject Segmentation::toJson() const
{
    QJsonArray list;
    for (const Segment &s : segments) {
        QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("rule"), s.rule}};
        auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1StringView(key), value);
        };
        put("description", s.description);
        put("objective", s.objective);
        put("owner", s.owner);
        put("offer", s.offer);
        put("message", s.message);
        put("channel", s.channel);
        if (std::isfinite(s.forecastResponse))
            o.insert(QStringLiteral("forecast_response"), s.forecastResponse);
        list.append(o);
    }
    return {{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("segments"), list}};
}

Result<Segmentation> Segmentation::fromJson(const QJsonObject &json)
{
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "This is not a segment file: it has no “version”."))
            .withCode("segment-file");
    if (version > kFormatVersion)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Segments",
                                         "The segment file has version %1; this Segmenta reads "
                                         "version %2 and older. Update Segmenta to open it."),
                       {QString::number(version), QString::number(kFormatVersion)})
            .withCode("segment-file");
    const QJsonValue list = json.value(QStringLiteral("segments"));
    if (!list.isArray())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "The segment file has no “segments” list."))
            .withCode("segment-file");
    Segmentation out;
    int position = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++position;
        const QJsonObject o = v.toObject();
        Segment s;
        s.name = field(o, "name").trimmed();
        s.rule = field(o, "rule").trimmed();
        s.description = field(o, "description");
        s.objective = field(o, "objective");
        s.owner = field(o, "owner");
        s.offer = field(o, "offer");
        s.message = field(o, "message");
        s.channel = field(o, "channel");
        if (s.name.isEmpty())
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                       "Segment %1 has no name."),
                           {QString::number(position)})
                .withCode("segment-file");
        // A share of the segment, as the health checks read it (docs/health-checks.md).
        const QJsonValue forecast = o.value(QStringLiteral("forecast_response"));
        if (!forecast.isUndefined() && !forecast.isNull()) {
            const double share = forecast.toDouble(-1.0);
            if (!forecast.isDouble() || !(share >= 0.0 && share <= 1.0))
                return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                           "Segment “%1”: forecast_response must be a number "
                                                           "from 0 to 1 (0.05 for 5 %)."),
                               {s.name})
                    .withCode("segment-file");
            s.forecastResponse = share;
        }
        if (out.indexOf(s.name) >= 0)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                       "Two segments are called “%1”."),
                           {s.name})
                .withCode("segment-file");
        out.segments.append(s);
    }
    return out;
}

Result<Segmentation> Segmentation::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "The segment file “%1” cannot be read: %2."),
                       {path, file.errorString()});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isArray())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "The segment file “%1” holds a JSON array; it must hold a JSON "
                                                   "object: {\"version\": 1, \"segments\": [...]}."),
                       {path})
            .withCode("segment-file");
    if (doc.isNull() || !doc.isObject())
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Segments",
                                         "The segment file “%1” is not valid JSON (at byte %2: %3)."),
                       {path, QString::number(error.offset), error.errorString()})
            .withCode("segment-file");
    return fromJson(doc.object());
}

Status Segmentation::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "The segment file “%1” cannot be written: %2."),
                       {path, file.errorString()});
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Segments",
                                                   "The segment file “%1” cannot be written: %2."),
                       {path, file.errorString()});
    return {};
}

} // namespace Segmenta
