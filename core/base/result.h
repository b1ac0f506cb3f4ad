// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <optional>
#include <utility>
#include <variant>

namespace Segmenta {

// Either a value or the Message that explains why there is none (Qt Creator's Result style).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Message error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T takeValue() { return std::move(std::get<0>(m_data)); }

    const Message &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, Message> m_data;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Message error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Message &error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    Message m_error;
};

} // namespace Segmenta
