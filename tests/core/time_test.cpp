#include "ltw/time.hpp"

#include <gtest/gtest.h>

using namespace ltw;

TEST(Time, TimestampsRoundTrip) {
    const auto t = parseIsoTimestamp("2026-11-23T19:05:09Z");
    ASSERT_TRUE(t);
    EXPECT_EQ(toIso(*t), "2026-11-23T19:05:09Z");
    EXPECT_EQ(humanDate(*t), "23 Nov 2026");
}

TEST(Time, MalformedTimestampsAreRejected) {
    for (const char* bad : {"", "2026-11-23", "2026-11-23 19:05:09", "2026-11-23T25:00:00Z", "2026-02-30T00:00:00Z",
                            "2026-11-23T19:05:09+01:00", "２０２６-11-23T19:05:09Z", "2026-1-23T19:05:09Z"})
        EXPECT_FALSE(parseIsoTimestamp(bad)) << bad;
}

TEST(Time, DatesRoundTripAndImpossibleOnesAreRejected) {
    auto d = parseIsoDate("2028-02-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(toIso(*d), "2028-02-29");
    EXPECT_EQ(humanDate(*d), "29 Feb 2028");
    EXPECT_FALSE(parseIsoDate("2027-02-29"));
    EXPECT_FALSE(parseIsoDate("2027-13-01"));
    EXPECT_FALSE(parseIsoDate("27-01-01"));
}
