#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"

#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("csdash"));
    QCoreApplication::setApplicationName(QStringLiteral("csdash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSDASH_VERSION));
}

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Children's Services Dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("main", "Use the database at <path>."),
        QApplication::translate("main", "path"));
    const QCommandLineOption empty(QStringLiteral("empty"),
        QApplication::translate("main", "Create a new database without the bundled documents."));
    parser.addOptions({ database, empty });
    parser.process(app);

    Store store;
    DatabaseOpener opener { parser.value(database), !parser.isSet(empty) };
    QString error;
    QStringList seedProblems;
    if (!opener.open(store, &error, &seedProblems)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"), error);
        return 1;
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

    if (CommandLine::isCommand(arguments) && CommandLine::needsGui(arguments)) {
        // Drawing needs a GUI application; without a display it draws offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        return CommandLine::run(QApplication::arguments());
    }
    if (CommandLine::isCommand(arguments)) {
        // Commands need no display: they run under QCoreApplication, on any machine.
        QCoreApplication app(argc, argv);
        describeApplication();
        return CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    return runWindow(app);
}
