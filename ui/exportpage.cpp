// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpage.h"

#include "backgroundtask.h"
#include "segments/rules/customerfields.h"
#include "fieldnames.h"
#include "messagetext.h"
#include "projectsession.h"
#include "segments/segmentassignment.h"
#include "project/projectsettings.h"
#include "export/listlanguage.h"
#include "language.h"
#include "segmentcounts.h"
#include "export/suppressionlist.h"
#include "export/targetlistcolumns.h"
#include "export/targetlistexporter.h"

#include <algorithm>

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <unordered_set>

namespace Segmenta {

namespace {

QListWidgetItem *checkItem(QListWidget *list, const QString &text, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedTexts(const QListWidget *list, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(role).toString();
    return out;
}

// A line edit with a Browse button, for a folder or a file.
QWidget *browseRow(QWidget *parent, QLineEdit *edit, const std::function<QString()> &pick)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(QCoreApplication::translate("Segmenta::ExportPage", "Browse…"), row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, pick] {
        const QString chosen = pick();
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    layout->addWidget(browse);
    return row;
}

} // namespace

ExportPage::ExportPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent)
    : QWidget(parent), m_session(session), m_tasks(tasks)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One target list per segment for sales: best prospects first, "
                                "each customer on one list only, with the segment's offer and "
                                "message."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addLayout(buildLists(), 1);
    layout->addLayout(buildForm());
    layout->addLayout(buildButtons());

    connect(m_session, &ProjectSession::segmentsCounted, this, &ExportPage::refreshSegments);
    connect(m_session, &ProjectSession::analysisChanged, this, &ExportPage::refreshColumns);
    refreshSegments();
    refreshColumns();
}

QHBoxLayout *ExportPage::buildLists()
{
    auto *lists = new QHBoxLayout;
    m_segmentList = new QListWidget(this);
    m_segmentList->setObjectName(QStringLiteral("exportSegments"));
    m_columnList = new QListWidget(this);
    m_columnList->setObjectName(QStringLiteral("exportColumns"));
    m_columnList->setDragDropMode(QAbstractItemView::InternalMove); // column order
    auto *segmentBox = new QVBoxLayout;
    segmentBox->addWidget(new QLabel(tr("Segments:"), this));
    segmentBox->addWidget(m_segmentList);
    auto *columnBox = new QVBoxLayout;
    columnBox->addWidget(new QLabel(tr("Columns (drag to reorder):"), this));
    columnBox->addWidget(m_columnList);
    lists->addLayout(segmentBox, 1);
    lists->addLayout(columnBox, 1);
    return lists;
}

QFormLayout *ExportPage::buildForm()
{
    auto *form = new QFormLayout;
    auto *formatRow = new QWidget(this);
    auto *formatLayout = new QHBoxLayout(formatRow);
    formatLayout->setContentsMargins(0, 0, 0, 0);
    m_format = new QButtonGroup(this);
    auto *xlsx = new QRadioButton(tr("Excel workbook (one sheet per segment)"), formatRow);
    auto *csv = new QRadioButton(tr("CSV (one file per segment)"), formatRow);
    xlsx->setChecked(true);
    m_format->addButton(xlsx, int(TargetListOptions::Format::Xlsx));
    m_format->addButton(csv, int(TargetListOptions::Format::Csv));
    formatLayout->addWidget(xlsx);
    formatLayout->addWidget(csv);
    formatLayout->addStretch(1);
    form->addRow(tr("Format:"), formatRow);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("UTF-8 (Excel 2016 and later, every other program)"),
                        int(TargetListOptions::Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 (older Chinese Excel)"),
                        int(TargetListOptions::Encoding::Gb18030));
    m_encoding->setEnabled(false);
    connect(m_format, &QButtonGroup::idToggled, this, [this](int, bool) {
        m_encoding->setEnabled(m_format->checkedId() == int(TargetListOptions::Format::Csv));
    });
    form->addRow(tr("CSV encoding:"), m_encoding);
    // Lists go to sales staff: headers and values in their language by default, the code names
    // only for scripts (docs/export.md).
    m_listLanguage = new QComboBox(this);
    m_listLanguage->setObjectName(QStringLiteral("exportListLanguage"));
    for (const QString &code : Language::available())
        m_listLanguage->addItem(Language::displayName(code), code);
    m_listLanguage->addItem(tr("Column codes (for scripts)"), QStringLiteral("codes"));
    m_listLanguage->setCurrentIndex(std::max(0, m_listLanguage->findData(Language::current())));
    // Alt+letters the menu bar does not use (File, Edit, View, Language, Help), so each one
    // reaches its field from anywhere on the page.
    form->addRow(tr("List lan&guage:"), m_listLanguage);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    keepChoices();
    form->addRow(tr("F&older:"), browseRow(this, m_folder, [this] {
                     return QFileDialog::getExistingDirectory(this, tr("Export To"), m_folder->text());
                 }));
    m_suppression = new QLineEdit(this);
    m_suppression->setObjectName(QStringLiteral("exportSuppression"));
    m_suppression->setPlaceholderText(tr("Optional: ids, phone numbers or e-mails not to contact"));
    form->addRow(tr("&Do not contact:"), browseRow(this, m_suppression, [this] {
                     return QFileDialog::getOpenFileName(this, tr("Suppression List"), QString(),
                                                         tr("Lists (*.txt *.csv);;All files (*)"));
                 }));
    return form;
}

