// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "backgroundrelease.h"
#include "backgroundtask.h"
#include "import/datasetimporter.h"
#include "messagetext.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "segmentcounter.h"
#include "segmentcounts.h"
#include "segmentdocument.h"
#include "project/warehouseimportjob.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace Segmenta {

namespace {
// Counts follow typing without recounting every key; saving waits for a pause.
constexpr int kRecountDelayMs = 150;
constexpr int kSaveDelayMs = 800;
} // namespace

ProjectSession::ProjectSession(BackgroundTask *tasks, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_segments(new SegmentDocument(this)),
      m_counter(new SegmentCounter(this)), m_recount(new QTimer(this)), m_save(new QTimer(this))
{
    m_recount->setSingleShot(true);
    m_recount->setInterval(kRecountDelayMs);
    m_save->setSingleShot(true);
    m_save->setInterval(kSaveDelayMs);
    connect(m_recount, &QTimer::timeout, this,
            [this] { m_counter->recount(m_segments->segmentation()); });
    connect(m_save, &QTimer::timeout, this, &ProjectSession::saveSegments);
    connect(m_segments, &SegmentDocument::changed, this, [this] {
        m_recount->start();
        // A reset from the project is not an edit: nothing to save.
        if (!m_segments->isResetting())
            m_save->start();
    });
    connect(m_counter, &SegmentCounter::counted, this,
            [this] { setSegmentCounts(m_counter->latestShared()); });
}

void ProjectSession::flushSegments()
{
    if (m_save->isActive()) {
        m_save->stop();
        saveSegments();
    }
}

void ProjectSession::saveSegments()
{
    saveSetting(ProjectSettings::kSegmentation, m_segments->segmentation().toJson());
}

void ProjectSession::disconnectViews(const QObject *views)
{
    disconnect(); // the session's own signals, whoever listens
    // The segment state outlives the views: its signals reach into them through the models,
    // forms and Edit menu actions they made.
    // The session itself is among the views' children (the window owns it until it hands it
    // over): its own connections to the document and the counter stay.
    const auto ours = [this](const QObject *object) {
        for (; object; object = object->parent())
            if (object == this)
                return true;
        return false;
    };
    QList<const QObject *> receivers{views};
    for (const QObject *child : views->findChildren<QObject *>())
        if (!ours(child))
            receivers.append(child);
    for (const QObject *receiver : std::as_const(receivers)) {
        m_segments->disconnect(receiver);
        m_segments->undoStack()->disconnect(receiver);
        m_counter->disconnect(receiver);
    }
}

void ProjectSession::adopt(std::shared_ptr<const Dataset> data, const QString &path,
                           QJsonObject settings, std::shared_ptr<const CustomerAnalysis> analysis,
                           std::shared_ptr<const CustomerFields> fields)
{
    flushSegments(); // into the project being left
    const bool analysed = analysis && fields;
    // The old project is held until the pages have let go of it, then freed off the GUI thread.
    auto oldData = std::exchange(m_data, std::move(data));
    auto oldAnalysis = std::exchange(m_analysis, analysed ? std::move(analysis) : nullptr);
    auto oldFields = std::exchange(m_fields, analysed ? std::move(fields) : nullptr);
    auto oldCounts = std::exchange(m_segmentCounts, nullptr);
    m_path = path;
    m_settings = std::move(settings);
    const Status segmentsRead = resetSegments();
    Q_EMIT projectChanged();
    if (analysed)
        countOnAnalysis();
    Q_EMIT analysisChanged();
    releaseInBackground(std::move(oldCounts), std::move(oldFields), std::move(oldAnalysis),
                        std::move(oldData));
    if (!segmentsRead)
        Q_EMIT failed(tr("Open Project"), messageText(segmentsRead.error()));
    if (m_data && !analysed)
        runAnalysis();
}

Status ProjectSession::resetSegments()
{
    m_save->stop();
    m_counter->setInputs(nullptr, nullptr, nullptr);
    auto stored = ProjectSettings::segmentation(m_settings);
    // A project whose stored segments do not read opens without them, and says so.
    m_segments->reset(stored ? *stored : Segmentation());
    if (!stored)
        return stored.error();
    return {};
}

void ProjectSession::countOnAnalysis()
{
    m_counter->setInputs(m_data, m_analysis, m_fields);
    // A count of the former analysis may hold the last reference to its fields.
    releaseInBackground(std::exchange(m_segmentCounts, nullptr));
    m_counter->recount(m_segments->segmentation());
}

void ProjectSession::setSegmentCounts(std::shared_ptr<const SegmentCounts> counts)
{
    // The replaced count may hold the last reference to an older analysis' fields.
    releaseInBackground(std::exchange(m_segmentCounts, std::move(counts)));
    // Published before the signal: what reacts to it (Health, explanations) reads the session.
    Q_EMIT segmentsCounted();
}

void ProjectSession::open(const QString &path)
{
    auto result = std::make_shared<std::optional<Result<ProjectContents>>>();
    m_tasks->start(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [result, path](TaskControl &control) { *result = ProjectFile::load(path, &control); },
        [this, result, path] {
            if (!result->has_value())
                return;
            Result<ProjectContents> &r = **result;
            if (!r) {
                Q_EMIT failed(tr("Open Project"), messageText(r.error()));
                return;
            }
            adopt(std::make_shared<const Dataset>(std::move(r->data)), path, r->settings);
        });
}

void ProjectSession::importFiles(const std::optional<TableImportOptions> &customers,
                                 const std::optional<TableImportOptions> &transactions,
                                 const QString &projectPath)
{
    struct Outcome
    {
        std::optional<Result<Dataset>> data;
        QJsonObject settings;
        Status saved;
    };
    auto outcome = std::make_shared<Outcome>();
    m_tasks->start(
        tr("Importing"),
        [outcome, customers, transactions, projectPath](TaskControl &control) {
            TaskControl importing(&control, 0.0, 0.0);
            importing.setProgressFunction([&control](double f) { control.reportProgress(0.85 * f); });
            outcome->data = DatasetImporter::run(customers, transactions, &importing);
            if (!*outcome->data || control.isCancelled())
                return;
            // Moved in and out rather than copied: the data may be millions of rows.
            ProjectContents project;
            project.data = std::move(outcome->data->value());
            ProjectSettings::adoptImportedCurrency(project.settings, project.data);
            outcome->saved = ProjectFile::save(projectPath, project);
            outcome->settings = project.settings;
            outcome->data->value() = std::move(project.data);
            control.reportProgress(1.0);
        },
        [this, outcome, projectPath] {
            if (!outcome->data)
                return;
            if (!*outcome->data) {
                Q_EMIT failed(tr("Import"), messageText(outcome->data->error()));
                return;
            }
            if (!outcome->saved) {
                Q_EMIT failed(tr("Import"), messageText(outcome->saved.error()));
                return;
            }
            adopt(std::make_shared<const Dataset>(std::move(outcome->data->value())), projectPath,
                  outcome->settings);
        });
}

void ProjectSession::importWarehouse(std::shared_ptr<WarehouseImportJob> job,
                                     std::function<void()> imported)
{
    const QString title = job->refresh ? tr("Refresh from Database") : tr("Import from Database");
    m_tasks->start(
        job->refresh ? tr("Refreshing from %1").arg(job->source.url())
                     : tr("Importing from %1").arg(job->source.url()),
        [job](TaskControl &control) { job->run(control); },
        [this, job, imported, title] {
            job->password.clear();
            if (!job->data)
                return;
            if (!*job->data) {
                Q_EMIT failed(title, messageText(job->data->error()));
                return;
            }
            if (!job->saved) {
                Q_EMIT failed(title, messageText(job->saved.error()));
                return;
            }
            adopt(std::make_shared<const Dataset>(std::move(job->data->value())), job->projectPath,
                  job->settings, std::move(job->analysis), std::move(job->fields));
            if (!job->snapshot)
                Q_EMIT failed(title, messageText(job->snapshot.error()));
            if (imported)
                imported();
        });
}

void ProjectSession::runAnalysis()
{
    auto data = m_data;
    if (!data)
        return;
    auto result = std::make_shared<std::optional<Result<CustomerAnalysis>>>();
    auto fields = std::make_shared<CustomerFields>();
    m_tasks->start(
        tr("Analysing"),
        [data, result, fields](TaskControl &control) {
            // The desktop counts rules live and has a Clusters page, so it computes the
            // clusters with the rest (the command line only when asked, docs/user/cli.md).
            AnalysisOptions options;
            options.clusters = true;
            *result = CustomerAnalysis::run(*data, options, &control);
            if (**result)
                *fields = CustomerFields::build(*data, &***result);
        },
        [this, data, result, fields] {
            if (!result->has_value() || data != m_data)
                return; // a newer project replaced this one meanwhile
            Result<CustomerAnalysis> &r = **result;
            if (!r) {
                Q_EMIT failed(tr("Analysis"), messageText(r.error()));
                return;
            }
            // The fields point into the analysis' vectors only through their own copies, and
            // into the dataset, which stays shared: moving the analysis is safe.
            auto oldAnalysis = std::exchange(
                m_analysis, std::make_shared<const CustomerAnalysis>(r.takeValue()));
            auto oldFields = std::exchange(m_fields, fields);
            countOnAnalysis();
            Q_EMIT analysisChanged();
            releaseInBackground(std::move(oldFields), std::move(oldAnalysis));
        });
}

bool ProjectSession::saveSetting(const QString &key, const QJsonValue &value)
{
    if (m_path.isEmpty())
        return false;
    QJsonObject settings = m_settings;
    settings.insert(key, value);
    if (Status st = ProjectFile::saveSettings(m_path, settings); !st) {
        Q_EMIT failed(tr("Save Project"), messageText(st.error()));
        return false;
    }
    m_settings = std::move(settings);
    Q_EMIT settingSaved(key);
    return true;
}

bool ProjectSession::setCurrency(const QString &currency)
{
    if (!saveSetting(ProjectSettings::kCurrency, currency))
        return false;
    Q_EMIT analysisChanged();
    return true;
}

void ProjectSession::close()
{
    adopt(nullptr, QString(), {});
}

} // namespace Segmenta
