#include "app/translations.hpp"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ltw::gui {

bool installTranslations(QCoreApplication& app) {
    auto* english = new QTranslator(&app);
    if (!english->load(u":/i18n/ltw_en.qm"_s)) {
        delete english;
        return false;
    }
    QCoreApplication::installTranslator(english);
    return true;
}

} // namespace ltw::gui
