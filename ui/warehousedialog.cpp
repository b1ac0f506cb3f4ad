// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousedialog.h"

#include "messagetext.h"
#include "passwordkeychain.h"
#include "warehousepasswordfield.h"
#include "warehouse/warehousequery.h"
#include "warehouserelationeditor.h"
#include "warehouseroletable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Segmenta {

WarehouseDialog::WarehouseDialog(QWidget *parent)
    : QDialog(parent), m_asOfDay(Column::kMissingDate)
{
    setWindowTitle(tr("Import from Database"));
    auto *intro = new QLabel(tr("Segmenta connects to PostgreSQL or a warehouse that speaks its "
                                "protocol (Citus, Greenplum, Redshift, CockroachDB, YugabyteDB). "
                                "The server sums up the orders; only one row per customer comes "
                                "over. The connection is read-only."),
                             this);
    intro->setWordWrap(true);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createConnectionBox());
    left->addWidget(createDataBox(), 1);
    columns->addLayout(left, 3);
    columns->addWidget(createRolesBox(), 2);

    m_projectPath = new QLineEdit(this);
    m_projectPath->setObjectName(QStringLiteral("projectPath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), m_projectPath->text(),
                                                          tr("Segmenta projects (*.segmenta)"));
        if (!path.isEmpty())
            m_projectPath->setText(path);
    });
    auto *projectLabel = new QLabel(tr("Save the &project as:"), this);
    projectLabel->setBuddy(m_projectPath);
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(projectLabel);
    projectRow->addWidget(m_projectPath, 1);
    projectRow->addWidget(browse);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &WarehouseDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &WarehouseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(projectRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1040, 720);

    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        const QString testedFor = std::exchange(m_testing, QString());
        m_test->setEnabled(true);
        m_import->setEnabled(true);
        if (m_columns && m_columns->has_value())
            showColumns(**m_columns, testedFor);
    });
}

WarehouseDialog::~WarehouseDialog()
{
    // A test still running keeps only copies of what it needs; its answer is dropped.
    m_watcher.disconnect();
}

QWidget *WarehouseDialog::createConnectionBox()
{
    auto *box = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(box);
    m_host = new QLineEdit(QStringLiteral("localhost"), box);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(box);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(box);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new WarehousePasswordField(box);
    m_sslMode = new QComboBox(box);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    // libpq's sslmode values, as WarehouseSource accepts them.
    m_sslMode->addItem(tr("disable: no encryption"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("allow: encrypt only when the server insists"), QStringLiteral("allow"));
    m_sslMode->addItem(tr("prefer: encrypt when the server can (default)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: always encrypt"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca: encrypt and check the server's certificate"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full: encrypt, check the certificate and the host name"),
                       QStringLiteral("verify-full"));
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("prefer")));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), box));
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), box);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (TLS):"), m_sslMode);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, &WarehouseDialog::lookUpPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &WarehouseDialog::lookUpPassword);
    // A project named after the database, in Documents, until the user names one.
    connect(m_database, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_projectPath->isModified() && !name.trimmed().isEmpty())
            m_projectPath->setText(
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(name.trimmed() + QStringLiteral(".segmenta")));
    });
    return box;
}

QWidget *WarehouseDialog::createDataBox()
{
    auto *box = new QGroupBox(tr("Data"), this);
    auto *form = new QFormLayout(box);
    m_orders = new WarehouseRelationEditor(box);
    m_orders->setObjectName(QStringLiteral("orders"));
    m_customers = new WarehouseRelationEditor(box);
    m_customers->setObjectName(QStringLiteral("customers"));
    m_timeout = new QSpinBox(box);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(WarehouseSource::kMinTimeoutSeconds, WarehouseSource::kMaxTimeoutSeconds);
    m_timeout->setValue(600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("&Orders:"), m_orders);
    form->addRow(tr("&Customer list (optional):"), m_customers);
    form->addRow(tr("Time &limit per query:"), m_timeout);
    auto *limitLabel = new QLabel(tr("Customers at &most:"), box);
    QLayout *sampleRow = createSampleRow(box);
    limitLabel->setBuddy(m_maxCustomers);
    limitLabel->setToolTip(m_maxCustomers->toolTip());
    form->addRow(limitLabel, sampleRow);
    auto *note = new QLabel(tr("One line per order line: a customer ID, an order date and an "
                               "amount (or quantity and unit price); an order ID and a margin "
                               "when there are. A query must be a single SELECT; it runs in a "
                               "read-only transaction."),
                            box);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    return box;
}

