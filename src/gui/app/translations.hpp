// The workbench's catalogues (translations/ltw_*.ts, compiled under :/i18n): the English plural forms
// ("1 note", "3 notes") always, under the facilitator's language when there is one, and Qt's own for its
// dialogs. The core's texts reach the same catalogues through ltw::translate's hook.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ltw::gui {

// The languages the workbench has a catalogue for ("en", "es", …), English first. A new
// translations/ltw_XX.ts adds one: nothing else lists them.
QStringList availableLanguages();

// The language to speak: `preference` when the settings name one that exists, else the first of the
// system's languages (most wanted first, as QLocale::uiLanguages gives them) that has a catalogue, else "en".
QString languageFor(const QString& preference, const QStringList& systemLanguages);

// The language for this run: the settings' choice, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QString chosenLanguage();

// Installs the catalogues of `language` on `app` (for tr() and Qt's dialogs) and the core's hook to them,
// and makes dates and numbers follow that language where it is not the system's. Replaces what an earlier
// call installed. Returns false when even the English catalogue is missing (a broken build).
bool installTranslations(QCoreApplication& app, const QString& language);
bool installTranslations(QCoreApplication& app); // chosenLanguage()

// For the command-line verbs, which run before any application object exists: the core's hook alone.
bool installCommandLineTranslations();

} // namespace ltw::gui
