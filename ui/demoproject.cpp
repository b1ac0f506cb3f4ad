// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoproject.h"

#include "backgroundtask.h"
#include "import/datasetimporter.h"
#include "demo/demogenerator.h"
#include "messagetext.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "projectsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Segmenta {

void DemoProject::open(ProjectSession *session, BackgroundTask *tasks, QWidget *parent)
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("demo"));
    const QString project = QDir(folder).filePath(QStringLiteral("demo.segmenta"));
    if (QFileInfo::exists(project)) {
        session->open(project);
        return;
    }
    auto error = std::make_shared<Message>();
    tasks->start(
        QCoreApplication::translate("Segmenta::DemoProject", "Building the demo"),
        [folder, project, error](TaskControl &control) {
            TaskControl generating(&control, 0.0, 0.0);
            generating.setProgressFunction([&control](double f) { control.reportProgress(0.3 * f); });
            auto files = DemoGenerator::write(folder, DemoOptions{}, &generating);
            if (!files) {
                *error = files.error();
                return;
            }
            TableImportOptions customers, orders;
            customers.kind = TableKind::Customers;
            customers.path = files->customersPath;
            orders.kind = TableKind::Transactions;
            orders.path = files->ordersPath;
            TaskControl importing(&control, 0.0, 0.0);
            importing.setProgressFunction([&control](double f) { control.reportProgress(0.3 + 0.7 * f); });
            auto data = DatasetImporter::run(customers, orders, &importing);
            if (!data) {
                *error = data.error();
                return;
            }
            ProjectContents contents;
            contents.data = data.takeValue();
            contents.settings.insert(ProjectSettings::kCurrency, DemoGenerator::currency());
            if (Status st = ProjectFile::save(project, contents); !st)
                *error = st.error();
        },
        [session, project, error, parent] {
            if (!error->isEmpty()) {
                QMessageBox::warning(parent, QCoreApplication::translate("Segmenta::DemoProject", "Demo"),
                                     messageText(*error));
                return;
            }
            session->open(project);
        });
}

} // namespace Segmenta
