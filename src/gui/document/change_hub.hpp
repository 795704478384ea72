// Turns the repository's change notifications into a Qt signal, so models and views can connect to
// committed changes with ordinary member-pointer connections.
#pragma once

#include "ltw/repository.hpp"

#include <QObject>

namespace ltw::gui {

class ChangeHub : public QObject {
    Q_OBJECT
public:
    explicit ChangeHub(Repository& repo, QObject* parent = nullptr);
    ~ChangeHub() override;

    Repository& repository() const { return m_repo; }

signals:
    void changed(const ltw::Change& change);

private:
    Repository& m_repo;
    int m_handle = 0;
};

} // namespace ltw::gui
