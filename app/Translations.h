#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

// The languages csdash speaks, and switching between them while it runs. English is the source
// language; a translation is the embedded csdash_<code>.qm plus Qt's own qtbase_<code>.qm (standard
// buttons and dialogs) where the system has it. Installing a translator sends LanguageChange to
// every widget, which retranslates itself; the default QLocale follows, so dates and numbers do too.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language
    {
        QString code; // "en", "pl"
        QString nativeName; // as its speakers write it: "English", "Polski"
    };

    static QList<Language> available();
    static bool isAvailable(const QString &code);
    // The language to start in: the saved choice where there is one, else the first of the
    // system's preferred languages that csdash has, else English.
    static QString startLanguage(const QString &savedChoice);
    // The first of the system's preferred languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that
    // csdash has, else English.
    static QString systemLanguage();

    // Replaces the installed translation; false (and English) when code is not available.
    static bool apply(const QString &code);
    static QString current();

private:
    static QList<QTranslator *> &installed();
    static QString &currentCode();
};
