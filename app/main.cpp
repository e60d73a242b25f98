#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "Translations.h"

#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <csignal>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("csdash"));
    QCoreApplication::setApplicationName(QStringLiteral("csdash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSDASH_VERSION));
}

int runWindow(QApplication &app)
{
    // --help and --version never reach here: the command line answers them (CommandLine::run),
    // with the commands as well as these options.
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption empty(QStringLiteral("empty"), QString());
    parser.addOptions({ database, empty });
    parser.process(app);

    Store store;
    // The window opens at once and adds the published figures in the background.
    DatabaseOpener opener { parser.value(database), !parser.isSet(empty), false };
    QString error;
    QStringList seedProblems;
    // A team's server that wants a password: asked for, never stored.
    if (!MainWindow::openAskingForPassword(nullptr, opener, store, &error, &seedProblems)) {
        if (!store.isDamaged()) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Cannot open the database"), error);
            return 1;
        }
        // A damaged file: offer to rebuild it, keeping it as a backup.
        QMessageBox ask(QMessageBox::Warning, QApplication::translate("main", "Damaged database"), error,
            QMessageBox::Cancel);
        QPushButton *rebuild = ask.addButton(
            QApplication::translate("main", "&Rebuild into a new file"), QMessageBox::AcceptRole);
        ask.setInformativeText(
            QApplication::translate("main", "The damaged file is kept as a backup beside the new one."));
        ask.exec();
        QStringList report;
        if (ask.clickedButton() != rebuild)
            return 1;
        if (!opener.rebuild(store, &error, &report)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Rebuild failed"), error);
            return 1;
        }
        QMessageBox::information(
            nullptr, QApplication::translate("main", "Database rebuilt"), report.join(QLatin1Char('\n')));
    }
    MainWindow window(store);
    window.show();
    if (!seedProblems.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Bundled documents"),
            seedProblems.join(QLatin1Char('\n')));
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const bool command = CommandLine::isCommand(arguments);
#ifdef SIGPIPE
    // A command whose output is piped into a reader that stops early ("csdash list ... | head")
    // finishes and closes its database instead of being killed by the closed pipe: killed, it
    // would leave the file marked as open, and the next program to open it would check all of it.
    if (command)
        std::signal(SIGPIPE, SIG_IGN);
#endif
    if (command && CommandLine::needsGui(arguments)) {
        // Drawing needs a GUI application; without a display it draws offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        Translations::apply(Translations::systemLanguage());
        return CommandLine::run(QApplication::arguments());
    }
    if (command || CommandLine::isHelpRequest(arguments)) {
        // Commands and help need no display: they run under QCoreApplication, on any machine, in
        // the system's language (scripts see what their locale asks for, whatever the window uses).
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::apply(Translations::systemLanguage());
        return CommandLine::run(QCoreApplication::arguments());
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // Say so in words rather than let Qt abort on its platform plugin.
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::apply(Translations::systemLanguage());
        return CommandLine::reportNoDisplay();
    }
#endif
    QApplication app(argc, argv);
    describeApplication();
    // The window starts in the language last chosen from its menu, else the system's.
    Translations::apply(
        Translations::startLanguage(QSettings().value(QStringLiteral("language")).toString()));
    return runWindow(app);
}
