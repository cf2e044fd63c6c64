#pragma once
// Errors travel as values in the core layers: a message for people and a code
// for programs. Only ui/ and app/ decide how to show them.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace nb {

struct Error {
    QString code;    // stable, for programs and tests ("json.unknown-key", "db.locked", …)
    QString message; // plain language for people, names the file/key/position
};

// [[nodiscard]]: an ignored error is a lost edit, so every Result (and every
// Status) must be looked at; the compiler refuses to build code that drops one.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace nb
