// Points in time and calendar dates as the core keeps them: UTC seconds, and plain dates for due dates.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ltw {

using Timestamp = std::chrono::sys_seconds;
using Date = std::chrono::year_month_day;

Timestamp now();

// "2026-11-23T19:50:00Z"; parsing accepts exactly that form.
std::string toIso(Timestamp t);
std::optional<Timestamp> parseIsoTimestamp(std::string_view text);

// "2026-11-23"; parsing rejects impossible dates such as 2026-02-30.
std::string toIso(Date d);
std::optional<Date> parseIsoDate(std::string_view text);

// "23 Nov 2026" for reports.
std::string humanDate(Timestamp t);
std::string humanDate(Date d);

} // namespace ltw
