// The fingerprint of a bundle's content: the same text whoever computes it, the exporter or an importer.
// Used by bundle_export.cpp and the import; nothing else.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace ltw::detail {

// FNV-1a (64 bits) over the content in a canonical form: the bundle's fields other than those that
// describe the file itself (format, version, includesPrivate, revision, fingerprint, exportedAt,
// exportedBy), keys sorted, no spaces. It tells changed content from unchanged, not a forgery from the
// real thing: it is no signature.
std::string contentFingerprint(const nlohmann::json& bundle);

} // namespace ltw::detail
