// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentation.h"
#include "import/tableimportoptions.h"

#include <QJsonObject>
#include <QVariant>
#include <QVariantHash>
#include <QObject>

class QTimer;

#include <functional>
#include <memory>
#include <optional>

namespace Segmenta {

class BackgroundTask;
class SegmentCounter;
class SegmentDocument;
struct SegmentCounts;
struct WarehouseImportJob;

// The open project: its file, its data (shared, immutable once loaded, so pages and
// background analyses read it without locks), its settings and the segments being edited with
// their counts. Every page gets its inputs from here, reading and listening to it. Opening and importing run as
// background tasks; the result replaces the current project on the GUI thread.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(BackgroundTask *tasks, QObject *parent = nullptr);

    bool hasProject() const { return m_data != nullptr; }
    std::shared_ptr<const Dataset> data() const { return m_data; }
    QString path() const { return m_path; }
    const QJsonObject &settings() const { return m_settings; }
    // Choices made on pages that are not project data (the Export page's format and folder, the
    // Value page's tab). They live here, not in the widgets, because a language switch builds
    // new pages over this session (docs/architecture.md, "Languages").
    QVariant viewState(const QString &key, const QVariant &fallback = {}) const
    {
        return m_viewState.value(key, fallback);
    }
    void setViewState(const QString &key, const QVariant &value) { m_viewState.insert(key, value); }
    // The analyses of the open project; null until they have run.
    std::shared_ptr<const CustomerAnalysis> analysis() const { return m_analysis; }
    // What segment rules can name, built with the analysis; null until then.
    std::shared_ptr<const CustomerFields> fields() const { return m_fields; }
    void runAnalysis();

    // The segments being edited, with their undo stack (Edit → Undo): the session's, not a
    // page's, so every page reads the same ones and a window in another language takes them
    // over with their history. Reset from the project when it changes; edits are saved into the
    // project shortly after the last one and counted off the GUI thread (segmentCounter()).
    SegmentDocument *segments() const { return m_segments; }
    SegmentCounter *segmentCounter() const { return m_counter; }
    // Saves segment edits not yet written to the project (before it is left or closed).
    void flushSegments();
    bool saveSetting(const QString &key, const QJsonValue &value);
    // Saves the project's currency (ProjectSettings::kCurrency; empty: the locale's) and has
    // every page show its money anew (analysisChanged, as after a language switch).
    bool setCurrency(const QString &currency);

    // The segments being edited as last counted, for the pages and dialogs that show, explain,
    // check, export or snapshot them; null until counted, and again when the project or its
    // analysis changes (segmentsCounted() says when a new one is here).
    std::shared_ptr<const SegmentCounts> segmentCounts() const { return m_segmentCounts; }

    // Disconnects the session and its segment state from views and everything under it (a
    // window handing the session over to another, docs/architecture.md "Segment state").
    void disconnectViews(const QObject *views);

    void open(const QString &path);
    // Imports the files and saves them as a new project at projectPath.
    void importFiles(const std::optional<TableImportOptions> &customers,
                     const std::optional<TableImportOptions> &transactions,
                     const QString &projectPath);
    // Runs an import from a warehouse or a refresh (WarehouseImportJob) and opens the saved
    // project; imported() runs after it is open (not on failure or cancel).
    void importWarehouse(std::shared_ptr<WarehouseImportJob> job, std::function<void()> imported = {});
    void close();

Q_SIGNALS:
    void projectChanged();
    void analysisChanged();
    void segmentsCounted();
    // A project setting was saved (saveSetting), e.g. the day lists last went to sales: the
    // health checks read it.
    void settingSaved(const QString &key);
    void failed(const QString &title, const QString &message);

private:
    // A given analysis (made for the data already) is taken instead of running it again.
    void adopt(std::shared_ptr<const Dataset> data, const QString &path, QJsonObject settings,
               std::shared_ptr<const CustomerAnalysis> analysis = nullptr,
               std::shared_ptr<const CustomerFields> fields = nullptr);
    // Replaces the segments being edited with the project's; an error when they do not read.
    Status resetSegments();
    void saveSegments();
    // The analysis (and fields) changed: the counts are made anew on it.
    void countOnAnalysis();
    void setSegmentCounts(std::shared_ptr<const SegmentCounts> counts);

    BackgroundTask *m_tasks;
    std::shared_ptr<const Dataset> m_data;
    QString m_path;
    QJsonObject m_settings;
    QVariantHash m_viewState;
    std::shared_ptr<const CustomerAnalysis> m_analysis;
    std::shared_ptr<const CustomerFields> m_fields;
    SegmentDocument *m_segments;
    SegmentCounter *m_counter;
    QTimer *m_recount;
    QTimer *m_save;
    std::shared_ptr<const SegmentCounts> m_segmentCounts;
};

} // namespace Segmenta
