// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "base/message.h"

#include <vector>

namespace Segmenta {

// Never one customer on two lists (docs/domain.md, "Call lists"), checked on the rows as they are
// written: by customer row and by customer id, so two rows carrying the same id are caught too.
class UniqueCustomerCheck
{
public:
    UniqueCustomerCheck(qsizetype customers, const Column *ids) : m_ids(ids)
    {
        m_rowList.assign(size_t(customers), -1);
        if (m_ids && m_ids->type() == ColumnType::Text)
            m_idList.assign(size_t(m_ids->pool().size()), -1);
    }

    // list: index of the list the row goes on. False when the customer is already on one;
    // then firstList() says which.
    bool admit(qint32 row, int list)
    {
        int &seen = m_rowList[size_t(row)];
        if (seen >= 0) {
            m_first = seen;
            m_row = row;
            return false;
        }
        seen = list;
        if (!m_idList.empty()) {
            const qint32 code = m_ids->codes()[size_t(row)];
            if (code != Column::kMissingCode) {
                int &byId = m_idList[size_t(code)];
                if (byId >= 0) {
                    m_first = byId;
                    m_row = row;
                    return false;
                }
                byId = list;
            }
        }
        return true;
    }

    int firstList() const { return m_first; }

    // The error for the last refused row.
    Message error(const QString &firstName, const QString &secondName) const
    {
        const QString id = m_ids ? m_ids->displayText(m_row) : QString::number(m_row + 1);
        return Message("Segmenta::Export",
                       QT_TRANSLATE_NOOP("Segmenta::Export",
                                         "Customer “%1” would be on two target lists (“%2” and "
                                         "“%3”); nothing was exported."),
                       {id, firstName, secondName})
            .withCode("duplicate-customer");
    }

private:
    const Column *m_ids;
    std::vector<int> m_rowList;
    std::vector<int> m_idList;
    int m_first = -1;
    qint32 m_row = 0;
};

} // namespace Segmenta
