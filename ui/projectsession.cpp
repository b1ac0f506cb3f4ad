// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "backgroundrelease.h"
#include "backgroundtask.h"
#include "import/datasetimporter.h"
#include "messagetext.h"
#include "project/projectfile.h"
#include "segmentcounts.h"
#include "project/warehouseimportjob.h"

#include <QFileInfo>

namespace Segmenta {

ProjectSession::ProjectSession(BackgroundTask *tasks, QObject *parent)
    : QObject(parent), m_tasks(tasks)
{}

void ProjectSession::adopt(std::shared_ptr<const Dataset> data, const QString &path,
                           QJsonObject settings, std::shared_ptr<const CustomerAnalysis> analysis,
                           std::shared_ptr<const CustomerFields> fields)
{
    Q_EMIT aboutToChangeProject();
    const bool analysed = analysis && fields;
    // The old project is held until the pages have let go of it, then freed off the GUI thread.
    auto oldData = std::exchange(m_data, std::move(data));
    auto oldAnalysis = std::exchange(m_analysis, analysed ? std::move(analysis) : nullptr);
    auto oldFields = std::exchange(m_fields, analysed ? std::move(fields) : nullptr);
    auto oldCounts = std::exchange(m_segmentCounts, nullptr);
    m_path = path;
    m_settings = std::move(settings);
    Q_EMIT projectChanged();
    Q_EMIT analysisChanged();
    releaseInBackground(std::move(oldCounts), std::move(oldFields), std::move(oldAnalysis),
                        std::move(oldData));
    if (m_data && !analysed)
        runAnalysis();
}

void ProjectSession::setSegmentCounts(std::shared_ptr<const SegmentCounts> counts)
{
    // The replaced count may hold the last reference to an older analysis' fields.
    releaseInBackground(std::exchange(m_segmentCounts, std::move(counts)));
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
            outcome->saved = ProjectFile::save(projectPath, project);
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
            adopt(std::make_shared<const Dataset>(std::move(outcome->data->value())), projectPath, {});
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
            *result = CustomerAnalysis::run(*data, {}, &control);
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
            Q_EMIT analysisChanged();
            releaseInBackground(std::move(oldFields), std::move(oldAnalysis));
        });
}

Segmentation ProjectSession::segmentation() const
{
    const QJsonValue stored = m_settings.value(QStringLiteral("segmentation"));
    if (!stored.isObject())
        return {};
    auto parsed = Segmentation::fromJson(stored.toObject());
    return parsed ? parsed.takeValue() : Segmentation();
}

bool ProjectSession::saveSegmentation(const Segmentation &segmentation)
{
    return saveSetting(QStringLiteral("segmentation"), segmentation.toJson());
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
    return true;
}

void ProjectSession::close()
{
    adopt(nullptr, QString(), {});
}

} // namespace Segmenta
