#include "app/translations.hpp"

#include "app/settings.hpp"
#include "ltw/translate.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ltw::gui {
namespace {

const QString kCatalogues = u":/i18n"_s;

// The catalogues in force, the facilitator's language first: the core's hook reads them directly, so it
// works before (or without) an application object.
std::vector<std::unique_ptr<QTranslator>>& loaded() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

std::string lookUp(const char* context, const char* source, const char* disambiguation, int n) {
    QString text;
    for (const auto& t : loaded()) {
        text = t->translate(context, source, disambiguation, n);
        if (!text.isNull())
            break;
    }
    if (text.isNull())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_s, QString::number(n));
    return text.toStdString();
}

QString languageOf(const QString& tag) {
    const QLocale locale(tag);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(locale.language());
}

// Loads the catalogues of `language` (ours over the English plurals, and Qt's), replacing the ones loaded.
bool load(const QString& language) {
    for (const auto& t : loaded())
        if (QCoreApplication::instance())
            QCoreApplication::removeTranslator(t.get());
    loaded().clear();
    auto english = std::make_unique<QTranslator>();
    if (!english->load(kCatalogues + u"/ltw_en.qm"_s))
        return false;
    if (language != u"en"_s) {
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(kCatalogues + u"/ltw_"_s + language + u".qm"_s))
            loaded().push_back(std::move(ours));
        // Qt's own dialogs and buttons; where the package with them is missing they stay in English.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            loaded().push_back(std::move(qt));
    }
    loaded().push_back(std::move(english));
    ltw::setTranslateHook(lookUp);
    return true;
}

} // namespace

QStringList availableLanguages() {
    QStringList codes{u"en"_s};
    for (const auto& file : QDir(kCatalogues).entryList({u"ltw_*.qm"_s}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(4, file.size() - 7);
        if (!codes.contains(code))
            codes.push_back(code);
    }
    return codes;
}

QString languageFor(const QString& preference, const QStringList& systemLanguages) {
    const auto available = availableLanguages();
    if (available.contains(preference))
        return preference;
    for (const auto& tag : systemLanguages) {
        const QString code = languageOf(tag);
        if (available.contains(code))
            return code;
    }
    return u"en"_s;
}

QString chosenLanguage() { return languageFor(Settings().language(), QLocale::system().uiLanguages()); }

bool installTranslations(QCoreApplication& app, const QString& language) {
    if (!load(language))
        return false;
    // Installed in reverse, since the one installed last is asked first.
    for (auto it = loaded().rbegin(); it != loaded().rend(); ++it)
        app.installTranslator(it->get());
    // Dates and numbers in the window follow the language when it is not the system's own.
    const QLocale system = QLocale::system();
    const QString systemLanguage = languageOf(system.name());
    const bool systemSpeaksIt = systemLanguage == language || (language == u"en"_s && systemLanguage.isEmpty());
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(language));
    return true;
}

bool installTranslations(QCoreApplication& app) { return installTranslations(app, chosenLanguage()); }

bool installCommandLineTranslations() { return load(chosenLanguage()); }

} // namespace ltw::gui
