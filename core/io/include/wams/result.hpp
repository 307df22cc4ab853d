// result.hpp — what a loader returns instead of throwing (issue 16: the wasm build catches nothing): the value, or
// the error with the JSON path where reading stopped. One type for every loader of core (facts, embedded assets).
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace wams {

struct LoadError {
    std::string path;     // JSON Pointer into what the loader was given, e.g. "/entry/route" ("" = the whole of it)
    std::string message;  // what was wrong there, e.g. "unknown value \"x\"" or "expected a boolean"
};

[[noreturn]] void unchecked_load_error(const LoadError& e);  // prints the error and aborts: value() of an error

template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}         // NOLINT: implicit, so a loader can `return value;`
    Result(LoadError error) : v_(std::move(error)) {}  // NOLINT: … or `return LoadError{path, message};`
    bool ok() const { return v_.index() == 0; }
    const LoadError& error() const { return *std::get_if<1>(&v_); }  // only when !ok()
    // The value; a caller that has not checked ok() says the input is trusted (e.g. validated or a test fixture):
    // an error there is a bug, reported and aborted rather than thrown.
    const T& value() const& { return checked(); }
    T value() && { return std::move(const_cast<T&>(checked())); }

private:
    const T& checked() const {
        if (!ok()) unchecked_load_error(error());
        return *std::get_if<0>(&v_);
    }
    std::variant<T, LoadError> v_;
};

} // namespace wams
