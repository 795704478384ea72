#include "ltw/time.hpp"

#include "ltw/translate.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace ltw {
namespace {

// Reads exactly `width` digits at `pos`; no signs, no spaces.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// The months as a date shows them, translated where the date is written.
constexpr std::array<const char*, 12> kMonths = {
    LTW_TRANSLATE_NOOP("Dates", "Jan"), LTW_TRANSLATE_NOOP("Dates", "Feb"), LTW_TRANSLATE_NOOP("Dates", "Mar"),
    LTW_TRANSLATE_NOOP("Dates", "Apr"), LTW_TRANSLATE_NOOP("Dates", "May"), LTW_TRANSLATE_NOOP("Dates", "Jun"),
    LTW_TRANSLATE_NOOP("Dates", "Jul"), LTW_TRANSLATE_NOOP("Dates", "Aug"), LTW_TRANSLATE_NOOP("Dates", "Sep"),
    LTW_TRANSLATE_NOOP("Dates", "Oct"), LTW_TRANSLATE_NOOP("Dates", "Nov"), LTW_TRANSLATE_NOOP("Dates", "Dec")};

} // namespace

Timestamp now() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

std::string toIso(Timestamp t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const Date d{day};
    const std::chrono::hh_mm_ss hms{t - day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()), hms.hours().count(),
                       hms.minutes().count(), hms.seconds().count());
}

std::optional<Timestamp> parseIsoTimestamp(std::string_view text) {
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    const auto date = parseIsoDate(text.substr(0, 10));
    const auto h = digits(text, 11, 2), m = digits(text, 14, 2), s = digits(text, 17, 2);
    if (!date || !h || !m || !s || *h > 23 || *m > 59 || *s > 59)
        return std::nullopt;
    return std::chrono::sys_days{*date} + std::chrono::hours{*h} + std::chrono::minutes{*m} + std::chrono::seconds{*s};
}

std::string toIso(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const Date date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                    std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string humanDate(Date d) {
    // The order of day, month and year is the language's: the catalogue says it.
    return arg(translate("Dates", "%1 %2 %3", "day, month, year"),
               {std::to_string(static_cast<unsigned>(d.day())),
                translate("Dates", kMonths[static_cast<unsigned>(d.month()) - 1]),
                std::to_string(static_cast<int>(d.year()))});
}

std::string humanDate(Timestamp t) { return humanDate(Date{std::chrono::floor<std::chrono::days>(t)}); }

} // namespace ltw
