// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>

namespace Segmenta {

// Reads the user's SQL text the way PostgreSQL's lexer does, as far as the warehouse needs:
// string literals ('…' with '' inside, E'…' with \' too), quoted names ("…" with ""), comments
// (-- to the end of the line, nested /* */) and dollar-quoted strings ($$…$$, $tag$…$tag$). A
// `;` counts only outside them (docs/warehouse.md, "Queries").
class SqlText
{
public:
    // The query without trailing `;`, blanks and comments; fails when it is empty, has a second
    // statement or leaves a literal, quoted name or comment open.
    static Result<QString> singleStatement(const QString &query);

    // A relation name: one to three parts joined by '.', each either "quoted" (with "" for a
    // quote, taken exactly) or plain (taken as written, blanks at the ends dropped). Returns the
    // parts; fails for an empty part or text after a closing quote.
    static Result<QStringList> nameParts(const QString &name);
};

} // namespace Segmenta