QLayout *WarehouseDialog::createSampleRow(QWidget *box)
{
    m_maxCustomers = new QSpinBox(box);
    m_maxCustomers->setObjectName(QStringLiteral("maxCustomers"));
    m_maxCustomers->setRange(0, 1000000000);
    m_maxCustomers->setSingleStep(100000);
    m_maxCustomers->setGroupSeparatorShown(true);
    m_maxCustomers->setValue(int(WarehouseSource::kDefaultMaxCustomers));
    m_maxCustomers->setSpecialValueText(tr("no limit"));
    m_maxCustomers->setToolTip(
        tr("When the database has more customers than this, only a random sample of this many "
           "comes to this computer: every analysis, segment and target list then covers the "
           "sampled customers. The totals (customers, orders, revenue, 80/20 and the pyramid) "
           "are still counted exactly by the server over all customers. 0: bring every customer."));
    m_sampleSeed = new QLineEdit(QStringLiteral("0"), box);
    m_sampleSeed->setObjectName(QStringLiteral("sampleSeed"));
    // A qint64, as segmenta-cli --sample-seed takes it (a spin box stops at 2^31).
    m_sampleSeed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{1,19}")), m_sampleSeed));
    m_sampleSeed->setToolTip(tr("Which customers the sample takes. The same number draws the same "
                                "customers again at every refresh; another number draws another "
                                "sample."));
    auto *seedLabel = new QLabel(tr("Sample &seed:"), box);
    seedLabel->setBuddy(m_sampleSeed);
    seedLabel->setToolTip(m_sampleSeed->toolTip());
    auto *row = new QHBoxLayout;
    row->addWidget(m_maxCustomers, 1);
    row->addWidget(seedLabel);
    row->addWidget(m_sampleSeed);
    return row;
}

QWidget *WarehouseDialog::createRolesBox()
{
    auto *box = new QGroupBox(tr("Column roles"), this);
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Read from the server by Test Connection; check what each column "
                               "means."),
                            box);
    hint->setWordWrap(true);
    m_ordersRoles = new WarehouseRoleTable(TableKind::Transactions, box);
    m_ordersRoles->setObjectName(QStringLiteral("ordersRoles"));
    m_customersRoles = new WarehouseRoleTable(TableKind::Customers, box);
    m_customersRoles->setObjectName(QStringLiteral("customersRoles"));
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Orders"), box));
    layout->addWidget(m_ordersRoles, 3);
    layout->addWidget(new QLabel(tr("Customer list"), box));
    layout->addWidget(m_customersRoles, 2);
    return box;
}

void WarehouseDialog::setSource(const WarehouseSource &source)
{
    m_host->setText(source.host);
    m_port->setValue(source.port);
    m_database->setText(source.database);
    m_user->setText(source.user);
    if (const int i = m_sslMode->findData(source.sslMode); i >= 0)
        m_sslMode->setCurrentIndex(i);
    m_orders->setRelation(source.ordersTable, source.ordersQuery);
    m_customers->setRelation(source.customersTable, source.customersQuery);
    m_timeout->setValue(source.statementTimeoutSeconds);
    m_maxCustomers->setValue(int(std::min<qint64>(source.maxCustomers, m_maxCustomers->maximum())));
    m_sampleSeed->setText(QString::number(source.sampleSeed));
    m_asOfDay = source.asOfDay;
    m_earlierOrders = source.mappings;
    m_earlierCustomers = source.customerMappings();
    lookUpPassword();
}

WarehouseSource WarehouseDialog::source() const
{
    WarehouseSource s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    s.ordersTable = m_orders->table();
    s.ordersQuery = m_orders->query();
    s.customersTable = m_customers->table();
    s.customersQuery = m_customers->query();
    s.statementTimeoutSeconds = m_timeout->value();
    s.maxCustomers = m_maxCustomers->value();
    s.sampleSeed = m_sampleSeed->text().toLongLong(); // checked by connectionProblem()
    s.asOfDay = m_asOfDay;
    s.mappings = m_ordersRoles->columns().isEmpty() ? m_earlierOrders : m_ordersRoles->mappings();
    if (hasCustomers())
        s.customersMappings = m_customersRoles->columns().isEmpty() ? m_earlierCustomers
                                                                    : m_customersRoles->mappings();
    return s;
}

QString WarehouseDialog::password() const
{
    return m_password->password();
}

bool WarehouseDialog::rememberPassword() const
{
    return m_password->remember();
}

