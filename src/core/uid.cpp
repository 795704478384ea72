#include "uid.hpp"

#include <fmt/format.h>

#include <random>

namespace ltw::detail {

std::string newUid() {
    static thread_local std::mt19937_64 engine{[] {
        std::random_device device;
        std::seed_seq seq{device(), device(), device(), device()};
        return std::mt19937_64{seq};
    }()};
    return fmt::format("{:016x}{:016x}", engine(), engine());
}

} // namespace ltw::detail
