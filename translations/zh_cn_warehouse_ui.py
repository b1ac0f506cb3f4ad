# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the desktop's warehouse connection: File → Import from
# Database (ui/warehousedialog.cpp, warehouserelationeditor.cpp, warehouseroletable.cpp),
# Refresh from Database (warehouserefreshdialog.cpp, warehouseactions.cpp), the password box
# and the system keychain (warehousepasswordfield.cpp, passwordkeychain.cpp), and the start
# page's button. Words of docs/domain.md, "Chinese terms": 客户名单, 细分; libpq's sslmode values and SQL
# kept.
ZH_CN = {
    # Segmenta::PasswordKeychain
    "The system keychain refused access, so the password cannot be remembered; Segmenta will ask for it each time.":
        "系统钥匙串拒绝了访问，因此无法记住密码；Segmenta 每次都会询问密码。",
    "No system keychain is running here (such as GNOME Keyring or KWallet), so the password cannot be remembered; Segmenta will ask for it each time.":
        "此处没有运行系统钥匙串（如 GNOME Keyring 或 KWallet），因此无法记住密码；Segmenta 每次都会询问密码。",
    "The system keychain did not answer (%1), so the password cannot be remembered; Segmenta will ask for it each time.":
        "系统钥匙串没有响应（%1），因此无法记住密码；Segmenta 每次都会询问密码。",
    "This build of Segmenta has no system keychain support, so the password cannot be remembered; Segmenta will ask for it each time.":
        "此版本的 Segmenta 不支持系统钥匙串，因此无法记住密码；Segmenta 每次都会询问密码。",
    # Segmenta::ProjectSession, Segmenta::WarehouseActions
    "Refresh from Database": "从数据库刷新",
    "Import from Database": "从数据库导入",
    "Refreshing from %1": "正在从 %1 刷新",
    "Importing from %1": "正在从 %1 导入",
    "Import from Data&base…": "从数据库导入(&B)…",
    "&Refresh from Database…": "从数据库刷新(&R)…",
    "Open a project that was imported from a database first.": "请先打开一个从数据库导入的项目。",
    "Refreshed from %1.": "已从 %1 刷新。",
    # Segmenta::WarehouseDialog
    "Segmenta connects to PostgreSQL or a warehouse that speaks its protocol (Citus, Greenplum, Redshift, CockroachDB, YugabyteDB). The server sums up the orders; only one row per customer comes over. The connection is read-only.":
        "Segmenta 可连接 PostgreSQL 或使用其协议的数据仓库（Citus、Greenplum、Redshift、CockroachDB、YugabyteDB）。订单由服务器汇总，每位客户只传回一行。连接为只读。",
    "&Test Connection": "测试连接(&T)",
    "&Import": "导入(&I)",
    "Connection": "连接",
    "disable: no encryption": "disable：不加密",
    "allow: encrypt only when the server insists": "allow：仅在服务器要求时加密",
    "prefer: encrypt when the server can (default)": "prefer：服务器支持时加密（默认）",
    "require: always encrypt": "require：始终加密",
    "verify-ca: encrypt and check the server's certificate": "verify-ca：加密并检查服务器证书",
    "verify-full: encrypt, check the certificate and the host name": "verify-full：加密，并检查证书和主机名",
    "Port:": "端口：",
    "&Host:": "主机(&H)：",
    "&Database:": "数据库(&D)：",
    "&User:": "用户(&U)：",
    "Pass&word:": "密码(&W)：",
    "&Encryption (TLS):": "加密 (TLS)(&E)：",
    " s": " 秒",
    "no limit": "不限",
    "&Customer list (optional):": "客户名单（可选）(&C)：",
    "Time &limit per query:": "每个查询的时间限制(&L)：",
    "One line per order line: a customer ID, an order date and an amount (or quantity and unit price); an order ID and a margin when there are. A query must be a single SELECT; it runs in a read-only transaction.":
        "每个订单行一行：客户编号、订单日期和金额（或数量和单价）；如有订单编号和毛利率也请包含。查询必须是单条 SELECT 语句，并在只读事务中运行。",
    "Column roles": "列的角色",
    "Read from the server by Test Connection; check what each column means.":
        "由“测试连接”从服务器读取；请检查每一列的含义。",
    "Enter the server's host name or address.": "请输入服务器的主机名或地址。",
    "Enter the name of the database.": "请输入数据库名称。",
    "Enter the user name to connect as.": "请输入用于连接的用户名。",
    "Enter the orders table, or a SELECT that gives the order lines.":
        "请输入订单表，或一条给出订单行的 SELECT 查询。",
    "Connecting to %1…": "正在连接 %1…",
    "Connected. The orders have %n columns.": "已连接。订单有 %n 列。",
    "Connected. The orders have %1 columns, the customer list %2.":
        "已连接。订单有 %1 列，客户名单有 %2 列。",
    "Choose where to save the project.": "请选择项目的保存位置。",
    # Segmenta::WarehousePasswordField
    "Remember password in the system keychain": "在系统钥匙串中记住密码",
    "The password remembered for this login was filled in.": "已填入为此登录记住的密码。",
    # Segmenta::WarehouseRefreshDialog
    "a SELECT query": "一条 SELECT 查询",
    "The orders (%1) are summed up again on %2 and replace the customer summary of this project; the segments and snapshots are kept.":
        "将在 %2 上重新汇总订单（%1），并替换本项目的客户汇总；细分和快照会保留。",
    "Save a snapshot of the segments after the refresh": "刷新后保存细分快照",
    "Refresh %1": "刷新 %1",
    "Snapshot &name:": "快照名称(&N)：",
    "&Refresh": "刷新(&R)",
    # Segmenta::WarehouseRelationEditor
    "Table": "表",
    "SELECT query": "SELECT 查询",
    "schema.table, e.g. sales.orders": "模式.表，例如 sales.orders",
    "SELECT customer_id, order_date, amount FROM sales.orders WHERE …":
        "SELECT customer_id, order_date, amount FROM sales.orders WHERE …",
    # Segmenta::WarehouseRoleTable
    "Two columns have the role “%1”; give it to one of them only.":
        "有两列的角色都是“%1”；请只指定给其中一列。",
    "Choose the orders column that holds the customer ID.": "请选择订单中存放客户编号的列。",
    "Choose the customer list's column that holds the customer ID.": "请选择客户名单中存放客户编号的列。",
    "Choose the orders column that holds the order date.": "请选择订单中存放订单日期的列。",
    "Choose the orders column that holds the amount (or the quantity and the unit price).":
        "请选择订单中存放金额（或数量和单价）的列。",
}
