// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/message.h"

namespace Segmenta {

QString Message::toString() const
{
    return m_source ? format(QString::fromUtf8(m_source)) : QString();
}

QString Message::format(const QString &translatedTemplate) const
{
    QString text = translatedTemplate;
    for (const QString &arg : m_args)
        text = text.arg(arg);
    return text;
}

} // namespace Segmenta
