// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/query/customerlookup.h"

#include "data/dataset.h"

#include <algorithm>

namespace Segmenta {

qsizetype findCustomerRow(const Dataset &data, const QString &id)
{
    const Column *ids = data.customerIds();
    const QByteArray utf8 = id.trimmed().toUtf8();
    if (!ids || utf8.isEmpty())
        return -1;
    const qint32 code = ids->pool().find(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (code < 0)
        return -1;
    const auto &codes = ids->codes();
    const auto it = std::find(codes.begin(), codes.end(), code);
    return it == codes.end() ? -1 : qsizetype(it - codes.begin());
}

} // namespace Segmenta
