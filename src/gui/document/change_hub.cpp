#include "document/change_hub.hpp"

namespace ltw::gui {

ChangeHub::ChangeHub(Repository& repo, QObject* parent) : QObject(parent), m_repo(repo) {
    // The repository calls back on the thread that wrote, which is the GUI thread: emit directly.
    m_handle = m_repo.subscribe([this](const Change& change) { emit changed(change); });
}

ChangeHub::~ChangeHub() { m_repo.unsubscribe(m_handle); }

} // namespace ltw::gui
