// The organisation library over TLS, as the administrator's guide sets it up: sslmode=verify-full with the
// organisation's root certificate connects (and the connection is encrypted); a root that did not sign the
// server's certificate is refused with libpq's reason. Run by tls_test.sh, which makes the certificates.
#include "pg_fixture.hpp"

#include <cstdlib>

using namespace ltw;
using namespace ltw::test;

namespace {

class OrgServerTls : public OrgServerTest {};

TEST_F(OrgServerTls, VerifyFullConnectsWithTheOrganisationsRootAndRefusesAnother) {
    const char* root = std::getenv("LTW_TEST_TLS_ROOT");
    const char* other = std::getenv("LTW_TEST_TLS_OTHER_ROOT");
    ASSERT_TRUE(root && other) << "run through tls_test.sh, which makes the certificates";
    const std::string secure = as(alice) + " host=localhost sslmode=verify-full sslrootcert=" + std::string(root);
    EXPECT_EQ(Sql(secure).value("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), "t");

    auto a = laptop("a");
    a.store->publish(a.sample, org::Visibility::Organisation, now());
    org::PgOrgServer server(org::PgOptions{secure});
    EXPECT_EQ(org::sync(*a.store, server).delivered, 1);

    org::PgOrgServer wrong(
        org::PgOptions{as(alice) + " host=localhost sslmode=verify-full sslrootcert=" + std::string(other)});
    try {
        wrong.identity();
        FAIL() << "a server whose certificate another authority signed was trusted";
    } catch (const org::OrgError& e) {
        EXPECT_EQ(e.reason(), org::OrgError::Reason::Unreachable) << e.what();
        EXPECT_NE(std::string(e.what()).find("certificate verify failed"), std::string::npos) << e.what();
    }
}

} // namespace
