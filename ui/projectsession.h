// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentation.h"
#include "import/tableimportoptions.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Segmenta {

class BackgroundTask;
struct SegmentCounts;
struct WarehouseImportJob;

// The open project: its file, its data (shared, immutable once loaded, so pages and
// background analyses read it without locks) and its settings. Opening and importing run as
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
    // The analyses of the open project; null until they have run.
    std::shared_ptr<const CustomerAnalysis> analysis() const { return m_analysis; }
    // What segment rules can name, built with the analysis; null until then.
    std::shared_ptr<const CustomerFields> fields() const { return m_fields; }
    void runAnalysis();

    // The project's segments (settings key "segmentation"); empty when none are stored or the
    // stored ones cannot be read.
    Segmentation segmentation() const;
    // Stores the segments in the project file (settings only, in place). False and failed()
    // when the file cannot be written.
    bool saveSegmentation(const Segmentation &segmentation);
    bool saveSetting(const QString &key, const QJsonValue &value);

    // The segments being edited as last counted (the Segments page's counter publishes each
    // count here), for pages and dialogs that explain or check them; null until counted and
    // again when the project changes.
    std::shared_ptr<const SegmentCounts> segmentCounts() const { return m_segmentCounts; }
    void setSegmentCounts(std::shared_ptr<const SegmentCounts> counts);

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
    // Before another project (or none) replaces the open one: last chance to save into it.
    void aboutToChangeProject();
    void projectChanged();
    void analysisChanged();
    void segmentsCounted();
    void failed(const QString &title, const QString &message);

private:
    // A given analysis (made for the data already) is taken instead of running it again.
    void adopt(std::shared_ptr<const Dataset> data, const QString &path, QJsonObject settings,
               std::shared_ptr<const CustomerAnalysis> analysis = nullptr,
               std::shared_ptr<const CustomerFields> fields = nullptr);

    BackgroundTask *m_tasks;
    std::shared_ptr<const Dataset> m_data;
    QString m_path;
    QJsonObject m_settings;
    std::shared_ptr<const CustomerAnalysis> m_analysis;
    std::shared_ptr<const CustomerFields> m_fields;
    std::shared_ptr<const SegmentCounts> m_segmentCounts;
};

} // namespace Segmenta
