// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta::Test {

class PostgresServer;

// The data sets the warehouse tests load into their private server. Each returns an empty
// string or what went wrong.

// The demo generator's English files (4,000 customers, seed 11) written to `folder` (under the
// server's shared folder) and copied into sales."order lines" (a name that needs quoting) and
// sales.customers (with "values", a reserved word, as a column).
QString loadDemo(const PostgresServer &server, QString &folder);
// Online Retail into the table retail; `loaded` stays false when the data set is not beside
// the checkout (../shared/data).
QString loadOnlineRetail(const PostgresServer &server, bool &loaded);

} // namespace Segmenta::Test
