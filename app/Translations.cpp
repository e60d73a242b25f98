#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

QList<Translations::Language> Translations::available()
{
    // Native names are not translated: someone who cannot read the current language still finds
    // their own.
    return { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("pl"), QStringLiteral("Polski") } };
}

bool Translations::isAvailable(const QString &code)
{
    const QList<Language> languages = available();
    return std::any_of(
        languages.cbegin(), languages.cend(), [&code](const Language &l) { return l.code == code; });
}

QString Translations::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &ui : preferred) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::startLanguage(const QString &savedChoice)
{
    return isAvailable(savedChoice) ? savedChoice : systemLanguage();
}

QList<QTranslator *> &Translations::installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &Translations::currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

QString Translations::current()
{
    return currentCode();
}

bool Translations::apply(const QString &code)
{
    const bool known = isAvailable(code);
    const QString language = known ? code : QStringLiteral("en");

    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    // Numbers and dates follow the language: the system's own format where it speaks that
    // language (C included, for English), else the language's usual one (British for English).
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt = language == QLatin1String("en")
        ? (system.language() == QLocale::English || system.language() == QLocale::C)
        : system.name().startsWith(language);
    if (systemSpeaksIt)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(language == QLatin1String("en")
                ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                : QLocale(language));
    currentCode() = language;
    // English's own holds only the plural forms: "1 file", "2 files" where the sources say "%n file(s)".
    auto *own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/csdash_") + language)) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
        if (language != QLatin1String("en")) {
            apply(QStringLiteral("en"));
            return false;
        }
    }
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(
                QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed().append(qt);
        } else {
            delete qt; // the system lacks Qt's own translation: standard buttons stay in English
        }
    }
    return known;
}
