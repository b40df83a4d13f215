#pragma once

#include "util/Error.h"

#include <utility>
#include <variant>

namespace cpc {

// A value or the Error that prevented it (std::expected is C++23).
template <typename T> class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    T&& take() { return std::get<0>(std::move(m_v)); }
    const Error& error() const { return std::get<1>(m_v); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace cpc