QString WarehouseDialog::projectPath() const
{
    return m_projectPath->text().trimmed();
}

void WarehouseDialog::setProjectPath(const QString &path)
{
    m_projectPath->setText(path);
    m_projectPath->setModified(true);
}

bool WarehouseDialog::hasCustomers() const
{
    return !m_customers->isEmpty();
}

QString WarehouseDialog::signature() const
{
    const WarehouseSource s = source();
    return QStringList{s.url(), s.ordersTable, s.ordersQuery, s.customersTable, s.customersQuery}.join(QChar(0));
}

QString WarehouseDialog::status() const
{
    return m_status->text();
}

void WarehouseDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(palette);
}

void WarehouseDialog::lookUpPassword()
{
    const WarehouseSource s = source();
    if (!s.host.isEmpty() && !s.user.isEmpty() && !s.database.isEmpty())
        m_password->lookUp(PasswordKeychain::key(s));
}

QString WarehouseDialog::connectionProblem() const
{
    const WarehouseSource s = source();
    if (s.host.isEmpty())
        return tr("Enter the server's host name or address.");
    if (s.database.isEmpty())
        return tr("Enter the name of the database.");
    if (s.user.isEmpty())
        return tr("Enter the user name to connect as.");
    if (m_orders->isEmpty())
        return tr("Enter the orders table, or a SELECT that gives the order lines.");
    if (auto relation = WarehouseQuery::relation(s.ordersTable, s.ordersQuery); !relation)
        return messageText(relation.error());
    if (hasCustomers())
        if (auto relation = WarehouseQuery::relation(s.customersTable, s.customersQuery); !relation)
            return messageText(relation.error());
    if (Status st = s.validate(); !st)
        return messageText(st.error());
    bool seedOk = false;
    m_sampleSeed->text().toLongLong(&seedOk); // also refuses 19 digits beyond the qint64 range
    if (!m_sampleSeed->hasAcceptableInput() || !seedOk)
        return tr("Enter a whole number as the sample seed, e.g. 0.");
    return {};
}

void WarehouseDialog::testConnection()
{
    if (isTesting())
        return;
    if (const QString problem = connectionProblem(); !problem.isEmpty()) {
        m_acceptAfterTest = false;
        showStatus(problem, true);
        return;
    }
    const WarehouseSource s = source();
    const QString password = m_password->password();
    m_testing = signature();
    m_columns = std::make_shared<std::optional<Result<WarehouseImporter::Columns>>>();
    m_test->setEnabled(false);
    m_import->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(s.url()), false);
    auto columns = m_columns;
    m_watcher.setFuture(QtConcurrent::run([columns, s, password] {
        *columns = WarehouseImporter::describe(s, password);
    }));
}

void WarehouseDialog::showColumns(const Result<WarehouseImporter::Columns> &columns,
                                  const QString &testedFor)
{
    if (!columns) {
        m_acceptAfterTest = false;
        showStatus(messageText(columns.error()), true);
        Q_EMIT tested(false);
        return;
    }
    // Choices made in the tables so far win over the remembered ones.
    if (!m_ordersRoles->columns().isEmpty())
        m_earlierOrders = m_ordersRoles->mappings();
    if (!m_customersRoles->columns().isEmpty())
        m_earlierCustomers = m_customersRoles->mappings();
    m_ordersRoles->setColumns(columns->orders, m_earlierOrders);
    m_customersRoles->setColumns(columns->customers, m_earlierCustomers);
    m_testedFor = testedFor;
    showStatus(columns->customers.isEmpty()
                   ? tr("Connected. The orders have %n columns.", nullptr, int(columns->orders.size()))
                   : tr("Connected. The orders have %1 columns, the customer list %2.")
                         .arg(columns->orders.size())
                         .arg(columns->customers.size()),
               false);
    Q_EMIT tested(true);
    if (std::exchange(m_acceptAfterTest, false))
        accept();
}

void WarehouseDialog::accept()
{
    if (isTesting())
        return;
    QString problem = connectionProblem();
    if (problem.isEmpty() && projectPath().isEmpty())
        problem = tr("Choose where to save the project.");
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    // The roles are checked against the columns the server has for exactly these settings.
    if (signature() != m_testedFor) {
        m_acceptAfterTest = true;
        testConnection();
        return;
    }
    problem = m_ordersRoles->problem();
    if (problem.isEmpty() && hasCustomers())
        problem = m_customersRoles->problem();
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    QDialog::accept();
}

} // namespace Segmenta
