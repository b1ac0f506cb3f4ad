// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Segmenta {

class BackgroundTask;
class ProjectSession;
struct TargetListReport;

// Target lists for sales (docs/domain.md, "Call lists"): which segments, which columns, CSV or
// XLSX, a suppression file; the export runs in the background with progress and cancel and ends
// with a summary and a button that opens the folder.
class ExportPage : public QWidget
{
    Q_OBJECT

public:
    ExportPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    // Starts the export as the form says (for the button and for tests).
    void startExport();

Q_SIGNALS:
    void exported(const QString &folder);
    void failed(const QString &message);

private:
    // The constructor's build steps.
    QHBoxLayout *buildLists();
    QFormLayout *buildForm();
    // The format, encoding and folder chosen, kept in the session across a language switch.
    void keepChoices();
    QHBoxLayout *buildButtons();

    void refreshSegments();
    void refreshColumns();
    void showReport(const TargetListReport &report);

    ProjectSession *m_session;
    BackgroundTask *m_tasks;
    QListWidget *m_segmentList;
    QListWidget *m_columnList;
    QButtonGroup *m_format;
    QComboBox *m_encoding;
    QComboBox *m_listLanguage; // "en", "zh_CN", "zh_TW" (names for people) or "codes"
    QLineEdit *m_folder;
    QLineEdit *m_suppression;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QLabel *m_result;
    QString m_lastFolder;
};

} // namespace Segmenta
