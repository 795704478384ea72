// The one place that knows the settings keys and their defaults, over QSettings.
#pragma once

#include <QByteArray>
#include <QString>

namespace ltw::gui {

class Settings {
public:
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    QString roomScreen() const; // the name of the screen the room view goes to; empty: choose
    void setRoomScreen(const QString& name);
    QString lastDatabase() const;
    void setLastDatabase(const QString& path);
    QString language() const; // a catalogue's code ("es") chosen by the facilitator; empty: follow the system
    void setLanguage(const QString& code);
};

} // namespace ltw::gui
