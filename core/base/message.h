// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Segmenta {

// A user-facing sentence produced by core. Core never calls tr(): it keeps the English
// source text (marked with QT_TRANSLATE_NOOP so lupdate finds it) and the arguments, and the
// UI translates it with QCoreApplication::translate(context, source) before filling in args.
class Message
{
public:
    Message() = default;
    Message(const char *context, const char *source, QStringList args = {})
        : m_context(context), m_source(source), m_args(std::move(args))
    {}

    // A stable identifier for errors the caller reacts to (e.g. "date-order"), else empty.
    Message &withCode(const char *code)
    {
        m_code = code;
        return *this;
    }
    const char *code() const { return m_code ? m_code : ""; }

    bool isEmpty() const { return m_source == nullptr; }
    const char *context() const { return m_context; }
    const char *source() const { return m_source; }
    const QStringList &args() const { return m_args; }

    // The English sentence with its arguments filled in.
    QString toString() const;
    // Fills the arguments into an already translated template.
    QString format(const QString &translatedTemplate) const;

private:
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    const char *m_code = nullptr;
    QStringList m_args;
};

} // namespace Segmenta