QHBoxLayout *ExportPage::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    buttons->addWidget(m_result, 1);
    m_openFolder = new QPushButton(tr("Open Folder"), this);
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder)); });
    m_export = new QPushButton(tr("E&xport Target Lists"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportPage::startExport);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_export);
    return buttons;
}

void ExportPage::keepChoices()
{
    // Taken over from the page this one replaces after a language switch, and kept for the next.
    const auto format = m_session->viewState(QStringLiteral("export/format"));
    if (QAbstractButton *button = format.isValid() ? m_format->button(format.toInt()) : nullptr)
        button->setChecked(true);
    if (const int encoding = m_encoding->findData(m_session->viewState(QStringLiteral("export/encoding")));
        encoding >= 0)
        m_encoding->setCurrentIndex(encoding);
    m_folder->setText(m_session->viewState(QStringLiteral("export/folder"), m_folder->text()).toString());
    connect(m_format, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_session->setViewState(QStringLiteral("export/format"), id);
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setViewState(QStringLiteral("export/encoding"), m_encoding->currentData());
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_session->setViewState(QStringLiteral("export/folder"), text);
    });
}

void ExportPage::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportPage::refreshSegments()
{
    const QStringList unchecked = [this] {
        QStringList out;
        for (int i = 0; i < m_segmentList->count(); ++i)
            if (m_segmentList->item(i)->checkState() != Qt::Checked
                && (m_segmentList->item(i)->flags() & Qt::ItemIsEnabled))
                out << m_segmentList->item(i)->data(Qt::UserRole).toString();
        return out;
    }();
    m_segmentList->clear();
    const std::shared_ptr<const SegmentCounts> c = m_session->segmentCounts();
    const QLocale locale;
    if (c && c->assignment) {
        for (qsizetype s = 0; s < c->segmentation.size(); ++s) {
            const qsizetype valid = c->validIndex[size_t(s)];
            const QString name = c->segmentation.segments[s].name;
            if (valid < 0) {
                // A rule with an error exports nothing: listed, not selectable, with the reason
                // (docs/user/pages.md, "Export").
                const QString reason = messageText(c->errors[size_t(s)]);
                auto *item = new QListWidgetItem(tr("%1 (rule error: %2)").arg(name, reason),
                                                 m_segmentList);
                item->setFlags(Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setToolTip(reason);
                item->setData(Qt::UserRole, name);
                continue;
            }
            QListWidgetItem *item = checkItem(
                m_segmentList,
                tr("%1 (%2 customers)").arg(name, locale.toString(c->assignment->counts[size_t(valid)])),
                !unchecked.contains(name));
            item->setData(Qt::UserRole, name);
        }
    }
    bool any = false;
    for (int i = 0; i < m_segmentList->count(); ++i)
        any = any || (m_segmentList->item(i)->flags() & Qt::ItemIsEnabled);
    m_export->setEnabled(any && !m_tasks->isRunning());
}

void ExportPage::refreshColumns()
{
    m_columnList->clear();
    const auto fields = m_session->fields();
    if (!fields || !m_session->data())
        return;
    // The project remembers the language its lists last went out in.
    const int remembered = m_listLanguage->findData(
        m_session->settings().value(ProjectSettings::kListLanguage).toString());
    if (remembered >= 0)
        m_listLanguage->setCurrentIndex(remembered);
    // Each column in the user's words (FieldNames); the item keeps the name export takes.
    std::unordered_set<const Column *> computed;
    for (const CustomerFields::Field &f : fields->fields())
        if (f.computed)
            computed.insert(f.column);
    QStringList shown;
    std::unordered_set<const Column *> shownImported;
    const auto add = [&](const QString &name, const Column *column, bool checked) {
        const bool isComputed = !column || computed.count(column) > 0;
        QListWidgetItem *item = checkItem(
            m_columnList, FieldNames::displayName(name, column, isComputed), checked);
        item->setData(Qt::UserRole, name);
        item->setToolTip(name);
        shown << name;
        if (!isComputed)
            shownImported.insert(column);
    };
    // The defaults the project has, checked and in order; then every other field, unchecked
    // (an imported column once, though rules also know it by its role's name).
    auto defaults = TargetListColumns::resolve({}, *m_session->data(), *fields);
    if (defaults)
        for (const TargetListColumns::Entry &e : defaults->entries())
            add(e.header, e.column, true);
    for (const CustomerFields::Field &f : fields->fields()) {
        if (shown.contains(f.name, Qt::CaseInsensitive)
            || (!f.computed && shownImported.count(f.column) > 0)) {
            continue;
        }
        add(f.name, f.column, false);
    }
}

void ExportPage::startExport()
{
    const std::shared_ptr<const SegmentCounts> counts = m_session->segmentCounts();
    if (!counts || !counts->assignment || !counts->data || !counts->fields)
        return;
    const Segmentation valid = counts->validSegmentation();

    TargetListOptions options;
    options.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.format = TargetListOptions::Format(m_format->checkedId());
    options.encoding = TargetListOptions::Encoding(m_encoding->currentData().toInt());
    const QString listLanguage = m_listLanguage->currentData().toString();
    if (ListLanguage::fromCode(listLanguage, options.language))
        options.headerStyle = ListLanguage::HeaderStyle::Names;
    options.currency = m_session->settings().value(ProjectSettings::kCurrency).toString();
    options.segments = checkedTexts(m_segmentList, Qt::UserRole);
    options.columns = checkedTexts(m_columnList, Qt::UserRole);
    if (options.segments.isEmpty()) {
        Q_EMIT failed(tr("Choose at least one segment."));
        m_result->setText(tr("Choose at least one segment."));
        return;
    }
    const QString suppressionPath = QDir::fromNativeSeparators(m_suppression->text().trimmed());
    // What the segments were counted on: the assignment's rows are its customers.
    auto data = counts->data;
    auto fields = counts->fields;
    struct Outcome
    {
        std::optional<Result<TargetListReport>> report;
        std::optional<Result<SuppressionList>> suppression;
    };
    auto outcome = std::make_shared<Outcome>();
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    m_tasks->start(
        tr("Exporting target lists"),
        [=](TaskControl &control) mutable {
            if (!suppressionPath.isEmpty()) {
                outcome->suppression = SuppressionList::readFile(suppressionPath);
                if (!*outcome->suppression)
                    return;
                options.suppression = &outcome->suppression->value();
            }
            outcome->report = TargetListExporter::write(*data, *fields, valid,
                                                        counts->assignment->segment, options,
                                                        &control);
        },
        [this, outcome, folder = options.folder, listLanguage] {
            m_export->setEnabled(true);
            const Message *error = nullptr;
            if (outcome->suppression && !*outcome->suppression)
                error = &outcome->suppression->error();
            else if (outcome->report && !*outcome->report)
                error = &outcome->report->error();
            if (error || !outcome->report) {
                const QString text = error ? messageText(*error) : tr("The export did not run.");
                m_result->setText(text);
                Q_EMIT failed(text);
                return;
            }
            m_lastFolder = folder;
            m_session->saveSetting(ProjectSettings::kLastExport,
                                   QDate::currentDate().toString(Qt::ISODate));
            m_session->saveSetting(ProjectSettings::kListLanguage, listLanguage);
            showReport(outcome->report->value());
            Q_EMIT exported(folder);
        });
    connect(m_tasks, &BackgroundTask::finished, this, [this](bool cancelled) {
        m_export->setEnabled(true);
        if (cancelled)
            m_result->setText(tr("Export cancelled; nothing was written."));
    }, Qt::SingleShotConnection);
}

void ExportPage::showReport(const TargetListReport &report)
{
    const QLocale locale;
    QString text = tr("%1 customers on %n lists in %2.", nullptr, int(report.lists.size()))
                       .arg(locale.toString(report.rows), QDir::toNativeSeparators(m_lastFolder));
    if (report.suppressionEntries > 0)
        text += u' ' + tr("%1 left out by the suppression list.").arg(locale.toString(report.suppressed));
    m_result->setText(text);
    m_openFolder->setEnabled(true);
}

} // namespace Segmenta
