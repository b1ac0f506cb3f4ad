// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsourceeditor.h"

#include "messagetext.h"
#include "rolenames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Segmenta {

ImportSourceEditor::ImportSourceEditor(TableKind kind, QWidget *parent) : QWidget(parent)
{
    m_options.kind = kind;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral("comma"));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral("semicolon"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Pipe"), QStringLiteral("pipe"));
    m_delimiter->addItem(tr("Spaces"), QStringLiteral("spaces"));
    m_header = new QCheckBox(tr("First &row holds the column names"), this);
    m_sheet = new QComboBox(this);
    // Each label's mnemonic reaches its box: a keyboard user gets to every field.
    for (auto [text, box] : {std::pair{tr("&Encoding:"), m_encoding}, std::pair{tr("&Delimiter:"), m_delimiter},
                             std::pair{tr("S&heet:"), m_sheet}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        form->addWidget(label);
        form->addWidget(box);
    }
    form->addWidget(m_header);
    form->addStretch(1);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto changedLayout = [this] {
        m_options.encoding = m_encoding->currentData().toString().toLatin1();
        m_options.format.reset();
        if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty()) {
            DelimitedFormat f;
            DelimitedFormat::fromDelimiterName(d, f);
            m_options.format = f;
        }
        m_options.sheet = m_sheet->currentText();
        reload();
    };
    connect(m_encoding, &QComboBox::activated, this, changedLayout);
    connect(m_delimiter, &QComboBox::activated, this, changedLayout);
    connect(m_sheet, &QComboBox::activated, this, changedLayout);
    connect(m_header, &QCheckBox::toggled, this, [this](bool on) {
        if (m_options.hasHeader != on) {
            m_options.hasHeader = on;
            reload();
        }
    });
}

void ImportSourceEditor::setPath(const QString &path)
{
    if (path == m_options.path && m_problem.isEmpty()) // the choices made for this file stay
        return;
    m_options.path = path;
    m_options.hasHeader.reset();
    m_options.sheet.clear();
    m_options.mappings.clear();
    reload();
}

void ImportSourceEditor::reload()
{
    m_problem.clear();
    if (m_options.path.isEmpty()) {
        m_preview = {};
        fillPreview();
        return;
    }
    auto preview = SourcePreview::read(m_options);
    if (!preview) {
        m_problem = messageText(preview.error());
        m_preview = {};
    } else {
        m_preview = preview.takeValue();
    }
    fillPreview();
    Q_EMIT changed();
}

void ImportSourceEditor::fillPreview()
{
    if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else if (!m_options.path.isEmpty())
        m_status->setText(tr("Encoding %1, delimiter %2. Check the role of each column: "
                             "the first rows are shown below.")
                              .arg(m_preview.encoding, m_preview.delimiter));
    else
        m_status->clear();
    QSignalBlocker block(m_header);
    m_header->setChecked(m_preview.hasHeader);
    m_sheet->setEnabled(!m_preview.sheets.isEmpty());
    if (m_sheet->count() != m_preview.sheets.size()) {
        m_sheet->clear();
        m_sheet->addItems(m_preview.sheets);
    }

    m_table->clear();
    m_roleBoxes.clear();
    const int columns = int(m_preview.headers.size());
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.rows.size()) + 1);
    m_table->setHorizontalHeaderLabels(m_preview.headers);
    QStringList rowLabels{tr("Role")};
    for (int r = 0; r < m_preview.rows.size(); ++r)
        rowLabels.append(QString::number(r + 1));
    m_table->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < columns; ++c) {
        auto *box = new QComboBox(m_table);
        RoleNames::addItems(box, m_options.kind);
        box->setCurrentIndex(box->findData(int(m_preview.roles.value(c, Role::None))));
        m_table->setCellWidget(0, c, box);
        m_roleBoxes.append(box);
        for (int r = 0; r < m_preview.rows.size(); ++r)
            m_table->setItem(r + 1, c, new QTableWidgetItem(m_preview.rows[r].value(c)));
    }
    m_table->horizontalHeader()->setDefaultSectionSize(140);
}

TableImportOptions ImportSourceEditor::options() const
{
    TableImportOptions o = m_options;
    o.mappings.clear();
    o.detectRoles = false;
    for (int c = 0; c < m_roleBoxes.size(); ++c) {
        const Role role = Role(m_roleBoxes[c]->currentData().toInt());
        if (role != Role::None)
            o.mappings.append(ColumnMapping{role, QStringLiteral("#%1").arg(c + 1), QString()});
    }
    return o;
}

} // namespace Segmenta
