// The errors the core reports to its callers. Each message says what is wrong and what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace ltw {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The file cannot be used as a workbench database; it was left untouched.
class DatabaseRefused : public Error {
public:
    enum class Reason {
        NotADatabase,
        ForeignDatabase,
        NewerVersion,
        Unreadable,
        Locked,
        NeedsUpgrade, // older than this version, and opened read-only: the migration would be a write
        Missing,      // opened read-only, and there is nothing to read yet
    };
    DatabaseRefused(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// A storage operation failed; nothing of it was written.
class StorageError : public Error {
public:
    using Error::Error;
};

// A caller asked for something the data does not allow (an unknown id, a link across Learning Teams).
class InvalidRequest : public Error {
public:
    using Error::Error;
};

// A bundle is malformed; nothing of it was imported.
class BundleError : public Error {
public:
    using Error::Error;
};

} // namespace ltw
