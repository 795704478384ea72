// Random identities for things that travel between databases (a Learning Team in a bundle).
#pragma once

#include <string>

namespace ltw::detail {

// 128 random bits as 32 lowercase hex digits.
std::string newUid();

} // namespace ltw::detail
