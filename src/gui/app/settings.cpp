#include "app/settings.hpp"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

// Every key, once. Defaults live with their getters.
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kSplitter = u"window/splitter"_s;
const QString kLastDatabase = u"files/lastDatabase"_s;
const QString kRoomScreen = u"room/screen"_s;
const QString kLanguage = u"ui/language"_s;

} // namespace

QByteArray Settings::windowGeometry() const { return QSettings().value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& geometry) { QSettings().setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return QSettings().value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray& state) { QSettings().setValue(kState, state); }
QByteArray Settings::splitterState() const { return QSettings().value(kSplitter).toByteArray(); }
void Settings::setSplitterState(const QByteArray& state) { QSettings().setValue(kSplitter, state); }
QString Settings::roomScreen() const { return QSettings().value(kRoomScreen).toString(); }
void Settings::setRoomScreen(const QString& name) { QSettings().setValue(kRoomScreen, name); }
QString Settings::lastDatabase() const { return QSettings().value(kLastDatabase).toString(); }
void Settings::setLastDatabase(const QString& path) { QSettings().setValue(kLastDatabase, path); }

QString Settings::language() const { return QSettings().value(kLanguage).toString(); }
void Settings::setLanguage(const QString& code) {
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

} // namespace ltw::gui
